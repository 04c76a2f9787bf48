import type { CsvRow } from './csv.js';
import { dataError } from './data-errors.js';
import type { DataLocation } from './errors.js';
import { mapColumns, hasColumns, type Field } from './headers.js';
import { parseNumberAt } from './numbers.js';
import { PairedAccumulator, summarizePairs, type ImpactStats } from './stats.js';

/** One row of a pupil tracking export: one pupil's pre- and post-test in one subject. */
export interface PupilScore {
  line: number;
  pupil: string;
  group: string;
  subject: string;
  pre?: number;
  post?: number;
  year?: string;
  period?: string;
}

export const PUPIL_REQUIRED = ['pupil', 'group', 'subject', 'pre', 'post'] as const satisfies readonly Field[];
const PUPIL_OPTIONAL = ['year', 'period'] as const satisfies readonly Field[];

/** True when a header row is a pupil pre/post export. */
export function isPupilTable(headers: readonly string[]): boolean {
  return hasColumns(headers, ['pre', 'post']);
}

/**
 * Makes a row reader for a pupil export with these headers (columns found once, rows read one by
 * one, so the generator can stream). Throws for missing columns or non-numeric scores (pre-test
 * first, then post-test). With `reuse`, for a million-row stream, it fills and returns ONE object
 * instead of a new one per row: copy what you keep, the next row overwrites it.
 */
export function pupilRowReader(headers: readonly string[], file?: string, { reuse = false } = {}): (row: CsvRow) => PupilScore {
  const { pupil, group, subject, pre, post, year, period } = mapColumns(headers, PUPIL_REQUIRED, PUPIL_OPTIONAL, file);
  const blank = (): PupilScore => ({ line: 0, pupil: '', group: '', subject: '', pre: undefined, post: undefined, year: undefined, period: undefined });
  const shared = reuse ? blank() : undefined;
  const cell = (values: string[], index: number): string => {
    const value = values[index];
    return value === undefined ? '' : value.trim();
  };
  return ({ line, values }) => {
    const score = shared ?? blank();
    score.line = line;
    score.pupil = cell(values, pupil);
    score.group = cell(values, group);
    score.subject = cell(values, subject);
    score.pre = parseNumberAt(cell(values, pre), file, line, pre + 1);
    score.post = parseNumberAt(cell(values, post), file, line, post + 1);
    score.year = year === undefined ? undefined : cell(values, year);
    score.period = period === undefined ? undefined : cell(values, period);
    return score;
  };
}

/** Pre/post effect size of a set of pupil rows, with the pupils left out for a missing score. */
export interface GroupImpact {
  stats: ImpactStats | undefined;
  /** Pupils with both scores. */
  n: number;
  /** Rows left out because the pre- or post-test is missing. */
  missing: number;
}

/** Aggregates rows: pupils with both scores count, the others are counted as missing, not hidden. */
export function impactOf(rows: Iterable<PupilScore>): GroupImpact {
  const acc = new PairedAccumulator();
  let missing = 0;
  for (const row of rows) {
    if (row.pre === undefined || row.post === undefined) missing++;
    else acc.add(row.pre, row.post);
  }
  return { stats: summarizePairs(acc), n: acc.n, missing };
}

/**
 * Refuses a pupil listed twice for the same group, subject and period (a pasted block, a double
 * export, or the same pupils under two leerjaar values): counting both would weigh that pupil
 * twice without anyone noticing. The generator applies the same rule across files.
 */
export class DuplicatePupils {
  private readonly seen = new Map<string, number>();

  constructor(private readonly file?: string, private readonly column?: number) {}

  check(score: PupilScore): void {
    if (!score.pupil) return;
    const key = [score.pupil, score.group, score.subject, score.period ?? ''].join('\u0000');
    const first = this.seen.get(key);
    if (first === undefined) {
      this.seen.set(key, score.line);
      return;
    }
    throw duplicatePupil(score, first, { file: this.file, line: score.line, column: this.column });
  }
}

export function duplicatePupil(score: PupilScore, first: number, where: DataLocation) {
  return dataError('error.duplicatePupil', { pupil: score.pupil, group: score.group, subject: score.subject, first: String(first) }, where);
}

/**
 * Rows with only a pre-test and rows with only a post-test, and no pupil with both: the two tests
 * were matched to different pupils (another numbering, a shifted column). No d can be computed.
 */
export function noPairs(group: string, subject: string, preOnly: number, postOnly: number, where: DataLocation) {
  return dataError('error.noPairs', { group, subject, pre: String(preOnly), post: String(postOnly) }, where);
}
