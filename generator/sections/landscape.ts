import type { CsvRow } from '../../components/core/csv.js';
import { toDataError, type LzmDataError } from '../../components/core/errors.js';
import { fieldOf, hasColumns, mapColumns } from '../../components/core/headers.js';
import { formatNumber, type Lang } from '../../components/core/locale.js';
import { jsonScale, readCsv, readData, type LandscapeReading, type LandscapeValues } from '../../components/landscape/landscape.data.js';
import { BRIDGES, ISLANDS, PARTS, POLDERS, bridgeEnds, type BridgeKey, type PartKey } from '../../components/landscape/landscape.geometry.js';
import { t as partText } from '../../components/landscape/landscape.messages.js';
import { escapeHtml } from '../escape.js';
import { headerRow } from '../html.js';
import { t } from '../messages.js';
import { rowErrors } from './rows.js';
import { surveyScale } from './scale.js';
import type { Problems, RenderedSection, Section, Settings } from './section.js';
import { isRecord } from '../../components/core/records.js';

const ANY: [number, number] = [-Infinity, Infinity];

/** A file waiting for `finish`: the whole table is needed to know its scale and find duplicate parts. */
type Input = { file: string; headers: string[]; rows: CsvRow[] } | { file: string; json: Record<string, unknown> };

interface Landscape {
  file: string;
  reading: LandscapeReading;
}

const numbersOf = (reading: LandscapeReading) => [...Object.values(reading.values), ...Object.values(reading.compare ?? {})] as number[];

/**
 * The element's own reader, twice: once to see the numbers (any scale), then on the scale they fit.
 * A CSV is read row by row first, so every bad row is reported.
 */
function interpret(input: Input): LandscapeReading | LzmDataError[] {
  const { file } = input;
  if ('json' in input) {
    const declared = jsonScale(input.json, file);
    return readData(input.json, undefined, declared ?? surveyScale(numbersOf(readData(input.json, undefined, ANY, file)), [0, 1]), file);
  }
  const table = { headers: input.headers, rows: input.rows, delimiter: ';' };
  const bad = rowErrors(table, file, (part) => readCsv(part, ANY, file));
  if (bad.length) return bad;
  const scale = surveyScale(numbersOf(readCsv(table, ANY, file)), [0, 1]);
  const off = rowErrors(table, file, (part) => readCsv(part, scale, file));
  return off.length ? off : readCsv(table, scale, file);
}

/** The values in the JSON shape `<lzm-landscape>` reads as `.data`. */
function landscapeJson(values: LandscapeValues): Record<string, unknown> {
  const pick = (keys: readonly PartKey[]) => Object.fromEntries(keys.filter((key) => values[key] !== undefined).map((key) => [key, values[key]]));
  return {
    islands: pick(ISLANDS),
    polders: pick(POLDERS),
    bridges: BRIDGES.filter((key) => values[key] !== undefined).map((key) => {
      const [from, to] = bridgeEnds(key);
      return { from, to, strength: values[key] };
    }),
  };
}

/** "3,5", "4", "0,25": as the element writes its numbers. */
const short = (value: number, lang: Lang) => formatNumber(value, lang).replace(/([.,]\d*?)0+$/, '$1').replace(/[.,]$/, '');

const signed = (value: number, lang: Lang) => (value > 0 ? '+' : '') + short(value, lang);

const nameOf = (key: PartKey, lang: Lang): string => {
  if (!key.includes('>')) return partText(lang, `ls.${key}` as 'ls.researching');
  const [from, to] = bridgeEnds(key as BridgeKey);
  return partText(lang, 'ls.bridge', { from: partText(lang, `ls.${from}`), to: partText(lang, `ls.${to}`) });
};

/**
 * Learning-landscape scores (Ruijters & Simons): `onderdeel;van;naar;waarde[;vorige]` CSV or the
 * element's JSON → `<lzm-landscape>` with a table of the same numbers beside it.
 */
export class LandscapeSection implements Section {
  readonly id = 'landscape';
  readonly accepted = 'onderdeel;van;naar;waarde[;vorige] (en: part,from,to,value[,previous]) or JSON {"islands", "polders", "bridges"}';
  private readonly inputs: Input[] = [];
  readonly landscapes: Landscape[] = [];

  constructor(
    private readonly settings: Settings,
    private readonly problems: Problems,
  ) {}

  matchesHeaders(headers: readonly string[]): boolean {
    // "onderdeel" and "score" also head a survey's summary rows: a "discipline"/"dimensie" header, or
    // n, sd, min, max, moment or team columns, mean a survey (a landscape row has none of them).
    const survey = headers.some((header) => (fieldOf(header, ['discipline']) && !fieldOf(header, ['part'])) || fieldOf(header, ['n', 'sd', 'min', 'max', 'moment', 'team']));
    return hasColumns(headers, ['part', 'value']) && !survey;
  }

  matchesJson(value: unknown): boolean {
    return isRecord(value) && ['islands', 'eilanden', 'polders', 'bridges', 'bruggen'].some((key) => key in value);
  }

  beginCsv(headers: readonly string[], file: string): (row: CsvRow) => void {
    mapColumns(headers, ['part', 'value'], ['from', 'to', 'previous'], file);
    const input = { file, headers: [...headers], rows: [] as CsvRow[] };
    this.inputs.push(input);
    return (row) => input.rows.push(row);
  }

  readJson(value: unknown, file: string): number {
    const json = value as Record<string, unknown>;
    this.inputs.push({ file, json });
    const count = (key: string, alias: string) => {
      const group = json[key] ?? json[alias];
      return Array.isArray(group) ? group.length : isRecord(group) ? Object.keys(group).length : 0;
    };
    return count('islands', 'eilanden') + count('polders', 'polders') + count('bridges', 'bruggen');
  }

  finish(): void {
    for (const input of this.inputs) {
      try {
        const reading = interpret(input);
        if (Array.isArray(reading)) for (const error of reading) this.problems.errors.push(error);
        else this.landscapes.push({ file: input.file, reading });
      } catch (error) {
        this.problems.errors.push(toDataError(error, { file: input.file }));
      }
    }
  }

  hasData(): boolean {
    return this.landscapes.length > 0;
  }

  render(intro: string | undefined): RenderedSection {
    const { lang } = this.settings;
    const data: Record<string, unknown> = {};
    const parts = [`<p>${escapeHtml(intro ?? t(lang, 'landscape.intro'))}</p>`];
    this.landscapes.forEach(({ file, reading }, index) => {
      const id = `landscape-${index}`;
      const { values, compare, scale } = reading;
      data[id] = { ...landscapeJson(values), scale, ...(compare ? { compare: landscapeJson(compare) } : {}) };
      const title = this.landscapes.length > 1 ? t(lang, 'landscape.from', { file: file.replace(/^.*[\\/]/, '') }) : partText(lang, 'ls.title');
      if (this.landscapes.length > 1) parts.push(`<h3>${escapeHtml(title)}</h3>`);
      const measured = ISLANDS.filter((key) => values[key] !== undefined).sort((a, b) => values[b]! - values[a]!);
      const summary = [partText(lang, 'ls.scale', { min: short(scale[0], lang), max: short(scale[1], lang) })];
      if (measured.length > 1) {
        const [large, small] = [measured[0], measured[measured.length - 1]];
        summary.push(partText(lang, 'ls.largest', { name: nameOf(large, lang), value: short(values[large]!, lang), small: nameOf(small, lang), smallValue: short(values[small]!, lang) }));
      }
      parts.push(`<p class="summary">${escapeHtml(summary.join(' '))}</p>`);
      parts.push(`<div class="figure"><lzm-landscape id="${id}"></lzm-landscape></div>`);
      const rows = PARTS.map((key) => {
        const value = values[key];
        const before = compare?.[key];
        const cells = [value === undefined ? partText(lang, 'ls.notMeasured') : short(value, lang)];
        if (compare) {
          cells.push(before === undefined ? partText(lang, 'ls.notMeasured') : short(before, lang));
          cells.push(value === undefined || before === undefined ? '—' : signed(value - before, lang));
        }
        return `<tr><th scope="row">${escapeHtml(nameOf(key, lang))}</th>${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`;
      });
      const heads = [partText(lang, 'ls.part'), compare ? partText(lang, 'ls.current') : partText(lang, 'ls.value'), ...(compare ? [partText(lang, 'ls.previous'), partText(lang, 'ls.change')] : [])];
      parts.push(`<div class="table-wrap"><table class="landscape"><caption>${escapeHtml(title)}</caption><thead>${headerRow(heads)}</thead><tbody>${rows.join('')}</tbody></table></div>`);
    });
    return { id: this.id, title: t(lang, 'landscape.title'), html: parts.join('\n'), data };
  }
}
