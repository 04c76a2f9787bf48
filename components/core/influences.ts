import type { CsvTable } from './csv.js';
import { clip, dataError } from './data-errors.js';
import { LzmDataError, type DataLocation } from './errors.js';
import { mapColumns } from './headers.js';
import { addMessages } from './locale.js';
import { numberFromJson, parseNumber, requireNumber } from './numbers.js';

addMessages({
  nl: {
    'error.influenceN': 'n moet een heel getal van 1 of meer zijn, niet "{value}"',
    'error.ciOrder': 'de ondergrens van het BI ({low}) ligt boven de bovengrens ({high})',
    'error.ciOutside': 'het BI ({low} – {high}) bevat de effectgrootte {d} niet',
    'error.effectRange': 'effectgrootte "{value}" is onmogelijk groot (verwacht tussen −{limit} en {limit})',
  },
  en: {
    'error.influenceN': 'n must be a whole number of 1 or more, not "{value}"',
    'error.ciOrder': 'the lower bound of the CI ({low}) is above the upper bound ({high})',
    'error.ciOutside': 'the CI ({low} – {high}) does not contain the effect size {d}',
    'error.effectRange': 'effect size "{value}" is impossibly large (expected between −{limit} and {limit})',
  },
});

/**
 * Largest |d| (and CI bound) an influence may have. Hattie's largest effects are below 2 and a
 * school's own pre/post d rarely passes 3; a d of 10 SD is a typo or a shifted column.
 */
export const EFFECT_SIZE_LIMIT = 10;

/** Where each field of one influence is, for its errors. */
type FieldPlaces = Record<'d' | 'n' | 'ciLow' | 'ciHigh', DataLocation>;

/**
 * Refuses what no influence can have: n that is not a whole number ≥ 1, an effect size or CI bound
 * beyond ±EFFECT_SIZE_LIMIT, a CI whose bounds are swapped or that does not contain d.
 */
function checkInfluence(influence: Influence, places: FieldPlaces, raw: Partial<Record<'d' | 'n' | 'ciLow' | 'ciHigh', string>> = {}): Influence {
  const { d, n, ciLow, ciHigh } = influence;
  for (const key of ['d', 'ciLow', 'ciHigh'] as const) {
    const value = influence[key];
    if (value !== undefined && Math.abs(value) > EFFECT_SIZE_LIMIT) {
      throw new LzmDataError('error.effectRange', { value: clip(raw[key] ?? String(value)), limit: String(EFFECT_SIZE_LIMIT) }, places[key]);
    }
  }
  if (n !== undefined && !(Number.isInteger(n) && n >= 1)) throw new LzmDataError('error.influenceN', { value: clip(raw.n ?? String(n)) }, places.n);
  if (ciLow !== undefined && ciHigh !== undefined && ciLow > ciHigh) throw new LzmDataError('error.ciOrder', { low: ciLow, high: ciHigh }, places.ciLow);
  if ((ciLow !== undefined && d < ciLow) || (ciHigh !== undefined && d > ciHigh)) {
    throw new LzmDataError('error.ciOutside', { low: ciLow ?? '…', high: ciHigh ?? '…', d }, ciLow !== undefined && d < ciLow ? places.ciLow : places.ciHigh);
  }
  return influence;
}

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
    const where = (index: number | undefined) => ({ file, line, column: index === undefined ? undefined : index + 1 });
    const influence = {
      name: at(columns.influence).trim(),
      d: requireNumber(at(columns.effectSize), where(columns.effectSize)),
      n: columns.n === undefined ? undefined : parseNumber(at(columns.n), where(columns.n)),
      ciLow: columns.ciLow === undefined ? undefined : parseNumber(at(columns.ciLow), where(columns.ciLow)),
      ciHigh: columns.ciHigh === undefined ? undefined : parseNumber(at(columns.ciHigh), where(columns.ciHigh)),
    };
    const places = { d: where(columns.effectSize), n: where(columns.n), ciLow: where(columns.ciLow), ciHigh: where(columns.ciHigh) };
    return checkInfluence(influence, places, { d: at(columns.effectSize).trim(), n: at(columns.n).trim(), ciLow: at(columns.ciLow).trim(), ciHigh: at(columns.ciHigh).trim() });
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
  const influence = {
    name: typeof name === 'string' ? name : '',
    d,
    n: numberFromJson(pick(record, JSON_KEYS.n), where),
    ciLow: numberFromJson(pick(record, JSON_KEYS.ciLow), where),
    ciHigh: numberFromJson(pick(record, JSON_KEYS.ciHigh), where),
    dz: numberFromJson(pick(record, JSON_KEYS.dz), where),
    r: numberFromJson(pick(record, JSON_KEYS.r), where),
  };
  return checkInfluence(influence, { d: where, n: where, ciLow: where, ciHigh: where });
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
