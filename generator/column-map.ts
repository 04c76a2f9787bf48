import { LzmDataError } from '../components/core/errors.js';
import { normalizeHeader } from '../components/core/headers.js';
import { isRecord } from '../components/core/records.js';

/**
 * dashboard.json `"columns"`: how to read a wide overview that no header alias covers, such as a
 * ParnasSys "dynamisch overzicht" with `RW M (vs)` / `RW E (vs)` per subject and levels beside them.
 * Each subject names its pre- and post-test column; every row then gives one pair per subject.
 */
export interface ColumnMap {
  pupil: string;
  group: string;
  year?: string;
  /** The period every pair of this file is in (e.g. "M → E"), unless a subject names its own. */
  period?: string;
  subjects: Array<{ subject: string; pre: string; post: string; period?: string }>;
}

/** A column map's columns in one header row (0-based), or undefined when the headers are not that overview. */
export interface MappedColumns {
  pupil: number;
  group: number;
  year?: number;
  subjects: Array<{ subject: string; pre: number; post: number; period: string }>;
}

const COLUMN_MAP_SHAPE = '"columns": { "pupil": "Leerling", "group": "Groep", "subjects": { "rekenen": { "pre": "RW M (vs)", "post": "RW E (vs)" } } }';

const KEYS = {
  pupil: ['pupil', 'leerling'],
  group: ['group', 'groep'],
  year: ['year', 'jaargroep', 'leerjaar'],
  period: ['period', 'periode'],
  subjects: ['subjects', 'vakken'],
  pre: ['pre', 'voormeting', 'voor'],
  post: ['post', 'nameting', 'na'],
} as const;

type Key = keyof typeof KEYS;

const pick = (record: Record<string, unknown>, key: Key) => KEYS[key].map((alias) => record[alias]).find((item) => item !== undefined);
const knownKeys = (record: Record<string, unknown>, keys: readonly Key[]) => Object.keys(record).every((name) => keys.some((key) => (KEYS[key] as readonly string[]).includes(name)));
const text = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Reads dashboard.json's `"columns"`; an unknown key or a missing column name is an error (no silent fallback). */
export function readColumnMap(value: unknown, file: string, errors: LzmDataError[]): ColumnMap | undefined {
  const fail = () => {
    errors.push(new LzmDataError('gen.error.config', { problem: COLUMN_MAP_SHAPE }, { file, line: 1, column: 1 }));
    return undefined;
  };
  if (!isRecord(value) || !knownKeys(value, ['pupil', 'group', 'year', 'period', 'subjects'])) return fail();
  const [pupil, group, year, period, subjects] = (['pupil', 'group', 'year', 'period', 'subjects'] as const).map((key) => pick(value, key));
  if (!text(pupil) || !text(group) || (year !== undefined && !text(year)) || (period !== undefined && !text(period)) || !isRecord(subjects)) return fail();
  const list: ColumnMap['subjects'] = [];
  for (const [subject, entry] of Object.entries(subjects)) {
    if (!isRecord(entry) || !knownKeys(entry, ['pre', 'post', 'period'])) return fail();
    const [pre, post, own] = (['pre', 'post', 'period'] as const).map((key) => pick(entry, key));
    if (!text(pre) || !text(post) || (own !== undefined && !text(own))) return fail();
    list.push({ subject, pre, post, period: own });
  }
  if (list.length === 0) return fail();
  return { pupil, group, year, period, subjects: list };
}

/**
 * The columns of a header row under a column map: pupil and group must be there, and each subject
 * whose pre- and post-test columns are both there is read (headers compared as the alias table does).
 */
export function mapHeaders(headers: readonly string[], map: ColumnMap): MappedColumns | undefined {
  const normalized = headers.map(normalizeHeader);
  const find = (name: string) => {
    const index = normalized.indexOf(normalizeHeader(name));
    return index === -1 ? undefined : index;
  };
  const pupil = find(map.pupil);
  const group = find(map.group);
  if (pupil === undefined || group === undefined) return undefined;
  const subjects = map.subjects.flatMap(({ subject, pre, post, period }) => {
    const [from, to] = [find(pre), find(post)];
    return from === undefined || to === undefined ? [] : [{ subject, pre: from, post: to, period: period ?? map.period ?? '' }];
  });
  if (subjects.length === 0) return undefined;
  return { pupil, group, year: map.year === undefined ? undefined : find(map.year), subjects };
}
