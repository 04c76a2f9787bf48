/**
 * `lzm-kit/core`: the data layer the elements and the generator share, as public API. Named
 * exports only: what a page or an app needs to read data, compute effect sizes and extend the
 * elements. Reader internals (row scanners, line trackers, header helpers) stay private so they
 * can change without a major version.
 */
export { defineElement } from './define.js';
export { LzmDataError, type DataLocation, type LzmErrorDetail } from './errors.js';
export { HEADER_ALIASES, type Field } from './headers.js';
export { EFFECT_SIZE_LIMIT, influencesFromCsv, influencesFromJson, type Influence } from './influences.js';
export { DEFAULT_TIMEOUT_MS, MAX_FILE_BYTES, detectFormat, loadBlob, loadSource, parseData, type DataFormat, type LoadedData } from './load.js';
export { parseCsv, type CsvRow, type CsvTable } from './csv.js';
export { decodeBytes } from './decode.js';
export { DEFAULT_LANG, formatNumber, type Lang, type MessageParams } from './locale.js';
export { parseNumber } from './numbers.js';
export { impactOf, type GroupImpact, type PupilScore } from './pupils.js';
export { PairedAccumulator, hedgesCorrection, knowThyImpact, mean, pupilGain, standardDeviation, summarizePairs, type ImpactStats } from './stats.js';
export { CEILING_SHARE, LOW_CORRELATION, SMALL_GROUP, SPREAD_RATIO, readingNotes, readingText, type ReadingInput, type ReadingNote } from './reading.js';
export { DEFAULT_HINGE, DEVELOPMENTAL_LIMIT, zoneName, zoneOf, zoneRanges, type Zone, type ZoneRange } from './zones.js';
export { histogram, type HistogramBin, type HistogramOptions } from './histogram.js';
export { VERSION } from './version.js';
export { LzmElement, baseStyles, type LzmLoadDetail } from './lzm-element.js';
