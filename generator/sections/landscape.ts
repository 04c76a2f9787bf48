import type { CsvRow } from '../../components/core/csv.js';
import { toDataError, type LzmDataError } from '../../components/core/errors.js';
import { fieldOf, hasColumns, mapColumns } from '../../components/core/headers.js';
import { jsonScale, readCsv, readData, toData, type LandscapeReading } from '../../components/landscape/landscape.data.js';
import { escapeHtml } from '../escape.js';
import { drawElement } from '../html.js';
import { introParagraph } from './school-texts.js';
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

/**
 * Learning-landscape scores (Ruijters & Simons): `onderdeel;van;naar;waarde[;vorige]` CSV or the
 * element's JSON → `<lzm-landscape>`, drawn by the element itself (map, names, table).
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

  async render(intro: string | undefined): Promise<RenderedSection> {
    const { lang } = this.settings;
    const data: Record<string, unknown> = {};
    const parts = [introParagraph(intro, t(lang, 'landscape.intro'), this.settings)];
    // The element draws the map, names every part and has the table: the page adds only a heading per file.
    for (const [index, { file, reading }] of this.landscapes.entries()) {
      if (this.landscapes.length > 1) parts.push(`<h3>${escapeHtml(t(lang, 'landscape.from', { file: file.replace(/^.*[\\/]/, '') }))}</h3>`);
      parts.push(`<div class="figure">${await drawElement(data, 'lzm-landscape', `landscape-${index}`, { lang }, toData(reading))}</div>`);
    }
    return { id: this.id, title: t(lang, 'landscape.title'), html: parts.join('\n'), data };
  }
}
