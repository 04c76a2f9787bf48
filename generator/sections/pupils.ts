import type { CsvRow } from '../../components/core/csv.js';
import { LzmDataError } from '../../components/core/errors.js';
import { HEADER_ALIASES, mapColumns } from '../../components/core/headers.js';
import { histogram, type HistogramBin } from '../../components/core/histogram.js';
import { duplicatePupil, isPupilTable, noPairs, pupilRowReader, PUPIL_REQUIRED } from '../../components/core/pupils.js';
import { pupilKey } from '../../components/core/pupil-key.js';
import { PairedAccumulator, summarizePairs, type ImpactStats } from '../../components/core/stats.js';
import { t as translate, type Lang } from '../../components/core/locale.js';
import { readingClauses, readingNotes, SMALL_GROUP, type ReadingNote } from '../../components/core/reading.js';
import { groupName, isCombinationGroup, isSummaryCell, schoolYearText, sittingScore, yearGroupOf } from '../../components/core/sitting-cells.js';
import { isSittingTable, SittingCollector, type SittingFileStats, type SittingPair } from '../../components/core/sittings.js';
import { mapHeaders, type MappedColumns } from '../column-map.js';
import { st } from '../../components/core/sittings.messages.js';
import { escapeHtml } from '../escape.js';
import { RowKeys } from '../row-keys.js';
import { KeySet } from '../key-set.js';
import { hingeFor, hingeKey } from '../hinge.js';
import { ci, drawElement, folded, headerRow, langAttr, num, scrollBox, ZONES, zoneMark, zoneText } from '../html.js';
import { eachOf, type Html } from '../chunks.js';
import { toData as barometerData } from '../../components/barometer/barometer.data.js';
import { toData as plotData } from '../../components/effect-plot/effect-plot.data.js';
import { pt, type PageMessageKey } from '../page.messages.js';
import { zoneName, zoneOf } from '../../components/core/zones.js';
import { t } from '../messages.js';
import { ht } from './pupils.messages.js';
import type { Problems, PupilSummary, RenderedSection, Section, Settings } from './section.js';

/** One pupil's scores, kept only for `--pupil-report`. */
export interface PupilLine {
  pupil: string;
  subject: string;
  pre?: number;
  post?: number;
}

/** Running aggregate of one set of pairs. */
export interface Tally {
  acc: PairedAccumulator;
  missing: number;
  /** post − pre of each complete pair, for the histogram (no names). */
  differences: number[];
}

/** Running aggregate of one group × subject × period ('' when the export has no period column). */
export interface Cell extends Tally {
  group: string;
  subject: string;
  period: string;
  /** The rows' year (leerjaar) when they all agree, null when they differ, undefined when none. */
  year?: string | null;
  pupils: PupilLine[];
  /** pupilKey of each pupil with an id, to count the distinct pupils of the groups that are shown. */
  pupilKeys: number[];
  /** For a combination group's per-year cell ("5/6 (jaargroep 5)"): the whole group, whose cell the school total counts. */
  yearGroupOf?: string;
}

export interface CellResult {
  cell: Cell;
  stats: ImpactStats | undefined;
  suppressed: boolean;
  /** The hinge this cell is compared with (dashboard.json per subject/year, else the default). */
  hinge: number;
}

/** One group × subject: its periods in period order; the latest is the headline. */
export interface GroupSubject {
  group: string;
  subject: string;
  periods: CellResult[];
  latest: CellResult;
}

/**
 * One period of a whole-school subject: the pairs of its groups that are shown. A suppressed
 * group's pupils are left out, else "school minus the shown groups" would give its numbers.
 */
interface SubjectPoint {
  period: string;
  acc: PairedAccumulator;
  stats: ImpactStats | undefined;
}

// Gains in pooled-SD units: bins of 0.25 from −0.5 to 2, open-ended below and above.
const BIN_MIN = -0.5;
const BIN_MAX = 2;
const BIN_WIDTH = 0.25;

/**
 * Above this many group × subject series with several periods, the periods are a table only, not
 * one plot per series: thousands of plots help no reader and make the file slow (a board's export).
 */
export const MAX_ROW_DIALS = 400;

export { pupilKey } from '../../components/core/pupil-key.js';

/** Rows of a cell that lack one score: pre-only and post-only counts, and where the first post-only row is. */
interface Incomplete {
  preOnly: number;
  postOnly: number;
  file: string;
  line: number;
}

/** A flat copy of a string, so a group or subject name does not keep the file's text alive. */
const own = (text: string): string => text.split('').join('');

/** A cell's year (leerjaar, jaargroep): kept while its rows agree, null once they differ. */
function noteYear(cell: Cell, year: string | undefined): void {
  if (!year) return;
  if (cell.year === undefined) cell.year = own(year);
  else if (cell.year !== null && cell.year !== year) cell.year = null;
}

const collator = new Intl.Collator('nl', { numeric: true });
const byText = (a: string, b: string) => collator.compare(a, b);

/**
 * Period labels in order: those listed in dashboard.json's `periods` first, in that order, then
 * periods paired from sittings in time order (`times`: label → sort key), then the rest by label
 * with numbers by value ("P2" before "P10", "2025-09" before "2026-01").
 */
export function periodOrder(labels: Iterable<string>, configured: readonly string[] = [], times: ReadonlyMap<string, number> = new Map()): string[] {
  const index = new Map(configured.map((label, i) => [label.trim().toLowerCase(), i]));
  const rank = (label: string) => index.get(label.trim().toLowerCase()) ?? Infinity;
  const time = (label: string) => times.get(label) ?? Infinity;
  return [...new Set(labels)].sort((a, b) => (rank(a) - rank(b)) || (time(a) - time(b)) || byText(a, b));
}

/**
 * A period shorter than this many months is "much shorter than a school year": Hattie's hinge is
 * growth over a school year, so such a period gets a reading note (M → E is about five months).
 */
export const SHORT_PERIOD_MONTHS = 9;

export class PupilSection implements Section {
  readonly id = 'pupils';
  readonly accepted = `${PUPIL_REQUIRED.map((field) => HEADER_ALIASES[field][0]).join(';')} (en: ${PUPIL_REQUIRED.map((field) => HEADER_ALIASES[field][1]).join(',')})`;
  readonly cells: Cell[] = [];
  /** group → subject → period → cell; lookups are cheaper than building a key string per row. */
  private readonly groups = new Map<string, Map<string, Map<string, Cell>>>();
  /** subject → its periods (the whole-school pairs are merged from shown groups at result time). */
  private readonly subjects = new Map<string, Set<string>>();
  /**
   * Row key (pupil, group, subject, period) as a hash → where it was first seen, across files and
   * years. Needed only while files are read: finish() lets it go (32 MiB for a million rows).
   */
  private seen = new RowKeys();
  /** Files read so far, for the place a duplicate was first seen. */
  private readonly files: string[] = [];
  private cached?: { size: number; rows: GroupSubject[] };
  private schoolCache?: { size: number; school: Map<string, Map<string, PairedAccumulator>> };
  private readonly incomplete = new Map<Cell, Incomplete>();
  /** Long-format exports (one row per sitting): collected over every file, paired in finish(). */
  private readonly sittings: SittingCollector;
  private readonly sittingFiles: Array<{ file: string; stats: SittingFileStats }> = [];
  /** Period label → time-order key, for periods paired from sittings. */
  private readonly periodTimes = new Map<string, number>();
  /** Period label → summed length in months and how many pairs had one. */
  private readonly periodMonths = new Map<string, { sum: number; n: number }>();

  constructor(
    private readonly settings: Settings,
    private readonly problems: Problems,
  ) {
    this.sittings = new SittingCollector(settings.keepPupils);
  }

  matchesHeaders(headers: readonly string[]): boolean {
    return this.mapped(headers) !== undefined || isPupilTable(headers) || isSittingTable(headers);
  }

  /** The columns of a wide overview under dashboard.json's column map, when it has one and these headers fit it. */
  private mapped(headers: readonly string[]): MappedColumns | undefined {
    return this.settings.columns === undefined ? undefined : mapHeaders(headers, this.settings.columns);
  }

  matchesJson(): boolean {
    return false;
  }

  readJson(): number {
    return 0;
  }

  hasData(): boolean {
    return this.cells.length > 0;
  }

  /** The cell of a group × subject × period, made on first sight. */
  private cellOf(group: string, subject: string, period: string): Cell {
    let subjects = this.groups.get(group);
    if (!subjects) this.groups.set(own(group), (subjects = new Map()));
    let periods = subjects.get(subject);
    if (!periods) subjects.set(own(subject), (periods = new Map()));
    let cell = periods.get(period);
    if (!cell) {
      cell = { group: own(group), subject: own(subject), period: own(period), acc: new PairedAccumulator(), missing: 0, differences: [], pupils: [], pupilKeys: [] };
      let periodsOfSubject = this.subjects.get(cell.subject);
      if (!periodsOfSubject) this.subjects.set(cell.subject, (periodsOfSubject = new Set()));
      periodsOfSubject.add(cell.period);
      periods.set(cell.period, cell);
      this.cells.push(cell);
    }
    return cell;
  }

  /**
   * The whole-school pairs of every subject and period: the merged accumulators of the groups that
   * are shown. Computed once all files are read, since suppression depends on a group's final size.
   */
  private schoolAccs(): Map<string, Map<string, PairedAccumulator>> {
    if (this.schoolCache?.size === this.cells.length) return this.schoolCache.school;
    const school = new Map<string, Map<string, PairedAccumulator>>();
    for (const [subject, periods] of this.subjects) school.set(subject, new Map([...periods].map((period) => [period, new PairedAccumulator()])));
    for (const row of this.rows()) {
      for (const { cell, suppressed } of row.periods) if (!suppressed && cell.yearGroupOf === undefined) school.get(cell.subject)!.get(cell.period)!.merge(cell.acc);
    }
    this.schoolCache = { size: this.cells.length, school };
    return school;
  }

  beginCsv(headers: readonly string[], file: string): (row: CsvRow) => void {
    const { errors } = this.problems;
    const mapped = this.mapped(headers);
    if (mapped) return this.beginMapped(headers, mapped, file);
    if (!isPupilTable(headers)) {
      // One row per sitting: kept (hashed, in typed arrays) until every file is read, then paired in finish().
      const long = this.sittings.begin(headers, file)!;
      this.sittingFiles.push({ file, stats: long.stats });
      return (row) => {
        try {
          long.read(row);
        } catch (error) {
          errors.push(error as LzmDataError);
        }
      };
    }
    // One reused score object per file (pupilRowReader with reuse): the hot path of a million-row export.
    // Everything kept from it is copied (own(), numbers), never the object itself.
    const read = pupilRowReader(headers, file, { reuse: true });
    const columns = mapColumns(headers, PUPIL_REQUIRED, [], file);
    const { seen, files } = this;
    const fileIndex = files.push(file) - 1;
    let last: Cell | undefined;
    return (row) => {
      let score;
      try {
        score = read(row);
      } catch (error) {
        errors.push(error as LzmDataError);
        return;
      }
      // Without a pupil id a row cannot be checked against the others: the same pupils twice would
      // be counted as twice the pupils, and a small group published as a big one.
      if (!score.pupil || !score.group || !score.subject) {
        const field = !score.pupil ? 'pupil' : score.group ? 'subject' : 'group';
        errors.push(new LzmDataError('gen.error.emptyCell', { column: HEADER_ALIASES[field][0] }, {
          file, line: row.line, column: columns[field] + 1,
        }));
        return;
      }
      const period = score.period ?? '';
      // Exports are usually sorted by group: the previous row's cell is the likeliest match.
      const cell = last !== undefined && last.group === score.group && last.subject === score.subject && last.period === period
        ? last
        : (last = this.cellOf(score.group, score.subject, period));
      noteYear(cell, score.year);
      // Not the year: the same pupils under two leerjaar values (or the same file saved twice) are
      // counted twice otherwise, and a group of 3 is published as n = 6.
      const key = pupilKey(score.pupil, score.group, score.subject, score.period ?? '');
      const first = seen.firstSeen(key, fileIndex, row.line);
      if (first !== undefined) {
        const where = { file, line: row.line, column: columns.pupil + 1 };
        errors.push(first.file === fileIndex
          ? duplicatePupil(score, first.line, where)
          : new LzmDataError('gen.error.duplicatePupilFile', { pupil: score.pupil, group: score.group, subject: score.subject, file: files[first.file], first: String(first.line) }, where));
        return;
      }
      this.addPair(cell, score.pupil, pupilKey(score.pupil), score.pre, score.post, file, row.line);
    };
  }

  /**
   * A wide overview read through dashboard.json's column map (a ParnasSys "dynamisch overzicht"):
   * every row gives one pair per mapped subject. Scores are read as in a long export (absent marks
   * are missing, a level is an error); summary rows ("Gemiddelde") are skipped and noted.
   */
  private beginMapped(headers: readonly string[], columns: MappedColumns, file: string): (row: CsvRow) => void {
    const { errors } = this.problems;
    const stats: SittingFileStats = { summaryRows: 0, firstSummaryLine: 0, absent: 0, ignored: [] };
    const used = new Set([columns.pupil, columns.group, columns.year, ...columns.subjects.flatMap(({ pre, post }) => [pre, post])]);
    stats.ignored = headers.filter((header, index) => !used.has(index) && header.trim() !== '');
    this.sittingFiles.push({ file, stats });
    const { seen, files } = this;
    const fileIndex = files.push(file) - 1;
    const cell = (values: string[], index: number | undefined) => (index === undefined ? '' : (values[index] ?? '').trim());
    return ({ line, values }) => {
      const pupil = cell(values, columns.pupil);
      const group = groupName(cell(values, columns.group));
      if (isSummaryCell(cell(values, 0)) || isSummaryCell(pupil) || isSummaryCell(group)) {
        if (stats.summaryRows++ === 0) stats.firstSummaryLine = line;
        return;
      }
      for (const [text, index] of [[pupil, columns.pupil], [group, columns.group]] as const) {
        if (text === '') {
          errors.push(new LzmDataError('gen.error.emptyCell', { column: headers[index] }, { file, line, column: index + 1 }));
          return;
        }
      }
      const year = cell(values, columns.year) || undefined;
      const key = pupilKey(pupil);
      for (const { subject, pre, post, period } of columns.subjects) {
        let scores: Array<number | undefined>;
        try {
          scores = [pre, post].map((index) => {
            const value = sittingScore(cell(values, index), file, line, index + 1);
            if (value === null) stats.absent++;
            return value ?? undefined;
          });
        } catch (error) {
          errors.push(error as LzmDataError);
          continue;
        }
        const first = seen.firstSeen(pupilKey(pupil, group, subject, period), fileIndex, line);
        if (first !== undefined) {
          const where = { file, line, column: columns.pupil + 1 };
          errors.push(first.file === fileIndex
            ? duplicatePupil({ line, pupil, group, subject }, first.line, where)
            : new LzmDataError('gen.error.duplicatePupilFile', { pupil, group, subject, file: files[first.file], first: String(first.line) }, where));
          continue;
        }
        const target = this.cellOf(group, subject, period);
        noteYear(target, year);
        this.addPair(target, pupil, key, scores[0], scores[1], file, line);
      }
    };
  }

  /**
   * One pupil's pair of scores into its cell: the one path for a wide row and for two paired sittings.
   * A pair that lacks a score is counted as missing (and remembered for the "no pairs" check).
   * `key` is the pupil's hash: groups are counted by distinct pupils.
   */
  private addPair(cell: Cell, pupil: string, key: number, pre: number | undefined, post: number | undefined, file: string, line: number): void {
    cell.pupilKeys.push(key);
    if (this.settings.keepPupils) cell.pupils.push({ pupil, subject: cell.period ? `${cell.subject} · ${cell.period}` : cell.subject, pre, post });
    if (pre === undefined || post === undefined) {
      cell.missing++;
      if (pre !== undefined || post !== undefined) {
        let counts = this.incomplete.get(cell);
        if (!counts) this.incomplete.set(cell, (counts = { preOnly: 0, postOnly: 0, file, line: 0 }));
        if (pre !== undefined) counts.preOnly++;
        else if (counts.postOnly++ === 0) counts.line = line;
      }
      return;
    }
    cell.acc.add(pre, post);
    cell.differences.push(post - pre);
  }

  /** Pairs the sittings of every long-format file (periods may span files and school years) and adds them. */
  finish(): void {
    this.seen = new RowKeys();
    if (this.sittings.size > 0) for (const error of this.sittings.pair((pair) => this.addSittingPair(pair))) this.problems.errors.push(error);
    const { lang } = this.settings;
    for (const { file, stats } of this.sittingFiles) {
      const note = (text: string) => this.problems.warnings.push({ text, publish: false });
      if (stats.ignored.length) note(st(lang, 'sitting.ignored', { file, columns: stats.ignored.join(', ') }));
      if (stats.summaryRows) note(st(lang, 'sitting.summaryRows', { file, count: String(stats.summaryRows), line: String(stats.firstSummaryLine) }));
      if (stats.absent) note(st(lang, 'sitting.absent', { file, count: String(stats.absent) }));
    }
  }

  /** A paired period of one pupil: into its group's cell and, for a combination group, its year group's cell too. */
  private addSittingPair(pair: SittingPair): void {
    const { group, subject, period } = pair;
    const time = this.periodTimes.get(period);
    if (time === undefined || pair.rank < time) this.periodTimes.set(period, pair.rank);
    if (pair.months !== undefined) {
      let length = this.periodMonths.get(period);
      if (!length) this.periodMonths.set(period, (length = { sum: 0, n: 0 }));
      length.sum += pair.months;
      length.n++;
    }
    const cell = this.cellOf(group, subject, period);
    noteYear(cell, pair.year);
    this.addPair(cell, pair.pupil, pair.pupilKey, pair.pre, pair.post, pair.file, pair.line);
    const yearGroup = pair.year === undefined ? undefined : yearGroupOf(pair.year);
    if (yearGroup === undefined || !isCombinationGroup(group)) return;
    const part = this.cellOf(ht(this.settings.lang, 'honest.yearGroup', { group, year: String(yearGroup) }), subject, period);
    noteYear(part, pair.year);
    // The school total has these pupils already, in the whole combination group's cell.
    part.yearGroupOf = group;
    this.addPair(part, pair.pupil, pair.pupilKey, pair.pre, pair.post, pair.file, pair.line);
  }

  /** Each period's mean length in months (from the pairs' dates or moments), in period order. */
  periodLengths(): Array<{ period: string; months: number }> {
    return periodOrder(this.periodMonths.keys(), this.settings.periods, this.periodTimes)
      .map((period) => ({ period, months: this.periodMonths.get(period)!.sum / this.periodMonths.get(period)!.n }));
  }

  /** The school years the sittings cover ("2024-2025"), in order. */
  schoolYears(): string[] {
    return [...this.sittings.schoolYears].sort((a, b) => a - b).map(schoolYearText);
  }

  /** The hinge of a subject (in a year): dashboard.json's own norm, else the default. */
  private hingeOf(subject: string, year?: string | null): number {
    return hingeFor(this.settings.hinges, this.settings.hinge, subject, year ?? undefined);
  }

  private resultOf(cell: Cell): CellResult {
    return { cell, stats: summarizePairs(cell.acc), suppressed: cell.acc.n < this.settings.minGroup, hinge: this.hingeOf(cell.subject, cell.year) };
  }

  /** Every group × subject with its periods in order, sorted by group then subject. */
  rows(): GroupSubject[] {
    if (this.cached?.size === this.cells.length) return this.cached.rows;
    const rows: GroupSubject[] = [];
    for (const [group, subjects] of this.groups) {
      for (const [subject, periods] of subjects) {
        const order = periodOrder(periods.keys(), this.settings.periods, this.periodTimes);
        const results = order.map((period) => this.resultOf(periods.get(period)!));
        rows.push({ group, subject, periods: results, latest: results[results.length - 1] });
      }
    }
    rows.sort((a, b) => byText(a.group, b.group) || byText(a.subject, b.subject));
    this.cached = { size: this.cells.length, rows };
    return rows;
  }

  /** The headline of every group × subject (its latest period), sorted by group then subject. */
  results(): CellResult[] {
    return this.rows().map((row) => row.latest);
  }

  /** Counts for the page header; the pupils are those of the groups that are shown. */
  summary(): PupilSummary {
    const hidden = this.results().filter((result) => result.suppressed).length;
    const pupils = new KeySet();
    for (const row of this.rows()) {
      for (const { cell, suppressed } of row.periods) if (!suppressed) for (const key of cell.pupilKeys) pupils.add(key);
    }
    return { pupils: pupils.size, groups: this.groups.size, hidden };
  }

  /** Warnings about pupils left out; those about hidden groups stay off the page. */
  collectWarnings(): void {
    const { lang, minGroup } = this.settings;
    this.warnUnknownHingeSubjects();
    for (const { periods } of this.rows()) {
      for (const { cell } of periods) {
        if (cell.missing === 0) continue;
        const counts = this.incomplete.get(cell);
        if (cell.acc.n === 0 && counts && counts.preOnly > 0 && counts.postOnly > 0) {
          this.problems.errors.push(noPairs(cell.group, cell.subject, counts.preOnly, counts.postOnly, { file: counts.file, line: counts.line, column: 1 }));
          continue;
        }
        const subject = cell.period ? `${cell.subject}, ${ht(lang, 'honest.period', { period: cell.period })}` : cell.subject;
        this.problems.warnings.push({
          text: t(lang, cell.missing === 1 ? 'gen.warn.missingOne' : 'gen.warn.missing', { count: String(cell.missing), group: cell.group, subject }),
          publish: cell.acc.n >= minGroup,
        });
      }
    }
  }

  /** A hinge for a subject the data does not have is most likely a typo: say so (not on the page). */
  private warnUnknownHingeSubjects(): void {
    const entries = this.settings.hinges?.entries ?? [];
    const known = new Set([...this.subjects.keys()].map(hingeKey));
    for (const subject of new Set(entries.flatMap((entry) => (entry.subject === undefined ? [] : [entry.subject])))) {
      if (known.has(hingeKey(subject))) continue;
      this.problems.warnings.push({
        text: ht(this.settings.lang, 'honest.unknownHingeSubject', { subject, known: [...this.subjects.keys()].sort(byText).join(', ') }),
        publish: false,
      });
    }
  }

  /** Histogram of per-pupil gains in pooled-SD units for one subject, shown groups only. */
  gainBins(results: CellResult[], subject: string): { bins: HistogramBin[]; total: number; noGrowth: number } {
    const gains: number[] = [];
    for (const { cell, stats, suppressed } of results) {
      if (suppressed || !stats || cell.subject !== subject) continue;
      for (const difference of cell.differences) gains.push(difference / stats.pooledSd);
    }
    return {
      bins: histogram(gains, BIN_MIN, BIN_MAX, BIN_WIDTH, { zeroBin: true }),
      total: gains.length,
      noGrowth: gains.filter((gain) => gain <= 0).length,
    };
  }

  /** Whole-school points of a subject (its shown groups), in period order. */
  private subjectPoints(subject: string): SubjectPoint[] {
    const periods = this.schoolAccs().get(subject)!;
    return periodOrder(periods.keys(), this.settings.periods, this.periodTimes).map((period) => {
      const acc = periods.get(period)!;
      return { period, acc, stats: summarizePairs(acc) };
    });
  }

  async render(intro: string | undefined): Promise<RenderedSection> {
    const { lang, minGroup } = this.settings;
    const rows = this.rows();
    const ownHinges = (this.settings.hinges?.entries.length ?? 0) > 0;
    const periodic = rows.some((row) => row.periods.length > 1);
    const data: Record<string, unknown> = {};
    const subjects = [...this.subjects.keys()].sort(byText);

    // The whole picture first: per subject the school's barometer, every group's latest d, what to look at.
    // One dial and one table row per subject: small, drawn now; the grid streams by group.
    const dials: string[] = [];
    const subjectRows: string[] = [];
    const subjectColumns = [
      t(lang, 'col.subject'), ...(periodic ? [ht(lang, 'col.period')] : []), t(lang, 'col.n'), t(lang, 'col.d'), t(lang, 'col.g'), t(lang, 'col.ci'),
      ht(lang, 'col.dz'), ht(lang, 'col.r'), ...(ownHinges ? [ht(lang, 'col.hinge')] : []), t(lang, 'col.zone'), pt(lang, 'notes.col'),
    ];
    const subjectNotes = new Set<ReadingNote>();
    for (const [index, subject] of subjects.entries()) {
      const points = this.subjectPoints(subject);
      const { period, acc, stats } = points[points.length - 1];
      const subjectHinge = this.hingeOf(subject);
      const head = `<th scope="row">${escapeHtml(subject)}</th>${periodic ? `<td>${escapeHtml(period)}</td>` : ''}`;
      if (acc.n < minGroup || !stats) {
        subjectRows.push(`<tr>${head}<td colspan="${subjectColumns.length - (periodic ? 2 : 1)}">${escapeHtml(acc.n < minGroup ? t(lang, 'pupils.small', { min: String(minGroup) }) : t(lang, 'pupils.notComputable'))}</td></tr>`);
        continue;
      }
      const label = periodic && period ? `${subject} · ${period}` : subject;
      dials.push(await drawElement(data, 'lzm-barometer', `pupils-subject-${index}`, { lang, hinge: subjectHinge }, barometerData(label, stats)));
      for (const note of this.notesOf(stats, subjectHinge)) subjectNotes.add(note);
      subjectRows.push(`<tr${stats.d < subjectHinge ? ' class="under"' : ''}>${head}<td>${stats.n}</td><td>${num(stats.d, lang)}</td><td>${num(stats.g, lang)}</td><td>${ci(stats.ciLow, stats.ciHigh, lang)}</td>${this.dzR(stats)}${ownHinges ? `<td>${num(subjectHinge, lang)}</td>` : ''}<td>${escapeHtml(zoneText(stats.d, subjectHinge, lang))}</td>${this.notesCell(stats, subjectHinge)}</tr>`);
    }
    const overview: Html = [
      `<h3>${escapeHtml(t(lang, 'pupils.bySubject', { min: String(minGroup) }))}</h3>\n${dials.length ? `<div class="dials">${dials.join('')}</div>` : ''}\n<div class="pair"><div>`,
      this.overviewGrid(rows, subjects, ownHinges),
      `</div>${this.lookFirst(rows, ownHinges)}</div>`,
    ];
    const bySubject = t(lang, 'pupils.bySubject', { min: String(minGroup) });
    const subjectTable = folded(bySubject, this.notesLegend(subjectNotes) + scrollBox(bySubject, `<table class="subjects"><caption>${escapeHtml(bySubject)}</caption><thead>${headerRow(subjectColumns)}</thead><tbody>${subjectRows.join('')}</tbody></table>`, lang), lang);
    return { id: this.id, title: t(lang, 'pupils.title'), html: this.body({ intro, rows, subjects, subjectTable, ownHinges, periodic, data }), overview, data };
  }

  /**
   * The section after its overview, part by part as the page is written: a board's plots, its
   * full table and its periods are each made, written and dropped in turn.
   */
  private async *body({ intro, rows, subjects, subjectTable, ownHinges, periodic, data }: {
    intro: string | undefined; rows: GroupSubject[]; subjects: string[]; subjectTable: string; ownHinges: boolean; periodic: boolean; data: Record<string, unknown>;
  }): AsyncGenerator<Html> {
    const { lang, hinge, minGroup } = this.settings;
    const results = rows.map((row) => row.latest);
    yield intro === undefined
      ? `<p>${escapeHtml(t(lang, 'pupils.intro', { hinge: num(hinge, lang) }))}</p>`
      : `<p${langAttr(this.settings.textLang ?? lang, lang)}>${escapeHtml(intro)}</p>`;
    yield `\n${this.legend(periodic)}`;

    // Per subject one row per group: the latest d with its CI, on one scale (the plot names itself).
    yield `\n<h3>${escapeHtml(t(lang, 'pupils.byGroup'))}</h3>`;
    for (const [index, subject] of subjects.entries()) {
      const shown = rows.filter((row) => row.subject === subject && !row.latest.suppressed && row.latest.stats);
      if (shown.length === 0) continue;
      const label = pt(lang, 'pupils.plotBySubject', { subject });
      yield `\n${await drawElement(data, 'lzm-effect-plot', `pupils-plot-${index}`, { lang, hinge: this.hingeOf(subject), sort: 'value', label, 'name-label': t(lang, 'col.group'), items: ht(lang, 'plot.groups') },
        plotData(shown.map(({ group, latest }) => ({ ...latest.stats!, name: group }))))}`;
    }
    yield `\n${subjectTable}`;

    const groupColumns = [
      t(lang, 'col.group'), t(lang, 'col.subject'), ...(periodic ? [ht(lang, 'col.period')] : []), t(lang, 'col.n'), t(lang, 'col.missing'), t(lang, 'col.pre'), t(lang, 'col.post'),
      t(lang, 'col.d'), t(lang, 'col.g'), t(lang, 'col.ci'), ht(lang, 'col.dz'), ht(lang, 'col.r'), ...(ownHinges ? [ht(lang, 'col.hinge')] : []), pt(lang, 'notes.col'),
    ];
    const lead = periodic ? 3 : 2;
    // The notes legend comes before the rows it explains: their notes first, then the rows one by one.
    const groupNotes = new Set(results.flatMap(({ stats, suppressed, hinge: rowHinge }) => (suppressed || !stats ? [] : this.notesOf(stats, rowHinge))));
    const groupRows = eachOf(results, ({ cell, stats, suppressed, hinge: rowHinge }) => {
      const head = `<th scope="row">${escapeHtml(cell.group)}</th><td>${escapeHtml(cell.subject)}</td>${periodic ? `<td>${escapeHtml(cell.period)}</td>` : ''}`;
      if (suppressed) return `<tr class="small">${head}<td colspan="${groupColumns.length - lead}">${escapeHtml(t(lang, 'pupils.small', { min: String(minGroup) }))}</td></tr>`;
      if (!stats) return `<tr>${head}<td>${cell.acc.n}</td><td>${cell.missing}</td><td colspan="${groupColumns.length - lead - 2}">${escapeHtml(t(lang, 'pupils.notComputable'))}</td></tr>`;
      const flag = stats.d < rowHinge ? ' class="under"' : '';
      return `<tr${flag}>${head}<td>${stats.n}</td><td>${cell.missing}</td><td>${num(stats.meanPre, lang, 1)}</td><td>${num(stats.meanPost, lang, 1)}</td><td>${num(stats.d, lang)}</td><td>${num(stats.g, lang)}</td><td>${ci(stats.ciLow, stats.ciHigh, lang)}</td>${this.dzR(stats)}${ownHinges ? `<td>${num(rowHinge, lang)}</td>` : ''}${this.notesCell(stats, rowHinge)}</tr>`;
    });
    yield '\n';
    yield folded(t(lang, 'pupils.byGroup'), [this.notesLegend(groupNotes), scrollBox(t(lang, 'pupils.byGroup'), [`<table class="groups"><caption>${escapeHtml(t(lang, 'pupils.byGroup'))}</caption><thead>${headerRow(groupColumns)}</thead><tbody>`, groupRows, '</tbody></table>'], lang)], lang);

    if (periodic) {
      yield '\n';
      yield this.renderPeriods(rows, data, ownHinges);
    }

    const shown = results.filter(({ stats, suppressed }) => stats && !suppressed);
    const histograms: string[] = [];
    for (const subject of subjects) {
      const { bins, total, noGrowth } = this.gainBins(shown.filter(({ cell }) => cell.subject === subject), subject);
      if (total === 0) continue;
      const title = t(lang, 'pupils.histogram', { subject });
      histograms.push(`<figure class="figure"><figcaption><strong>${escapeHtml(title)}</strong></figcaption>${histogramSvg(bins, t(lang, 'pupils.histogramLabel', { subject, total: String(total), noGrowth: String(noGrowth) }), lang)}${folded(title, scrollBox(title, `<table class="bins"><caption>${escapeHtml(title)}</caption><thead>${headerRow([
        t(lang, 'pupils.bin'), t(lang, 'pupils.count'),
      ])}</thead><tbody>${bins.map((bin) => `<tr><th scope="row">${escapeHtml(binLabel(bin, lang))}</th><td>${bin.count}</td></tr>`).join('')}</tbody></table>`, lang), lang)}</figure>`);
    }
    if (histograms.length) {
      yield `\n<h3>${escapeHtml(pt(lang, 'pupils.histograms'))}</h3><p>${escapeHtml(t(lang, 'pupils.histogramIntro', { min: String(minGroup) }))}</p><div class="figures">${histograms.join('')}</div>`;
    }
  }

  /**
   * Every group's latest d per subject in one grid: value, zone by colour and shape, * where the
   * number needs care (small group, CI over the hinge), the hinge where the school has its own;
   * hidden cells say so.
   */
  private overviewGrid(rows: GroupSubject[], subjects: string[], ownHinges: boolean): Html {
    const { lang, minGroup, hinge } = this.settings;
    const byGroup = new Map<string, Map<string, CellResult>>();
    for (const row of rows) {
      let cells = byGroup.get(row.group);
      if (!cells) byGroup.set(row.group, (cells = new Map()));
      cells.set(row.subject, row.latest);
    }
    // A subject whose groups all end in the same period says it once, in its column head.
    const latestPeriods = new Map<string, Set<string>>();
    for (const row of rows) {
      let periods = latestPeriods.get(row.subject);
      if (!periods) latestPeriods.set(row.subject, (periods = new Set()));
      periods.add(row.latest.cell.period);
    }
    const periodOf = (subject: string) => {
      const periods = latestPeriods.get(subject)!;
      return periods.size === 1 ? [...periods][0] : undefined;
    };
    const heads = subjects.map((subject) => {
      const period = periodOf(subject);
      return `<th scope="col">${escapeHtml(subject)}${period ? `<small>${escapeHtml(period)}</small>` : ''}</th>`;
    });
    const cellOf = (result: CellResult | undefined, subject: string) => {
      if (!result) return `<td>${escapeHtml(pt(lang, 'overview.none'))}</td>`;
      const { stats, suppressed, cell } = result;
      if (suppressed) return `<td class="hidden">${escapeHtml(pt(lang, 'overview.hidden'))}<span class="vh">: ${escapeHtml(pt(lang, 'overview.hiddenLong', { min: String(minGroup) }))}</span></td>`;
      if (!stats) return `<td>${escapeHtml(t(lang, 'pupils.notComputable'))}</td>`;
      const zone = zoneOf(stats.d, result.hinge);
      const careful = readingNotes({ ...stats, hinge: result.hinge }).some((note) => note === 'smallGroup' || note === 'ciCrossesHinge');
      const period = periodOf(subject) === undefined && cell.period ? `<small>${escapeHtml(cell.period)}</small>` : '';
      return `<td>${zoneMark(zone)}${num(stats.d, lang)}${careful ? `<span aria-hidden="true">*</span>` : ''}<span class="vh">, ${escapeHtml(zoneName(zone, lang))}${careful ? `, ${escapeHtml(pt(lang, 'overview.careful'))}` : ''}</span>${ownHinges ? `<small>${escapeHtml(pt(lang, 'overview.hingeShort', { hinge: num(result.hinge, lang) }))}</small>` : ''}${period}</td>`;
    };
    // A board has thousands of groups: the rows are made as the page is written.
    const body = eachOf([...byGroup.keys()].sort(byText), (group) => {
      const cells = byGroup.get(group)!;
      return `<tr><th scope="row">${escapeHtml(group)}</th>${subjects.map((subject) => cellOf(cells.get(subject), subject)).join('')}</tr>`;
    });
    const title = pt(lang, 'overview.grid');
    const key = `<ul class="zone-key" aria-label="${escapeHtml(pt(lang, 'overview.zones'))}">${ZONES.map((zone) => `<li>${zoneMark(zone)}${escapeHtml(zoneName(zone, lang))}</li>`).join('')}</ul>`;
    const intro = `${pt(lang, 'overview.gridIntro', { small: String(SMALL_GROUP) })} ${ownHinges ? pt(lang, 'overview.hingeCell') : pt(lang, 'overview.hingeOnce', { hinge: num(hinge, lang) })}`;
    return [
      `<h3>${escapeHtml(title)}</h3><p class="hint">${escapeHtml(intro)}</p>${key}`,
      scrollBox(title, [`<table class="overview"><thead><tr><th scope="col">${escapeHtml(t(lang, 'col.group'))}</th>${heads.join('')}</tr></thead><tbody>`, body, '</tbody></table>'], lang),
    ];
  }

  /** d_z and r cells; d_z is "—" when every pupil gained exactly the same (no spread of gains). */
  private dzR(stats: ImpactStats): string {
    const { lang } = this.settings;
    return `<td>${Number.isFinite(stats.dz) ? num(stats.dz, lang) : '—'}</td><td>${num(stats.r, lang)}</td>`;
  }

  /** A table row's reading notes: the table says once, above it, what each means (notesLegend). */
  private notesOf(stats: ImpactStats, hinge: number): ReadingNote[] {
    return readingNotes({ ...stats, hinge, paired: false });
  }

  /** A row's notes in a few words ("kleine groep"), instead of a sentence under every row. */
  private notesCell(stats: ImpactStats, hinge: number): string {
    const notes = this.notesOf(stats, hinge);
    return `<td>${notes.length ? `<ul class="notes">${notes.map((note) => `<li>${escapeHtml(ht(this.settings.lang, `honest.short.${note}`))}</li>`).join('')}</ul>` : ''}</td>`;
  }

  /** What each short note of a table means, once per table, in the order the rules read them. */
  private notesLegend(seen: Set<ReadingNote>): string {
    const { lang } = this.settings;
    if (seen.size === 0) return '';
    const order: ReadingNote[] = ['equalGains', 'ciCrossesHinge', 'smallGroup', 'lowCorrelation', 'spreadDiffers', 'ceiling'];
    const clauses = readingClauses(lang);
    const items = order.filter((note) => seen.has(note)).map((note) => `<li>“${escapeHtml(ht(lang, `honest.short.${note}`))}”: ${escapeHtml(pt(lang, `notes.about.${note}` as PageMessageKey, clauses))}</li>`);
    return `<div class="reading-legend"><p>${escapeHtml(pt(lang, 'notes.once'))}</p><ul class="notes">${items.join('')}</ul></div>`;
  }

  /** The section's legend: the hinge(s) used, what the columns mean, growth-not-cause once. */
  private legend(periodic: boolean): string {
    const { lang, hinge, hinges } = this.settings;
    const entries = hinges?.entries ?? [];
    const list = entries.map((entry) => {
      const value = num(entry.hinge, lang);
      if (entry.subject !== undefined && entry.year !== undefined) return ht(lang, 'honest.hingeSubjectYear', { subject: entry.subject, year: entry.year, hinge: value });
      if (entry.year !== undefined) return ht(lang, 'honest.hingeYear', { year: entry.year, hinge: value });
      return `${entry.subject} ${value}`;
    });
    const lines = [
      entries.length ? ht(lang, 'honest.hingeOwn', { hinge: num(hinge, lang), list: list.join('; ') }) : ht(lang, 'honest.hinge', { hinge: num(hinge, lang) }),
      ht(lang, 'honest.columns'),
      translate(lang, 'reading.growthNotCause'),
      ...(periodic ? [ht(lang, 'honest.latest')] : []),
      ...this.periodFacts(),
    ];
    return `<div class="reading-legend">${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</div>`;
  }

  /** The legend's lines on the sittings' periods: their lengths, a warning for short ones, the school years. */
  private periodFacts(): string[] {
    const { lang, hinge } = this.settings;
    const lengths = this.periodLengths();
    const years = this.schoolYears();
    return [
      ...(lengths.length ? [ht(lang, 'honest.periodLengths', { list: lengths.map(({ period, months }) => ht(lang, 'honest.months', { period, months: num(months, lang, 0) })).join('; ') })] : []),
      ...(lengths.some(({ months }) => months < SHORT_PERIOD_MONTHS) ? [ht(lang, 'honest.shortPeriods', { hinge: num(hinge, lang) })] : []),
      ...(years.length ? [ht(lang, 'honest.schoolYears', { list: years.join(', ') })] : []),
    ];
  }

  /** "Look here first": headline rows under their own hinge, lowest first, with n, CI, d_z, r and short notes (explained once). */
  private lookFirst(rows: GroupSubject[], ownHinges: boolean): string {
    const { lang, hinge } = this.settings;
    const results = rows.map((row) => row.latest);
    const multiPeriod = new Set(rows.filter((row) => row.periods.length > 1).map((row) => row.latest));
    const under = results.filter(({ stats, suppressed, hinge: rowHinge }) => !suppressed && stats && stats.d < rowHinge)
      .sort((a, b) => a.stats!.d - b.stats!.d);
    const seen = new Set<ReadingNote>();
    const items = under.map((result) => {
      const { cell, stats, hinge: rowHinge } = result;
      const s = stats!;
      const details = [
        ...(multiPeriod.has(result) ? [ht(lang, 'honest.period', { period: cell.period })] : []),
        `n = ${s.n}`,
        ...(s.ciLow !== undefined ? [`${t(lang, 'col.ci')} ${ci(s.ciLow, s.ciHigh, lang)}`] : []),
        ...(Number.isFinite(s.dz) ? [`d_z = ${num(s.dz, lang)}`] : []),
        `r = ${num(s.r, lang)}`,
        ...(ownHinges ? [ht(lang, 'honest.hingeIs', { hinge: num(rowHinge, lang) })] : []),
      ].join('; ');
      const notes = this.notesOf(s, rowHinge);
      for (const note of notes) seen.add(note);
      const short = notes.map((note) => ht(lang, `honest.short.${note}`)).join(', ');
      return `<li>${escapeHtml(ht(lang, 'honest.lookItem', { name: `${cell.group} · ${cell.subject}`, d: num(s.d, lang), details }))}${short ? ` <em>${escapeHtml(short)}</em>` : ''}</li>`;
    });
    const introText = ownHinges ? ht(lang, 'honest.lookFirstOwn') : t(lang, 'pupils.lookFirstIntro', { hinge: num(hinge, lang) });
    return `<div class="look-first"><h3>${escapeHtml(t(lang, 'pupils.lookFirst'))}</h3>${items.length
      ? `<p>${escapeHtml(introText)}</p><ul>${items.join('')}</ul>${this.notesLegend(seen)}`
      : `<p>${escapeHtml(t(lang, 'pupils.noneUnder'))}</p>`}</div>`;
  }

  /**
   * Per group × subject (and the whole school per subject) with more than one period: its periods
   * in order as one effect plot, and the same numbers in a folded table. A period under min-group
   * shows no number.
   */
  private async *renderPeriods(rows: GroupSubject[], data: Record<string, unknown>, ownHinges: boolean): AsyncGenerator<Html> {
    const { lang, minGroup } = this.settings;
    const series: Array<{ group: string; subject: string; points: Array<{ period: string; n: number; missing?: number; stats?: ImpactStats; suppressed: boolean; hinge: number }> }> = [];
    for (const subject of [...this.subjects.keys()].sort(byText)) {
      const points = this.subjectPoints(subject);
      if (points.length < 2) continue;
      const subjectHinge = this.hingeOf(subject);
      series.push({
        group: ht(lang, 'honest.schoolWide', { min: String(minGroup) }),
        subject,
        points: points.map(({ period, acc, stats }) => ({ period, n: acc.n, stats, suppressed: acc.n < minGroup, hinge: subjectHinge })),
      });
    }
    for (const row of rows) {
      if (row.periods.length < 2) continue;
      series.push({
        group: row.group,
        subject: row.subject,
        points: row.periods.map(({ cell, stats, suppressed, hinge }) => ({ period: cell.period, n: cell.acc.n, missing: cell.missing, stats, suppressed, hinge })),
      });
    }
    const plots = series.length <= MAX_ROW_DIALS;
    const columns = [
      t(lang, 'col.group'), t(lang, 'col.subject'), ht(lang, 'col.period'), t(lang, 'col.n'), t(lang, 'col.missing'), t(lang, 'col.d'), t(lang, 'col.g'), t(lang, 'col.ci'),
      ht(lang, 'col.dz'), ht(lang, 'col.r'), ...(ownHinges ? [ht(lang, 'col.hinge')] : []), t(lang, 'col.zone'), pt(lang, 'notes.col'),
    ];
    yield `<h3>${escapeHtml(ht(lang, 'honest.periods'))}</h3>\n<p>${escapeHtml(ht(lang, 'honest.periodsIntro', { min: String(minGroup) }))}</p>\n`;
    if (plots && series.length > 0) {
      yield '<div class="figures period-rows">';
      for (const [index, { group, subject, points }] of series.entries()) {
        const name = `${group} · ${subject}`;
        const shown = points.filter(({ stats, suppressed }) => stats && !suppressed);
        const hidden = points.filter(({ stats, suppressed }) => !stats || suppressed)
          .map(({ period, suppressed }) => `${period}: ${suppressed ? t(lang, 'pupils.small', { min: String(minGroup) }) : t(lang, 'pupils.notComputable')}`);
        const plot = shown.length
          ? await drawElement(data, 'lzm-effect-plot', `pupils-period-${index}`, { lang, hinge: points[points.length - 1].hinge, sort: 'none', label: name, 'name-label': ht(lang, 'col.period'), items: ht(lang, 'plot.periods') },
            plotData(shown.map(({ period, stats }) => ({ ...stats!, name: period }))))
          : '';
        // The plot is named after its series; a series with every period hidden says so in words.
        yield `<div class="figure period-row" data-series="${escapeHtml(name)}">${plot || `<p><strong>${escapeHtml(name)}</strong></p>`}${hidden.length ? `<p class="hint">${escapeHtml(hidden.join('; '))}</p>` : ''}</div>`;
      }
      yield '</div>';
    }
    // The notes legend comes before the rows it explains: their notes first, then the rows one by one.
    const shownPoints = series.flatMap(({ points }) => points.filter(({ stats, suppressed }) => stats && !suppressed));
    const seen = new Set(shownPoints.flatMap(({ stats, hinge }) => this.notesOf(stats!, hinge)));
    const tableRows = eachOf(series, ({ group, subject, points }) => points.map(({ period, n, missing, stats, suppressed, hinge }) => {
      const head = `<th scope="row">${escapeHtml(group)}</th><td>${escapeHtml(subject)}</td><td>${escapeHtml(period)}</td>`;
      if (suppressed || !stats) {
        return `<tr class="small">${head}<td colspan="${columns.length - 3}">${escapeHtml(suppressed ? t(lang, 'pupils.small', { min: String(minGroup) }) : t(lang, 'pupils.notComputable'))}</td></tr>`;
      }
      return `<tr${stats.d < hinge ? ' class="under"' : ''}>${head}<td>${n}</td><td>${missing ?? ''}</td><td>${num(stats.d, lang)}</td><td>${num(stats.g, lang)}</td><td>${ci(stats.ciLow, stats.ciHigh, lang)}</td>${this.dzR(stats)}${ownHinges ? `<td>${num(hinge, lang)}</td>` : ''}<td>${escapeHtml(zoneText(stats.d, hinge, lang))}</td>${this.notesCell(stats, hinge)}</tr>`;
    }).join(''));
    const title = ht(lang, 'honest.periodsTable');
    yield '\n';
    yield folded(title, [this.notesLegend(seen), scrollBox(title, [`<table class="periods"><caption>${escapeHtml(title)}</caption><thead>${headerRow(columns)}</thead><tbody>`, tableRows, '</tbody></table>'], lang)], lang);
  }
}

function binLabel(bin: HistogramBin, lang: Lang): string {
  if (bin.from === bin.to) return num(bin.from, lang);
  if (bin.from === -Infinity) return `< ${num(bin.to, lang)}`;
  if (bin.to === Infinity) return `≥ ${num(bin.from, lang)}`;
  return `${num(bin.from, lang)} – ${num(bin.to, lang)}`;
}

/** Bars as plain SVG in the HTML (no script needed); the table after it has the same numbers. */
function histogramSvg(bins: HistogramBin[], label: string, lang: Lang): string {
  const width = 640;
  const height = 200;
  const bottom = 170;
  const barWidth = width / bins.length;
  const max = bins.reduce((most, bin) => Math.max(most, bin.count), 1);
  const bars = bins.map((bin, index) => {
    const h = ((bottom - 10) * bin.count) / max;
    const x = index * barWidth;
    const zone = bin.to <= 0 ? 'bar no-growth' : 'bar';
    return `<rect class="${zone}" x="${(x + 2).toFixed(1)}" y="${(bottom - h).toFixed(1)}" width="${(barWidth - 4).toFixed(1)}" height="${h.toFixed(1)}"></rect>`
      + `<text x="${(x + barWidth / 2).toFixed(1)}" y="${(bottom + 18).toFixed(1)}" text-anchor="middle">${escapeHtml(bin.from === -Infinity ? '<' : num(bin.from, lang))}</text>`;
  });
  return `<svg class="histogram" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(label)}"><line class="axis" x1="0" y1="${bottom}" x2="${width}" y2="${bottom}"></line>${bars.join('')}</svg>`;
}
