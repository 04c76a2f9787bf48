import type { LoadedData } from '../core/load.js';
import type { CsvTable } from '../core/csv.js';
import { LzmDataError, type DataLocation } from '../core/errors.js';
import { clip, dataError } from '../core/data-errors.js';
import { mapColumns, normalizeHeader } from '../core/headers.js';
import { addMessages } from '../core/locale.js';
import { numberFromJson, parseNumber } from '../core/numbers.js';
import { ISLANDS, toJson, type Island, type LandscapeJson, type LandscapeReading, type LandscapeValues, type PartKey } from './landscape.model.js';
import { isRecord } from '../core/records.js';

export type { LandscapeReading, LandscapeValues };

addMessages({
  nl: {
    'error.unknownIsland': 'onbekend eiland "{value}" (verwacht: onderzoeken, praktiseren of creëren)',
    'error.unknownPart': 'onbekend onderdeel "{value}" (verwacht: een eiland, een polder of "brug" met van en naar)',
    'error.selfBridge': 'een brug van "{value}" naar zichzelf bestaat niet',
    'error.outOfScale': '{value} valt buiten de schaal {min}–{max}',
    'error.duplicatePart': '"{value}" staat er meer dan eens in',
    'error.unknownKey': 'onbekende sleutel "{key}" (verwacht: {expected})',
  },
  en: {
    'error.unknownIsland': 'unknown island "{value}" (expected: researching, practising or creating)',
    'error.unknownPart': 'unknown part "{value}" (expected: an island, a polder or "bridge" with from and to)',
    'error.selfBridge': 'a bridge from "{value}" to itself does not exist',
    'error.outOfScale': '{value} is outside the scale {min}–{max}',
    'error.duplicatePart': '"{value}" appears more than once',
    'error.unknownKey': 'unknown key "{key}" (expected: {expected})',
  },
});

/** Part names as cell values and JSON keys, nl and en; matched case-, accent- and separator-insensitively. */
const NAMES: Record<string, PartKey | 'bridge'> = {};
const name = (key: PartKey | 'bridge', ...aliases: string[]) => aliases.forEach((alias) => (NAMES[normalizeHeader(alias)] = key));
name('researching', 'onderzoeken', 'researching', 'research', 'onderzoek');
name('practising', 'praktiseren', 'practising', 'practicing', 'practice', 'praktijk');
name('creating', 'creëren', 'creating', 'create', 'creatie');
name('actionResearch', 'onderzoekend praktiseren', 'action research', 'actionResearch', 'actieonderzoek');
name('designResearch', 'onderzoekend creëren', 'design research', 'designResearch', 'ontwerpgericht onderzoek', 'ontwerponderzoek');
name('coCreation', 'praktiserend creëren', 'co-creation', 'cocreation', 'cocreatie', 'co-creatie');
name('pioneering', 'pionieren', 'pioneering', 'pioneer', 'pionier');
name('bridge', 'brug', 'bridge', 'bruggen', 'bridges');

const lookup = (text: string) => NAMES[normalizeHeader(text)];

function island(text: string, where: DataLocation): Island {
  const key = lookup(text);
  if (!(ISLANDS as readonly string[]).includes(key)) throw new LzmDataError('error.unknownIsland', { value: text }, where);
  return key as Island;
}

function bridge(from: string, to: string, whereFrom: DataLocation, whereTo: DataLocation): PartKey {
  const a = island(from, whereFrom);
  const b = island(to, whereTo);
  if (a === b) throw new LzmDataError('error.selfBridge', { value: to }, whereTo);
  return `${a}>${b}`;
}

function part(text: string, where: DataLocation): PartKey {
  const key = lookup(text);
  if (!key || key === 'bridge') throw new LzmDataError('error.unknownPart', { value: text }, where);
  return key;
}

/** Collects values, refusing duplicates and values off the scale. */
class Collector {
  readonly values: LandscapeValues = {};
  constructor(private readonly scale: [number, number]) {}
  put(key: PartKey, value: number | undefined, label: string, where: DataLocation): void {
    if (key in this.values) throw new LzmDataError('error.duplicatePart', { value: label }, where);
    if (value === undefined) return;
    const [min, max] = this.scale;
    if (value < min || value > max) throw new LzmDataError('error.outOfScale', { value, min, max }, where);
    this.values[key] = value;
  }
}

/** Reads `onderdeel;van;naar;waarde[;vorige]` rows (or the English headers), one part per row. */
export function readCsv(table: CsvTable, scale: [number, number], file?: string): LandscapeReading {
  const columns = mapColumns(table.headers, ['part', 'value'], ['from', 'to', 'previous'], file);
  const now = new Collector(scale);
  const before = new Collector(scale);
  for (const { line, values } of table.rows) {
    const cell = (index: number | undefined) => (index === undefined ? '' : (values[index] ?? '').trim());
    const at = (index: number | undefined) => ({ file, line, column: (index ?? 0) + 1 });
    const label = cell(columns.part);
    const key = cell(columns.from) || cell(columns.to) || lookup(label) === 'bridge'
      ? bridge(cell(columns.from), cell(columns.to), at(columns.from), at(columns.to))
      : part(label, at(columns.part));
    const shown = label || `${cell(columns.from)} → ${cell(columns.to)}`;
    now.put(key, parseNumber(cell(columns.value), at(columns.value)), shown, at(columns.value));
    if (columns.previous !== undefined) {
      before.put(key, parseNumber(cell(columns.previous), at(columns.previous)), shown, at(columns.previous));
    }
  }
  return { values: now.values, compare: columns.previous === undefined ? undefined : before.values, scale };
}

const pick = (record: Record<string, unknown>, ...keys: string[]) => keys.map((key) => record[key]).find((v) => v !== undefined);

const SHAPE = '{ "islands": {…}, "polders": {…}, "bridges": [{ "from", "to", "strength" }] }';

/** The scale a JSON value declares: `[1, 5]` or `{ "min": 1, "max": 5 }`. */
export function jsonScale(data: unknown, file?: string): [number, number] | undefined {
  if (!isRecord(data)) return undefined;
  const raw = pick(data, 'scale', 'schaal');
  if (raw === undefined) return undefined;
  const pair = Array.isArray(raw) ? raw : isRecord(raw) ? [raw.min, raw.max] : [];
  const [min, max] = pair.map((value) => numberFromJson(value, { file }));
  if (min === undefined || max === undefined) throw dataError('error.jsonShape', { expected: '"scale": [min, max]' }, { file });
  if (!(min < max)) throw new LzmDataError('error.scale', { min, max }, { file });
  return [min, max];
}

/** The keys a landscape object may have; `islands`, `polders`, `bridges` hold the parts. */
const PART_KEYS = ['islands', 'eilanden', 'polders', 'bridges', 'bruggen'];
const KEYS = [...PART_KEYS, 'scale', 'schaal', 'compare', 'vorige'];

function readValues(data: unknown, scale: [number, number], file?: string): LandscapeValues {
  // A typo ("islnds"), `{}` or a Date would otherwise draw an empty map as if nothing was measured.
  if (!isRecord(data)) throw dataError('error.jsonShape', { expected: SHAPE }, { file });
  const unknown = Object.keys(data).find((key) => !KEYS.includes(key));
  if (unknown !== undefined) throw new LzmDataError('error.unknownKey', { key: clip(unknown), expected: 'islands, polders, bridges, scale, compare' }, { file });
  if (!PART_KEYS.some((key) => key in data)) throw dataError('error.jsonShape', { expected: SHAPE }, { file });
  const collector = new Collector(scale);
  const where = { file };
  for (const group of [pick(data, 'islands', 'eilanden'), pick(data, 'polders')]) {
    if (group === undefined) continue;
    if (!isRecord(group)) throw dataError('error.jsonShape', { expected: SHAPE }, where);
    for (const [label, value] of Object.entries(group)) collector.put(part(label, where), numberFromJson(value, where), label, where);
  }
  const bridges = pick(data, 'bridges', 'bruggen') ?? [];
  if (!Array.isArray(bridges)) throw dataError('error.jsonShape', { expected: SHAPE }, where);
  for (const item of bridges) {
    if (!isRecord(item)) throw dataError('error.jsonShape', { expected: SHAPE }, where);
    const from = String(pick(item, 'from', 'van') ?? '');
    const to = String(pick(item, 'to', 'naar') ?? '');
    const value = numberFromJson(pick(item, 'strength', 'draagkracht', 'value', 'waarde'), where);
    collector.put(bridge(from, to, where, where), value, `${from} → ${to}`, where);
  }
  return collector.values;
}

/**
 * Interprets `.data` or a JSON file; `compare` (a property, or a `"compare"` key in the file) is the
 * earlier measurement on the same scale. The element's min/max attributes win over the file's scale.
 */
export function readData(data: unknown, compare: unknown, override: [number, number] | undefined, file?: string): LandscapeReading {
  const scale = override ?? jsonScale(data, file) ?? [0, 1];
  const inner = isRecord(data) ? pick(data, 'compare', 'vorige') : undefined;
  const earlier = compare ?? inner;
  return {
    values: readValues(data, scale, file),
    compare: earlier === undefined ? undefined : readValues(earlier, scale, compare === undefined ? file : undefined),
    scale,
  };
}

/** Interprets a loaded `src` file. */
export function readLoaded(loaded: LoadedData, compare: unknown, override: [number, number] | undefined): LandscapeReading {
  if (loaded.kind === 'json') return readData(loaded.value, compare, override, loaded.file);
  const reading = readCsv(loaded.table, override ?? [0, 1], loaded.file);
  return compare === undefined ? reading : { ...reading, compare: readData(compare, undefined, reading.scale).values };
}

/** One moment's scores in the JSON shape `.data` takes (readData reads it back). */
/** The element's `.data`: scores (the JSON shape), their answer scale and, when there is one, an earlier reading to compare with. */
export interface LandscapeData extends LandscapeJson {
  scale?: [number, number];
  compare?: LandscapeJson;
}

/** `.data` for the element from a reading (what the dashboard generator hands over): only the measured parts. */
export function toData({ values, compare, scale }: LandscapeReading): LandscapeData {
  return { ...toJson(values), scale, ...(compare ? { compare: toJson(compare) } : {}) };
}
