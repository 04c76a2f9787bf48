import { clip } from './data-errors.js';
import { LzmDataError } from './errors.js';
import { parseNumberAt } from './numbers.js';
import './sittings.messages.js';

/*
 * The cells of a pupil-tracking export (components/core/sittings.ts reads the rows): scores and
 * absent marks, dates, school years, moments (M5, Midden, labels), summary rows, group names.
 */

/** What a school writes in a score cell for a pupil who did not sit the test (compared without case). */
const ABSENT_MARKS = ['-', '–', '—', 'afw', 'afw.', 'afwezig', 'ziek', 'n.v.t.', 'nvt', 'n.v.t', 'x', 'absent', 'abs', 'n/a'] as const;
const ABSENT = new Set<string>(ABSENT_MARKS);

/**
 * Levels that systems put beside (or instead of) the score: Cito I–V and A–E (with + or −),
 * reference levels 1F / 2F / 1S / <1F, a functioneringsniveau such as M4 or E5. Not scores.
 */
const LEVEL = /^(?:I{1,3}|IV|V|[A-E]|<?\s*[12]\s*[FS]|[BME]\s*\d{1,2})\s*[+\-\u2212]?$/i;

/**
 * A score cell: the number; undefined when blank; null for an absent mark. A level or any other
 * text is an error at file:line:column.
 */
export function sittingScore(raw: string, file: string | undefined, line: number, column: number): number | undefined | null {
  // An absent mark is not a failed number: checked first, so no error is built for each of them.
  const first = raw.charCodeAt(0);
  if ((first < 48 || first > 57) && ABSENT.has(raw.toLowerCase())) return null;
  try {
    return parseNumberAt(raw, file, line, column);
  } catch (error) {
    const where = { file, line, column };
    if (LEVEL.test(raw)) throw new LzmDataError('sitting.level', { value: clip(raw) }, where);
    if ((error as LzmDataError).key === 'error.thousands') throw error;
    throw new LzmDataError('sitting.notANumber', { value: clip(raw) }, where);
  }
}

const DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const DAY_MS = 86_400_000;

/** A date cell (dd-mm-jjjj, d-m-jj, jjjj-mm-dd; `/` or `.` also; a time after it is ignored) → days since 1970-01-01. */
export function parseDay(raw: string, file?: string, line?: number, column?: number): number {
  let match = DMY.exec(raw);
  let year: number, month: number, day: number;
  if (match) {
    [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (match[3].length === 2) year += 2000;
  } else if ((match = YMD.exec(raw))) {
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    throw new LzmDataError('sitting.badDate', { value: clip(raw) }, { file, line, column });
  }
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  // 31-02-2026 would roll over into March: refuse it rather than move the sitting.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) throw new LzmDataError('sitting.badDate', { value: clip(raw) }, { file, line, column });
  return time / DAY_MS;
}

/** A day number as dd-mm-jjjj. */
export function dayText(day: number): string {
  const date = new Date(day * DAY_MS);
  return `${String(date.getUTCDate()).padStart(2, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${date.getUTCFullYear()}`;
}

/** The school year (1 August to 31 July) a day falls in, as its first calendar year. */
export function schoolYearOf(day: number): number {
  const date = new Date(day * DAY_MS);
  return date.getUTCMonth() >= 7 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
}

/** "2025-2026", "2025/26", "25-26" → 2025 (the school year's first calendar year), else undefined. */
export function parseSchoolYear(raw: string): number | undefined {
  const match = /^(\d{2}|\d{4})\s*[-/]\s*(\d{2}|\d{4})$/.exec(raw.trim());
  if (!match) return undefined;
  const first = match[1].length === 2 ? 2000 + Number(match[1]) : Number(match[1]);
  const second = Number(match[2]) % 100;
  return (first + 1) % 100 === second ? first : undefined;
}

/** "2025" → "2025-2026". */
export const schoolYearText = (start: number) => `${start}-${start + 1}`;

/**
 * When a half-year moment falls, in months after 1 August: B (begin, September/October), M (midden,
 * January/February), E (eind, June). Cito's calendar; M → E is then about five months and E → M of
 * the next year about seven.
 */
export const HALF_MONTHS = [1.75, 5.75, 10.5] as const;
export const HALF_LETTERS = ['B', 'M', 'E'] as const;
const HALVES = new Map<string, number>([
  ['b', 0], ['begin', 0], ['start', 0], ['m', 1], ['midden', 1], ['mid', 1], ['middle', 1], ['e', 2], ['eind', 2], ['end', 2],
]);
const MOMENT_WITH_YEAR = /^([bme])\s*-?\s*(\d{1,2})$|^(begin|midden|eind|start|middle|end)\s*(?:groep|jaargroep|leerjaar|group|year|grade)?\s*(\d{1,2})$/i;

/** How a subject's moments are ordered: year and half (M5, E5), half only (Midden), labels in file order, or dates. */
export type MomentKind = 'year' | 'half' | 'label' | 'date';

export interface Moment {
  kind: MomentKind;
  /** Half of the school year (0 B, 1 M, 2 E) for 'year' and 'half'. */
  half?: number;
  /** Year group (jaargroep) for 'year'. */
  year?: number;
}

/** "M5", "E 5", "Midden groep 5", or "Midden" with year group 5 → year 5, half M; "Toets 1" → a label. */
export function parseMoment(raw: string, yearGroup?: number): Moment {
  const match = MOMENT_WITH_YEAR.exec(raw);
  if (match) {
    const half = HALVES.get((match[1] ?? match[3]).toLowerCase())!;
    return { kind: 'year', half, year: Number(match[2] ?? match[4]) };
  }
  const half = HALVES.get(raw.toLowerCase());
  if (half === undefined) return { kind: 'label' };
  return yearGroup === undefined ? { kind: 'half', half } : { kind: 'year', half, year: yearGroup };
}

/** A year-group cell ("5", "groep 5", "jaargroep 5") → 5; undefined when it has no number. */
export function yearGroupOf(raw: string): number | undefined {
  const match = /(\d{1,2})/.exec(raw);
  return match ? Number(match[1]) : undefined;
}

/** Rows that are no pupil: an export's average, total or count line. */
const SUMMARY = /^(?:gemiddelde|gemiddeld|gem\.?|totaal|totalen|aantal|mediaan|average|mean|total|totals|count|median)(?:\s|:|$)/i;

/** True for a cell that opens a summary row ("Gemiddelde", "Totaal groep 5", "Aantal:"). */
export const isSummaryCell = (cell: string) => SUMMARY.test(cell);

/** "Groep 5/6" → "5/6", "groep 3a" → "3a": messages and pages say "groep" themselves. */
export function groupName(raw: string): string {
  const name = raw.replace(/^(?:groep|group|klas|class)\s+/i, '');
  return name === '' ? raw : name;
}

/** A combination group (5/6, "1/2A", "Groep 7/8"): shown as a whole and per year group. */
export const isCombinationGroup = (group: string) => /\d\s*\/\s*\d/.test(group);
