import { LzmDataError } from '../components/core/errors.js';
import { isRecord } from '../components/core/records.js';

/**
 * A school's own hinge points (dashboard.json `"hinge"`): a default, per subject, per year
 * (leerjaar), and per subject in one year. Growth per school year in SD units is larger for young
 * pupils than for older ones and differs per test, so one 0.40 for everything is a convention,
 * not a law (Hill, Bloom, Black & Lipsey 2008); docs/effect-sizes.md has the shape.
 */
export interface HingeRule {
  default?: number;
  /** Normalised subject name → its hinge, and optionally its hinge per year. */
  subjects: Map<string, { default?: number; years: Map<string, number> }>;
  /** Normalised year → hinge. */
  years: Map<string, number>;
  /** The names as the school wrote them, for the legend (in the file's order). */
  entries: HingeEntry[];
}

/** One configured hinge, for the legend: subject and/or year as written, and the value. */
export interface HingeEntry {
  subject?: string;
  year?: string;
  hinge: number;
}

/** "Rekenen " → "rekenen", "Begrijpend Lezen" → "begrijpend lezen", "08" → "8". */
export function hingeKey(text: string): string {
  const key = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase().replace(/\s+/g, ' ');
  return /^\d+$/.test(key) ? String(Number(key)) : key;
}

const KEYS = {
  default: ['default', 'standaard'],
  subjects: ['subjects', 'vakken'],
  years: ['years', 'leerjaren'],
} as const;

const HINGE_SHAPE = '"hinge": 0.4, of { "default": 0.4, "subjects": { "rekenen": 0.5 }, "years": { "8": 0.45 } }';

/**
 * The range a hinge point may take (`--hinge` and dashboard.json): 0 (any growth) to 2 SD, well
 * above any published norm; −5 or 1e308 is a typo, not a norm.
 */
export const HINGE_MIN = 0;
export const HINGE_MAX = 2;

const isHinge = (value: unknown): value is number => typeof value === 'number' && value >= HINGE_MIN && value <= HINGE_MAX;

/**
 * Reads dashboard.json's `"hinge"`: a number, or an object with `default`, `subjects` (a number
 * or `{ "default", "years" }` per subject) and `years`. Unknown keys are an error, so a typo
 * ("subject") does not silently fall back to 0.40.
 */
export function readHinge(value: unknown, file: string, errors: LzmDataError[]): HingeRule | undefined {
  const fail = () => {
    errors.push(new LzmDataError('gen.error.config', { problem: HINGE_SHAPE }, { file, line: 1, column: 1 }));
    return undefined;
  };
  const rule: HingeRule = { subjects: new Map(), years: new Map(), entries: [] };
  if (isHinge(value)) {
    rule.default = value;
    return rule;
  }
  if (!isRecord(value)) return fail();
  const pick = (record: Record<string, unknown>, key: keyof typeof KEYS) => KEYS[key].map((alias) => record[alias]).find((item) => item !== undefined);
  const known = (record: Record<string, unknown>, keys: readonly (keyof typeof KEYS)[]) =>
    Object.keys(record).every((name) => keys.some((key) => (KEYS[key] as readonly string[]).includes(name)));
  if (!known(value, ['default', 'subjects', 'years'])) return fail();
  const readYears = (years: unknown, subject?: string): Map<string, number> | undefined => {
    const map = new Map<string, number>();
    if (years === undefined) return map;
    if (!isRecord(years)) return undefined;
    for (const [year, hinge] of Object.entries(years)) {
      if (!isHinge(hinge)) return undefined;
      map.set(hingeKey(year), hinge);
      rule.entries.push({ subject, year, hinge });
    }
    return map;
  };
  const fallback = pick(value, 'default');
  if (fallback !== undefined) {
    if (!isHinge(fallback)) return fail();
    rule.default = fallback;
  }
  const subjects = pick(value, 'subjects');
  if (subjects !== undefined) {
    if (!isRecord(subjects)) return fail();
    for (const [subject, entry] of Object.entries(subjects)) {
      if (isHinge(entry)) {
        rule.subjects.set(hingeKey(subject), { default: entry, years: new Map() });
        rule.entries.push({ subject, hinge: entry });
        continue;
      }
      if (!isRecord(entry) || !known(entry, ['default', 'years'])) return fail();
      const own = pick(entry, 'default');
      if (own !== undefined && !isHinge(own)) return fail();
      if (own !== undefined) rule.entries.push({ subject, hinge: own });
      const years = readYears(pick(entry, 'years'), subject);
      if (!years) return fail();
      rule.subjects.set(hingeKey(subject), { default: own, years });
    }
  }
  const years = readYears(pick(value, 'years'));
  if (!years) return fail();
  for (const [year, hinge] of years) rule.years.set(year, hinge);
  return rule;
}

/**
 * The hinge for a subject in a year. The most specific entry wins: subject in that year, then the
 * subject, then the year, then `fallback`: the default (`--hinge` when given, else the rule's
 * `default`, else 0.40; generate.ts decides).
 */
export function hingeFor(rule: HingeRule | undefined, fallback: number, subject: string, year?: string): number {
  if (!rule) return fallback;
  const bySubject = rule.subjects.get(hingeKey(subject));
  const yearKey = year === undefined ? undefined : hingeKey(year);
  if (bySubject && yearKey !== undefined && bySubject.years.has(yearKey)) return bySubject.years.get(yearKey)!;
  if (bySubject?.default !== undefined) return bySubject.default;
  if (yearKey !== undefined && rule.years.has(yearKey)) return rule.years.get(yearKey)!;
  return fallback;
}
