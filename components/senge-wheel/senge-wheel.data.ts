import type { CsvRow, CsvTable } from '../core/csv.js';
import type { LoadedData } from '../core/load.js';
import type { DataLocation } from '../core/errors.js';
import { LzmDataError } from '../core/errors.js';
import { dataError } from '../core/data-errors.js';
import { addMessages } from '../core/locale.js';
import { columnsOf, hasColumns, normalizeHeader, type Field } from '../core/headers.js';
import { parseNumber } from '../core/numbers.js';
import { mean, standardDeviation } from '../core/stats.js';
import { wheelMessages } from './senge-wheel.messages.js';
import {
  HIDDEN_REASONS, hideSmall, keysOf,
  type Discipline, type DisciplineScore, type HiddenReason, type Model, type Scores, type WheelOptions, type WheelReading,
} from './senge-wheel.model.js';
import { textMessages } from './senge-wheel.texts.js';

// Used by value, not only imported: the package's `sideEffects` list lets bundlers drop
// modules imported for their side effect alone.
const NAMES = { nl: { ...wheelMessages.nl, ...textMessages.nl }, en: { ...wheelMessages.en, ...textMessages.en } };

addMessages({
  nl: {
    'error.unknownDiscipline': '"{name}" is geen bekende discipline (verwacht: {expected})',
    'error.noDisciplines': 'geen kolommen discipline en score, en geen kolommen met disciplinenamen (zoals {expected})',
    'error.duplicateDiscipline': '"{name}" komt twee keer voor in dezelfde meting',
    'error.hiddenReason': '"{value}" is geen reden om te verbergen (verwacht: small of complement)',
  },
  en: {
    'error.unknownDiscipline': '"{name}" is not a known discipline (expected: {expected})',
    'error.noDisciplines': 'no discipline and score columns, and no columns named after disciplines (such as {expected})',
    'error.duplicateDiscipline': '"{name}" appears twice in the same measurement',
    'error.hiddenReason': '"{value}" is not a reason to hide (expected: small or complement)',
  },
});

export type { DisciplineScore, HiddenReason, Model, Scores, WheelOptions, WheelReading };

/**
 * Mean, sample SD (n − 1) and n of one discipline's raw answers; SD needs two answers. The SD is
 * the spread shown: on a 1..5 survey scale the lowest–highest answer is nearly always 1–5.
 */
export function aggregate(answers: readonly number[]): DisciplineScore {
  const n = answers.length;
  if (n === 0) return { n: 0 };
  return { score: mean(answers), sd: n > 1 ? standardDeviation(answers) : undefined, n };
}

// Short forms people write besides the full nl/en names (which come from the message tables).
const EXTRA: Partial<Record<Discipline, string[]>> = {
  systems: ['systeem denken', 'systemic thinking'],
  mastery: ['meesterschap', 'mastery'],
  vision: ['gemeenschappelijke visie'],
  team: ['team leren'],
  oVision: ['visie', 'vision', 'shared vision', 'gedeelde visie'],
  oStaff: ['continu leren', 'continuous learning', 'staff learning'],
  oTeam: ['samenwerking', 'collaboration', 'teamleren', 'team learning'],
  oEnquiry: ['onderzoekscultuur', 'cultuur van onderzoek', 'culture of enquiry', 'enquiry', 'inquiry'],
  oKnowledge: ['kennis delen', 'kennisdeling', 'knowledge', 'knowledge systems'],
  oExternal: ['externe omgeving', 'external environment'],
  oLeader: ['leiderschap', 'leadership', 'learning leadership'],
};

/** Normalised name → discipline, per model, built once (a survey asks this for every cell). */
const ALIASES = new Map<Model, Map<string, Discipline>>();

function aliasesOf(model: Model): Map<string, Discipline> {
  let aliases = ALIASES.get(model);
  if (!aliases) {
    aliases = new Map();
    for (const key of keysOf(model)) {
      for (const alias of [NAMES.nl[`d.${key}`], NAMES.en[`d.${key}`], ...(EXTRA[key] ?? [])]) {
        const name = normalizeHeader(alias);
        if (!aliases.has(name)) aliases.set(name, key);
      }
    }
    ALIASES.set(model, aliases);
  }
  return aliases;
}

/** The discipline a cell or header names, accent-, case- and separator-insensitively. */
export function disciplineOf(name: string, model: Model): Discipline | undefined {
  return aliasesOf(model).get(normalizeHeader(name));
}

const expectedNames = (model: Model) => keysOf(model).map((key) => NAMES.nl[`d.${key}`]).join(', ');

type Where = (column: number) => DataLocation;

/** `name` as the file writes it, so the message points at what the author typed. */
function checkRange(name: string, value: number, options: WheelOptions, where: DataLocation): number {
  if (value < options.min || value > options.max) {
    throw new LzmDataError('error.wheelRange', { name, value, min: options.min, max: options.max }, where);
  }
  return value;
}

/** Splits rows by the moment column (in file order); without one, all rows are one moment. */
function byMoment(rows: CsvRow[], column: number | undefined): CsvRow[][] {
  const groups = new Map<string, CsvRow[]>();
  for (const row of rows) {
    const moment = column === undefined ? '' : (row.values[column] ?? '').trim();
    // Pushed, not copied: a copy per row made 45,000 rows take 17 s.
    const group = groups.get(moment);
    if (group) group.push(row);
    else groups.set(moment, [row]);
  }
  return [...groups.values()];
}

/**
 * `discipline;score[;n;sd;min;max;moment;hidden]`, one row per discipline (and moment); `hidden`
 * (`small` or `complement`) marks a discipline a publisher left without numbers, and why.
 */
function fromSummaryRows(rows: CsvRow[], headers: readonly string[], options: WheelOptions, at: (line: number) => Where): Scores {
  const columns = columnsOf(headers, ['discipline', 'score', 'n', 'sd', 'min', 'max', 'hidden'], at(1)(0).file);
  const scores: Scores = {};
  for (const { line, values } of rows) {
    const where = at(line);
    const cell = (field: Field) => (columns[field] === undefined ? '' : values[columns[field]!] ?? '');
    const number = (field: Field) => (columns[field] === undefined ? undefined : parseNumber(cell(field), where(columns[field]!)));
    const name = cell('discipline').trim();
    const key = disciplineOf(name, options.model);
    if (!key) throw new LzmDataError('error.unknownDiscipline', { name, expected: expectedNames(options.model) }, where(columns.discipline!));
    if (scores[key]) throw new LzmDataError('error.duplicateDiscipline', { name }, where(columns.discipline!));
    const hidden = cell('hidden').trim();
    if (hidden) {
      if (!HIDDEN_REASONS.includes(hidden)) throw new LzmDataError('error.hiddenReason', { value: hidden }, where(columns.hidden!));
      scores[key] = { hidden: hidden as HiddenReason };
      continue;
    }
    const score = number('score');
    if (score !== undefined) checkRange(name, score, options, where(columns.score!));
    scores[key] = hideSmall({ score, n: number('n'), sd: number('sd'), min: number('min'), max: number('max') }, options.minGroup);
  }
  return scores;
}

/** One row per respondent, one column per discipline: aggregated to mean, SD and n. */
function fromAnswers(rows: CsvRow[], headers: readonly string[], options: WheelOptions, at: (line: number) => Where): Scores {
  const columns: [Discipline, number, string][] = [];
  headers.forEach((header, index) => {
    const key = disciplineOf(header, options.model);
    if (!key) return;
    // Two columns for one discipline would count every respondent twice.
    const first = columns.find(([other]) => other === key);
    if (first) throw dataError('error.duplicateColumn', { first: first[2], second: header, field: header }, { ...at(1)(index), line: at(1)(index).column === undefined ? undefined : 1 });
    columns.push([key, index, header]);
  });
  const answers = new Map<Discipline, number[]>(columns.map(([key]) => [key, []]));
  for (const { line, values } of rows) {
    for (const [key, index, header] of columns) {
      const value = parseNumber(values[index] ?? '', at(line)(index));
      if (value !== undefined) answers.get(key)!.push(checkRange(header, value, options, at(line)(index)));
    }
  }
  const scores: Scores = {};
  for (const [key, list] of answers) scores[key] = hideSmall(aggregate(list), options.minGroup);
  return scores;
}

/** Reads a table (from CSV, or from JSON records), summary or raw answers, one or two moments. */
export function wheelFromTable(table: CsvTable, options: WheelOptions, file?: string, json = false): WheelReading {
  const { headers } = table;
  const at = (line: number): Where => (column) => ({ file, line, column: json ? undefined : column + 1 });
  const summary = hasColumns(headers, ['discipline', 'score']) || hasColumns(headers, ['discipline', 'hidden']);
  if (!summary && !headers.some((header) => disciplineOf(header, options.model))) {
    throw new LzmDataError('error.noDisciplines', { expected: expectedNames(options.model) }, { file, line: json ? undefined : 1 });
  }
  const read = summary ? fromSummaryRows : fromAnswers;
  const moments = byMoment(table.rows, columnsOf(headers, ['moment'], file).moment).map((rows) => read(rows, headers, options, at));
  return { current: moments[moments.length - 1], earlier: moments.length > 1 ? moments[moments.length - 2] : undefined };
}

/** JSON records → a table, so JSON and CSV share one reader. Nested values are refused. */
function tableOf(records: unknown[], file?: string): CsvTable {
  const headers: string[] = [];
  const expected = '[ { "discipline": …, "score": getal }, … ]';
  for (const record of records) {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) throw dataError('error.jsonShape', { expected }, { file });
    for (const key of Object.keys(record)) if (!headers.includes(key)) headers.push(key);
  }
  const rows = records.map((record, index) => ({
    line: index + 1,
    values: headers.map((header) => {
      const value = (record as Record<string, unknown>)[header];
      if (value !== null && typeof value === 'object') throw dataError('error.jsonShape', { expected }, { file, line: index + 1 });
      return value === undefined || value === null ? '' : String(value);
    }),
  }));
  return { headers, rows, delimiter: ',' };
}

/**
 * `.data`, `.compare` or a JSON file: a list of `{ discipline, score, n, sd }` records, a list of
 * respondents `{ "Systeemdenken": 4, "Teamleren": 3, … }`, or one object
 * `{ "Systeemdenken": 3.4, "Teamleren": { "score": 3.9, "n": 12, "sd": 0.6 } }`.
 */
export function wheelFromData(data: unknown, options: WheelOptions, file?: string): WheelReading {
  if (Array.isArray(data)) return wheelFromTable(tableOf(data, file), options, file, true);
  if (typeof data !== 'object' || data === null) {
    throw dataError('error.jsonShape', { expected: '{ "Systeemdenken": getal, … }' }, { file });
  }
  const records = Object.entries(data).map(([name, value]) =>
    typeof value === 'object' && value !== null ? { discipline: name, ...value } : { discipline: name, score: value },
  );
  return wheelFromTable(tableOf(records, file), options, file, true);
}

/** Interprets a loaded `src` file. */
export function wheelFromLoaded(loaded: LoadedData, options: WheelOptions): WheelReading {
  return loaded.kind === 'json'
    ? wheelFromData(loaded.value, options, loaded.file)
    : wheelFromTable(loaded.table, options, loaded.file);
}

/** One record of the element's `.data` (wheelFromData reads it back): a shown score, or a hidden discipline's reason alone. */
export type SengeWheelRecord =
  | { discipline: string; score: number; n?: number; sd?: number; min?: number; max?: number; moment?: string }
  | { discipline: string; hidden: HiddenReason; moment?: string };

/** The element's `.data`: records, earlier moment first when there are two. */
export type SengeWheelData = SengeWheelRecord[];

/**
 * `.data` records for one moment's scores, in `keys` order, each discipline under its `name`:
 * only shown numbers; a hidden discipline goes as its reason alone (no score, no n), so the
 * element can say why it has no score; a discipline without a score is left out.
 */
export function toData(scores: Scores, keys: readonly Discipline[], name: (key: Discipline) => string, moment?: string): SengeWheelData {
  const when = moment ? { moment } : {};
  return keys.flatMap((key): SengeWheelRecord[] => {
    const entry = scores[key];
    if (entry?.hidden) return [{ discipline: name(key), hidden: entry.hidden, ...when }];
    if (entry?.score === undefined) return [];
    const { score, n, sd, min, max } = entry;
    return [{ discipline: name(key), score, n, sd, min, max, ...when }];
  });
}
