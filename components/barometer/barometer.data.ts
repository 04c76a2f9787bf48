import type { LoadedData } from '../core/load.js';
import { dataError } from '../core/data-errors.js';
import { findInfluence, influenceFromJson, influencesFromCsv, influencesFromJson, type Influence } from '../core/influences.js';
import { isPupilTable, pupilRowReader, impactOf, DuplicatePupils, noPairs, type PupilScore } from '../core/pupils.js';
import { mapColumns } from '../core/headers.js';
import { groupName } from '../core/sitting-cells.js';
import { isSittingTable, SittingCollector } from '../core/sittings.js';
import { knowThyImpact, type ImpactStats } from '../core/stats.js';
import { numberFromJson } from '../core/numbers.js';
import { addMessages } from '../core/locale.js';

/** What only a reading from pupil data can say: shown by the dial, loaded with this reader. */
export const pupilMessages = addMessages({
  nl: {
    'barometer.smallGroup': 'Minder dan {min} leerlingen: geen effectgrootte getoond (privacy).',
    'barometer.missingPairs': '{count} leerlingen zonder voor- of nameting niet meegeteld.',
  },
  en: {
    'barometer.smallGroup': 'Fewer than {min} pupils: no effect size shown (privacy).',
    'barometer.missingPairs': '{count} pupils without a pre- or post-test left out.',
  },
});

/** What a barometer shows, whatever the data came from. */
export interface BarometerReading {
  value?: number;
  label?: string;
  ciLow?: number;
  ciHigh?: number;
  n?: number;
  /** d_z and pre/post r given with a summary (e.g. by the dashboard), when there is no `stats`. */
  dz?: number;
  r?: number;
  /** Full statistics when the reading was computed from pupil scores. */
  stats?: ImpactStats;
  /** Pupils left out for a missing pre- or post-test. */
  missing?: number;
  /** True when the group is smaller than `min-group`: no number may be shown. */
  suppressed?: boolean;
}

export interface ReadingOptions {
  /** Influence to pick from a list (`item` attribute). */
  item?: string;
  /** Pupil data filters. */
  group?: string;
  subject?: string;
  /** Smallest group whose effect size may be shown (privacy). */
  minGroup: number;
}

function fromInfluence(influence: Influence): BarometerReading {
  return { value: influence.d, label: influence.name || undefined, n: influence.n, ciLow: influence.ciLow, ciHigh: influence.ciHigh, dz: influence.dz, r: influence.r };
}

function pickInfluence(influences: Influence[], item: string | undefined, file?: string): BarometerReading {
  if (item) return fromInfluence(findInfluence(influences, item, file));
  if (influences.length === 1) return fromInfluence(influences[0]);
  const names = influences.slice(0, 8).map((influence) => influence.name).join(', ');
  throw dataError('error.itemRequired', { available: influences.length > 8 ? `${names}, …` : names }, { file });
}

function fromStats(stats: ImpactStats | undefined, n: number, missing: number, minGroup: number): BarometerReading {
  if (n < minGroup) return { n, missing, suppressed: true };
  return { value: stats?.d, ciLow: stats?.ciLow, ciHigh: stats?.ciHigh, n, stats, missing };
}

const sameText = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

/**
 * `periods` (label → time order) when the rows were paired from sittings: the dial shows the latest
 * period of the selection, as the dashboard's headline does.
 */
function fromPupils(rows: PupilScore[], options: ReadingOptions, file?: string, periods?: ReadonlyMap<string, number>): BarometerReading {
  const { group, subject } = options;
  let selected = rows.filter(
    (row) => (!group || sameText(row.group, group)) && (!subject || sameText(row.subject, subject)),
  );
  if (periods && selected.length > 0) {
    const latest = selected.reduce((best, row) => (periods.get(row.period!)! > periods.get(best)! ? row.period! : best), selected[0].period!);
    selected = selected.filter((row) => row.period === latest);
  }
  if (selected.length === 0) throw dataError('error.noRows', { group: group ?? '*', subject: subject ?? '*' }, { file });
  const { stats, n, missing } = impactOf(selected);
  if (n === 0) {
    const preOnly = selected.filter((row) => row.pre !== undefined && row.post === undefined).length;
    const postRows = selected.filter((row) => row.pre === undefined && row.post !== undefined);
    const postOnly = postRows.length;
    const only = (values: string[]) => (new Set(values).size === 1 ? values[0] : '*');
    if (preOnly > 0 && postOnly > 0) {
      throw noPairs(group ?? only(selected.map((row) => row.group)), subject ?? only(selected.map((row) => row.subject)), preOnly, postOnly, { file, line: postRows[0].line, column: 1 });
    }
  }
  return { ...fromStats(stats, n, missing, options.minGroup), label: [group, subject].filter(Boolean).join(' · ') || undefined };
}

/** Interprets a loaded file: a pupil pre/post export, or a list of influences. */
export function readingFromLoaded(loaded: LoadedData, options: ReadingOptions): BarometerReading {
  if (loaded.kind === 'json') return readingFromData(loaded.value, options, loaded.file);
  const { table, file } = loaded;
  if (isPupilTable(table.headers)) {
    const read = pupilRowReader(table.headers, file);
    const duplicates = new DuplicatePupils(file, mapColumns(table.headers, ['pupil']).pupil + 1);
    const rows = table.rows.map((row) => {
      const score = read(row);
      duplicates.check(score);
      return score;
    });
    return fromPupils(rows, options, file);
  }
  if (isSittingTable(table.headers)) return fromSittings(loaded.table, options, file);
  return pickInfluence(influencesFromCsv(table, file), options.item, file);
}

/** A pupil-tracking export (one row per sitting): paired as the generator pairs it (core/sittings.ts). */
function fromSittings(table: Extract<LoadedData, { kind: 'csv' }>['table'], options: ReadingOptions, file?: string): BarometerReading {
  const collector = new SittingCollector();
  const reader = collector.begin(table.headers, file)!;
  for (const row of table.rows) reader.read(row);
  const rows: PupilScore[] = [];
  const periods = new Map<string, number>();
  const [problem] = collector.pair((pair) => {
    rows.push({ line: pair.line, pupil: '', group: pair.group, subject: pair.subject, pre: pair.pre, post: pair.post, year: pair.year, period: pair.period });
    periods.set(pair.period, Math.min(periods.get(pair.period) ?? Infinity, pair.rank));
  });
  if (problem) throw problem;
  // Groups are stored as the dashboard names them ("Groep 5/6" → "5/6"): so is the filter.
  return fromPupils(rows, { ...options, group: options.group && groupName(options.group) }, file, periods);
}

/**
 * Interprets the `.data` property or a JSON file: one influence object, a list of influences
 * (with `item`), or paired scores `{ "pre": [...], "post": [...] }`.
 */
export function readingFromData(data: unknown, options: ReadingOptions, file?: string): BarometerReading {
  if (Array.isArray(data) || (typeof data === 'object' && data !== null && 'influences' in data)) {
    return pickInfluence(influencesFromJson(data, file), options.item, file);
  }
  if (typeof data === 'object' && data !== null && 'pre' in data && 'post' in data) {
    const { pre, post } = data as { pre: unknown; post: unknown };
    if (!Array.isArray(pre) || !Array.isArray(post) || pre.length !== post.length) {
      throw dataError('error.jsonShape', { expected: '{ "pre": [getallen], "post": [getallen] } even lang' }, { file });
    }
    const toNumbers = (list: unknown[]) => list.map((value, index) => numberFromJson(value, { file, line: index + 1 }));
    const preScores = toNumbers(pre);
    const postScores = toNumbers(post);
    const complete = preScores.flatMap((value, index) =>
      value === undefined || postScores[index] === undefined ? [] : [[value, postScores[index]!] as const],
    );
    const stats = knowThyImpact(complete.map(([a]) => a), complete.map(([, b]) => b));
    return fromStats(stats, complete.length, preScores.length - complete.length, options.minGroup);
  }
  return fromInfluence(influenceFromJson(data, file));
}

/**
 * The dial's `.data` for one effect size: what readingFromData reads as one influence object. d_z
 * is null where it has no finite value (every pupil gained exactly the same; JSON has no ∞).
 */
export interface BarometerData {
  name: string;
  value: number;
  n?: number;
  ciLow?: number;
  ciHigh?: number;
  dz?: number | null;
  r?: number;
}

/** `.data` for a dial from an effect size and what comes with it (a group's impact statistics). */
export function toData(name: string, effect: Pick<ImpactStats, 'd' | 'n' | 'ciLow' | 'ciHigh' | 'dz' | 'r'>): BarometerData {
  const { d, n, ciLow, ciHigh, dz, r } = effect;
  return { name, value: d, n, ciLow, ciHigh, dz: Number.isFinite(dz) ? dz : null, r };
}
