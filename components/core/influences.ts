import type { CsvTable } from './csv.js';
import { dataError } from './data-errors.js';
import { mapColumns } from './headers.js';
import { numberFromJson, parseNumber, requireNumber } from './numbers.js';

/** One influence on achievement with its effect size (a row of Hattie's list, or a school's own). */
export interface Influence {
  name: string;
  d: number;
  n?: number;
  ciLow?: number;
  ciHigh?: number;
  /** d_z and the pre/post correlation r, when the d came from paired scores (a dashboard's group). */
  dz?: number;
  r?: number;
}

/** Reads `invloed;effectgrootte[;n;ci_laag;ci_hoog]` rows (any header alias, either decimal mark). */
export function influencesFromCsv(table: CsvTable, file?: string): Influence[] {
  const columns = mapColumns(table.headers, ['influence', 'effectSize'], ['n', 'ciLow', 'ciHigh'], file);
  return table.rows.map(({ line, values }) => {
    const at = (index: number | undefined) => (index === undefined ? '' : values[index] ?? '');
    const where = (index: number) => ({ file, line, column: index + 1 });
    return {
      name: at(columns.influence).trim(),
      d: requireNumber(at(columns.effectSize), where(columns.effectSize)),
      n: columns.n === undefined ? undefined : parseNumber(at(columns.n), where(columns.n)),
      ciLow: columns.ciLow === undefined ? undefined : parseNumber(at(columns.ciLow), where(columns.ciLow)),
      ciHigh: columns.ciHigh === undefined ? undefined : parseNumber(at(columns.ciHigh), where(columns.ciHigh)),
    };
  });
}

const JSON_KEYS = {
  name: ['name', 'label', 'influence', 'invloed', 'naam', 'item'],
  d: ['value', 'd', 'effectSize', 'effect_size', 'effectgrootte'],
  n: ['n', 'aantal'],
  ciLow: ['ciLow', 'ci_low', 'ci_laag'],
  ciHigh: ['ciHigh', 'ci_high', 'ci_hoog'],
  dz: ['dz', 'd_z'],
  r: ['r'],
} as const;

function pick(record: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const key of keys) if (key in record) return record[key];
  return undefined;
}

/**
 * Reads one influence object, `{ "name": "Feedback", "value": 0.62, "n": 27, "ciLow": 0.41 }`,
 * with Dutch key aliases. `index` names the array element in messages.
 */
export function influenceFromJson(value: unknown, file?: string, index?: number): Influence {
  const expected = '{ "name": …, "value": getal }';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw dataError('error.jsonShape', { expected }, { file });
  }
  const record = value as Record<string, unknown>;
  const where = { file, line: index === undefined ? undefined : index + 1 };
  const d = numberFromJson(pick(record, JSON_KEYS.d), where);
  if (d === undefined) throw dataError('error.jsonShape', { expected }, where);
  const name = pick(record, JSON_KEYS.name);
  return {
    name: typeof name === 'string' ? name : '',
    d,
    n: numberFromJson(pick(record, JSON_KEYS.n), where),
    ciLow: numberFromJson(pick(record, JSON_KEYS.ciLow), where),
    ciHigh: numberFromJson(pick(record, JSON_KEYS.ciHigh), where),
    dz: numberFromJson(pick(record, JSON_KEYS.dz), where),
    r: numberFromJson(pick(record, JSON_KEYS.r), where),
  };
}

/** A JSON array of influences, or `{ "influences": [...] }`. */
export function influencesFromJson(value: unknown, file?: string): Influence[] {
  const list = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null && Array.isArray((value as { influences?: unknown }).influences)
      ? (value as { influences: unknown[] }).influences
      : undefined;
  if (!list) throw dataError('error.jsonShape', { expected: '[ { "name": …, "value": getal }, … ]' }, { file });
  return list.map((item, index) => influenceFromJson(item, file, index));
}

/** Finds an influence by name, case- and accent-insensitively; the error lists what is there. */
export function findInfluence(influences: readonly Influence[], item: string, file?: string): Influence {
  const key = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();
  const wanted = key(item);
  const found = influences.find((influence) => key(influence.name) === wanted);
  if (found) return found;
  const available = influences.slice(0, 8).map((influence) => influence.name).join(', ');
  throw dataError(
    'error.itemNotFound',
    { item, available: influences.length > 8 ? `${available}, …` : available },
    { file },
  );
}
