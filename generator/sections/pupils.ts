import type { CsvRow } from '../../components/core/csv.js';
import { LzmDataError } from '../../components/core/errors.js';
import { HEADER_ALIASES, mapColumns } from '../../components/core/headers.js';
import { histogram, type HistogramBin } from '../../components/core/histogram.js';
import { duplicatePupil, isPupilTable, noPairs, pupilRowScanner, PUPIL_REQUIRED } from '../../components/core/pupils.js';
import { PairedAccumulator, summarizePairs, type ImpactStats } from '../../components/core/stats.js';
import { t as translate, type Lang } from '../../components/core/locale.js';
import { readingNotes, type ReadingNote } from '../../components/core/reading.js';
import { escapeHtml } from '../escape.js';
import { RowKeys } from '../row-keys.js';
import { PupilIdSet } from '../pupil-ids.js';
import { hingeFor, hingeKey } from '../hinge.js';
import { ci, drawElement, folded, headerRow, langAttr, num, scrollBox, ZONES, zoneMark, zoneText } from '../html.js';
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
  /** The whole school's accumulator of this subject and period (looked up once, not per row). */
  school: PairedAccumulator;
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

/** One period of a whole-school subject. */
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

/**
 * A pupil id as a 53-bit hash (two FNV-1a variants). The distinct-pupil count needs no names, and
 * keeping the id strings would keep the whole file's text alive (V8 shares substrings with it).
 * 250,000 pupils collide with a probability of about 1 in 300 million.
 */
export function pupilKey(...parts: string[]): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (const id of parts) {
    for (let i = 0; i < id.length; i++) {
      const code = id.charCodeAt(i);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x5bd1e995);
    }
    // A separator, so ("ab", "c") and ("a", "bc") differ.
    a = Math.imul(a ^ 0xffff, 0x01000193);
    b = Math.imul(b ^ 0xffff, 0x5bd1e995);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/** Rows of a cell that lack one score: pre-only and post-only counts, and where the first post-only row is. */
interface Incomplete {
  preOnly: number;
  postOnly: number;
  file: string;
  line: number;
}

/** A flat copy of a string, so a group or subject name does not keep the file's text alive. */
const own = (text: string): string => text.split('').join('');

const collator = new Intl.Collator('nl', { numeric: true });
const byText = (a: string, b: string) => collator.compare(a, b);

/**
 * Period labels in order: those listed in dashboard.json's `periods` first, in that order, then the
 * rest by label with numbers by value ("P2" before "P10", "2025-09" before "2026-01").
 */
export function periodOrder(labels: Iterable<string>, configured: readonly string[] = []): string[] {
  const index = new Map(configured.map((label, i) => [label.trim().toLowerCase(), i]));
  const rank = (label: string) => index.get(label.trim().toLowerCase()) ?? Infinity;
  return [...new Set(labels)].sort((a, b) => (rank(a) - rank(b)) || byText(a, b));
}

export class PupilSection implements Section {
  readonly id = 'pupils';
  readonly accepted = `${PUPIL_REQUIRED.map((field) => HEADER_ALIASES[field][0]).join(';')} (en: ${PUPIL_REQUIRED.map((field) => HEADER_ALIASES[field][1]).join(',')})`;
  readonly cells: Cell[] = [];
  /** group → subject → period → cell; lookups are cheaper than building a key string per row. */
  private readonly groups = new Map<string, Map<string, Map<string, Cell>>>();
  /** subject → period → whole-school pairs. */
  private readonly subjects = new Map<string, Map<string, PairedAccumulator>>();
  private readonly pupilIds = new PupilIdSet();
  private cached?: { size: number; rows: GroupSubject[] };
  private readonly incomplete = new Map<Cell, Incomplete>();

  constructor(
    private readonly settings: Settings,
    private readonly problems: Problems,
  ) {}

  matchesHeaders(headers: readonly string[]): boolean {
    return isPupilTable(headers);
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
      cell = {
        group: own(group), subject: own(subject), period: own(period), acc: new PairedAccumulator(), missing: 0, differences: [], pupils: [],
        school: this.subjectAcc(subject, period),
      };
      periods.set(cell.period, cell);
      this.cells.push(cell);
    }
    return cell;
  }

  /** The whole-school accumulator of a subject in a period. */
  private subjectAcc(subject: string, period: string): PairedAccumulator {
    let periods = this.subjects.get(subject);
    if (!periods) this.subjects.set(own(subject), (periods = new Map()));
    let acc = periods.get(period);
    if (!acc) periods.set(own(period), (acc = new PairedAccumulator()));
    return acc;
  }

  beginCsv(headers: readonly string[], file: string): (row: CsvRow) => void {
    // One reused score object per file (pupilRowScanner): the hot path of a million-row export.
    // Everything kept from it is copied (own(), numbers), never the object itself.
    const read = pupilRowScanner(headers, file);
    const { errors } = this.problems;
    const keep = this.settings.keepPupils;
    const columns = mapColumns(headers, PUPIL_REQUIRED, [], file);
    // Row key (pupil, group, subject, year, period) as a hash → line, per file: finds a pupil listed twice.
    const seen = new RowKeys();
    let last: Cell | undefined;
    return (row) => {
      let score;
      try {
        score = read(row);
      } catch (error) {
        errors.push(error as LzmDataError);
        return;
      }
      if (!score.group || !score.subject) {
        const field = score.group ? 'subject' : 'group';
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
      if (score.year) {
        if (cell.year === undefined) cell.year = own(score.year);
        else if (cell.year !== null && cell.year !== score.year) cell.year = null;
      }
      if (score.pupil) {
        const key = pupilKey(score.pupil, score.group, score.subject, score.year ?? '', score.period ?? '');
        const first = seen.firstLine(key, row.line);
        if (first !== undefined) {
          errors.push(duplicatePupil(score, first, { file, line: row.line, column: columns.pupil + 1 }));
          return;
        }
        this.pupilIds.add(pupilKey(score.pupil));
      }
      if (keep) cell.pupils.push({ pupil: score.pupil, subject: period ? `${score.subject} · ${period}` : score.subject, pre: score.pre, post: score.post });
      if (score.pre === undefined || score.post === undefined) {
        cell.missing++;
        if (score.pre !== undefined || score.post !== undefined) {
          let counts = this.incomplete.get(cell);
          if (!counts) this.incomplete.set(cell, (counts = { preOnly: 0, postOnly: 0, file, line: 0 }));
          if (score.pre !== undefined) counts.preOnly++;
          else if (counts.postOnly++ === 0) counts.line = row.line;
        }
        return;
      }
      cell.acc.add(score.pre, score.post);
      cell.differences.push(score.post - score.pre);
      cell.school.add(score.pre, score.post);
    };
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
        const order = periodOrder(periods.keys(), this.settings.periods);
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

  summary(): PupilSummary {
    const hidden = this.results().filter((result) => result.suppressed).length;
    return { pupils: this.pupilIds.size, groups: this.groups.size, hidden };
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
      bins: histogram(gains, BIN_MIN, BIN_MAX, BIN_WIDTH),
      total: gains.length,
      noGrowth: gains.filter((gain) => gain <= 0).length,
    };
  }

  /** Whole-school points of a subject, in period order. */
  private subjectPoints(subject: string): SubjectPoint[] {
    const periods = this.subjects.get(subject)!;
    return periodOrder(periods.keys(), this.settings.periods).map((period) => {
      const acc = periods.get(period)!;
      return { period, acc, stats: summarizePairs(acc) };
    });
  }

  async render(intro: string | undefined): Promise<RenderedSection> {
    const { lang, hinge, minGroup } = this.settings;
    const rows = this.rows();
    const results = rows.map((row) => row.latest);
    const ownHinges = (this.settings.hinges?.entries.length ?? 0) > 0;
    const periodic = rows.some((row) => row.periods.length > 1);
    const data: Record<string, unknown> = {};
    const subjects = [...this.subjects.keys()].sort(byText);

    // The whole picture first: per subject the school's barometer, every group's latest d, what to look at.
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
      dials.push(await drawElement(data, 'lzm-barometer', `pupils-subject-${index}`, { lang, hinge: subjectHinge }, this.dialData(label, stats)));
      subjectRows.push(`<tr${stats.d < subjectHinge ? ' class="under"' : ''}>${head}<td>${stats.n}</td><td>${num(stats.d, lang)}</td><td>${num(stats.g, lang)}</td><td>${ci(stats.ciLow, stats.ciHigh, lang)}</td>${this.dzR(stats)}${ownHinges ? `<td>${num(subjectHinge, lang)}</td>` : ''}<td>${escapeHtml(zoneText(stats.d, subjectHinge, lang))}</td>${this.notesCell(stats, subjectHinge, subjectNotes)}</tr>`);
    }
    const overview = [
      `<h3>${escapeHtml(t(lang, 'pupils.bySubject'))}</h3>`,
      dials.length ? `<div class="dials">${dials.join('')}</div>` : '',
      `<div class="pair"><div>${this.overviewGrid(rows, subjects, ownHinges)}</div>${this.lookFirst(rows, ownHinges)}</div>`,
    ].join('\n');

    const parts: string[] = [];
    parts.push(intro === undefined
      ? `<p>${escapeHtml(t(lang, 'pupils.intro', { hinge: num(hinge, lang) }))}</p>`
      : `<p${langAttr(this.settings.textLang ?? lang, lang)}>${escapeHtml(intro)}</p>`);
    parts.push(this.legend(periodic));

    // Per subject one row per group: the latest d with its CI, on one scale (the plot names itself).
    parts.push(`<h3>${escapeHtml(t(lang, 'pupils.byGroup'))}</h3>`);
    for (const [index, subject] of subjects.entries()) {
      const shown = rows.filter((row) => row.subject === subject && !row.latest.suppressed && row.latest.stats);
      if (shown.length === 0) continue;
      const label = pt(lang, 'pupils.plotBySubject', { subject });
      parts.push(await drawElement(data, 'lzm-effect-plot', `pupils-plot-${index}`, { lang, hinge: this.hingeOf(subject), sort: 'value', label },
        shown.map(({ group, latest }) => this.plotRow(group, latest.stats!))));
    }
    parts.push(folded(t(lang, 'pupils.bySubject'), this.notesLegend(subjectNotes) + scrollBox(t(lang, 'pupils.bySubject'), `<table class="subjects"><caption>${escapeHtml(t(lang, 'pupils.bySubject'))}</caption><thead>${headerRow(subjectColumns)}</thead><tbody>${subjectRows.join('')}</tbody></table>`, lang), lang));

    const groupColumns = [
      t(lang, 'col.group'), t(lang, 'col.subject'), ...(periodic ? [ht(lang, 'col.period')] : []), t(lang, 'col.n'), t(lang, 'col.missing'), t(lang, 'col.pre'), t(lang, 'col.post'),
      t(lang, 'col.d'), t(lang, 'col.g'), t(lang, 'col.ci'), ht(lang, 'col.dz'), ht(lang, 'col.r'), ...(ownHinges ? [ht(lang, 'col.hinge')] : []), pt(lang, 'notes.col'),
    ];
    const lead = periodic ? 3 : 2;
    const groupNotes = new Set<ReadingNote>();
    const groupRows = results.map(({ cell, stats, suppressed, hinge: rowHinge }) => {
      const head = `<th scope="row">${escapeHtml(cell.group)}</th><td>${escapeHtml(cell.subject)}</td>${periodic ? `<td>${escapeHtml(cell.period)}</td>` : ''}`;
      if (suppressed) return `<tr class="small">${head}<td colspan="${groupColumns.length - lead}">${escapeHtml(t(lang, 'pupils.small', { min: String(minGroup) }))}</td></tr>`;
      if (!stats) return `<tr>${head}<td>${cell.acc.n}</td><td>${cell.missing}</td><td colspan="${groupColumns.length - lead - 2}">${escapeHtml(t(lang, 'pupils.notComputable'))}</td></tr>`;
      const flag = stats.d < rowHinge ? ' class="under"' : '';
      return `<tr${flag}>${head}<td>${stats.n}</td><td>${cell.missing}</td><td>${num(stats.meanPre, lang, 1)}</td><td>${num(stats.meanPost, lang, 1)}</td><td>${num(stats.d, lang)}</td><td>${num(stats.g, lang)}</td><td>${ci(stats.ciLow, stats.ciHigh, lang)}</td>${this.dzR(stats)}${ownHinges ? `<td>${num(rowHinge, lang)}</td>` : ''}${this.notesCell(stats, rowHinge, groupNotes)}</tr>`;
    });
    parts.push(folded(t(lang, 'pupils.byGroup'), this.notesLegend(groupNotes) + scrollBox(t(lang, 'pupils.byGroup'), `<table class="groups"><caption>${escapeHtml(t(lang, 'pupils.byGroup'))}</caption><thead>${headerRow(groupColumns)}</thead><tbody>${groupRows.join('')}</tbody></table>`, lang), lang));

    if (periodic) parts.push(await this.renderPeriods(rows, data, ownHinges));

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
      parts.push(`<h3>${escapeHtml(pt(lang, 'pupils.histograms'))}</h3><p>${escapeHtml(t(lang, 'pupils.histogramIntro', { min: String(minGroup) }))}</p><div class="figures">${histograms.join('')}</div>`);
    }
    return { id: this.id, title: t(lang, 'pupils.title'), html: parts.join('\n'), overview, data };
  }

  /** A group's (or a period's) row in an effect plot: d, its CI and n. */
  private plotRow(name: string, stats: ImpactStats) {
    return { name, value: stats.d, ciLow: stats.ciLow, ciHigh: stats.ciHigh, n: stats.n };
  }

  /**
   * Every group's latest d per subject in one grid: value, zone by colour and shape, * where the
   * number needs care (small group, CI over the hinge), the hinge where the school has its own;
   * hidden cells say so.
   */
  private overviewGrid(rows: GroupSubject[], subjects: string[], ownHinges: boolean): string {
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
    const body = [...byGroup.keys()].sort(byText).map((group) => {
      const cells = byGroup.get(group)!;
      return `<tr><th scope="row">${escapeHtml(group)}</th>${subjects.map((subject) => cellOf(cells.get(subject), subject)).join('')}</tr>`;
    });
    const title = pt(lang, 'overview.grid');
    const key = `<ul class="zone-key" aria-label="${escapeHtml(pt(lang, 'overview.zones'))}">${ZONES.map((zone) => `<li>${zoneMark(zone)}${escapeHtml(zoneName(zone, lang))}</li>`).join('')}</ul>`;
    const intro = `${pt(lang, 'overview.gridIntro')} ${ownHinges ? pt(lang, 'overview.hingeCell') : pt(lang, 'overview.hingeOnce', { hinge: num(hinge, lang) })}`;
    return `<h3>${escapeHtml(title)}</h3><p class="hint">${escapeHtml(intro)}</p>${key}${scrollBox(title, `<table class="overview"><thead><tr><th scope="col">${escapeHtml(t(lang, 'col.group'))}</th>${heads.join('')}</tr></thead><tbody>${body.join('')}</tbody></table>`, lang)}`;
  }

  /** What a barometer gets through `.data`: d, n and CI (it reads these), d_z and r beside them. */
  private dialData(name: string, stats: ImpactStats) {
    return { name, value: stats.d, n: stats.n, ciLow: stats.ciLow, ciHigh: stats.ciHigh, dz: Number.isFinite(stats.dz) ? stats.dz : null, r: stats.r };
  }

  /** d_z and r cells; d_z is "—" when every pupil gained exactly the same (no spread of gains). */
  private dzR(stats: ImpactStats): string {
    const { lang } = this.settings;
    return `<td>${Number.isFinite(stats.dz) ? num(stats.dz, lang) : '—'}</td><td>${num(stats.r, lang)}</td>`;
  }

  /**
   * A row's notes in a few words ("kleine groep"), collected into `seen`: the table says once,
   * above it, what each means (notesLegend), instead of a sentence under every row.
   */
  private notesCell(stats: ImpactStats, hinge: number, seen: Set<ReadingNote>): string {
    const notes = readingNotes({ ...stats, hinge, paired: false });
    for (const note of notes) seen.add(note);
    return `<td>${notes.length ? `<ul class="notes">${notes.map((note) => `<li>${escapeHtml(ht(this.settings.lang, `honest.short.${note}`))}</li>`).join('')}</ul>` : ''}</td>`;
  }

  /** What each short note of a table means, once per table, in the order the rules read them. */
  private notesLegend(seen: Set<ReadingNote>): string {
    const { lang } = this.settings;
    if (seen.size === 0) return '';
    const order: ReadingNote[] = ['ciCrossesHinge', 'smallGroup', 'lowCorrelation', 'spreadDiffers', 'ceiling'];
    const items = order.filter((note) => seen.has(note)).map((note) => `<li>“${escapeHtml(ht(lang, `honest.short.${note}`))}”: ${escapeHtml(pt(lang, `notes.about.${note}` as PageMessageKey))}</li>`);
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
    ];
    return `<div class="reading-legend">${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</div>`;
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
        `${t(lang, 'col.ci')} ${ci(s.ciLow, s.ciHigh, lang)}`,
        ...(Number.isFinite(s.dz) ? [`d_z = ${num(s.dz, lang)}`] : []),
        `r = ${num(s.r, lang)}`,
        ...(ownHinges ? [ht(lang, 'honest.hingeIs', { hinge: num(rowHinge, lang) })] : []),
      ].join('; ');
      const notes = readingNotes({ ...s, hinge: rowHinge, paired: false });
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
  private async renderPeriods(rows: GroupSubject[], data: Record<string, unknown>, ownHinges: boolean): Promise<string> {
    const { lang, minGroup } = this.settings;
    const series: Array<{ group: string; subject: string; points: Array<{ period: string; n: number; missing?: number; stats?: ImpactStats; suppressed: boolean; hinge: number }> }> = [];
    for (const subject of [...this.subjects.keys()].sort(byText)) {
      const points = this.subjectPoints(subject);
      if (points.length < 2) continue;
      const subjectHinge = this.hingeOf(subject);
      series.push({
        group: ht(lang, 'honest.schoolWide'),
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
    const figures: string[] = [];
    const tableRows: string[] = [];
    const columns = [
      t(lang, 'col.group'), t(lang, 'col.subject'), ht(lang, 'col.period'), t(lang, 'col.n'), t(lang, 'col.missing'), t(lang, 'col.d'), t(lang, 'col.g'), t(lang, 'col.ci'),
      ht(lang, 'col.dz'), ht(lang, 'col.r'), ...(ownHinges ? [ht(lang, 'col.hinge')] : []), t(lang, 'col.zone'), pt(lang, 'notes.col'),
    ];
    const seen = new Set<ReadingNote>();
    for (const [index, { group, subject, points }] of series.entries()) {
      const name = `${group} · ${subject}`;
      if (plots) {
        const shown = points.filter(({ stats, suppressed }) => stats && !suppressed);
        const hidden = points.filter(({ stats, suppressed }) => !stats || suppressed)
          .map(({ period, suppressed }) => `${period}: ${suppressed ? t(lang, 'pupils.small', { min: String(minGroup) }) : t(lang, 'pupils.notComputable')}`);
        const plot = shown.length
          ? await drawElement(data, 'lzm-effect-plot', `pupils-period-${index}`, { lang, hinge: points[points.length - 1].hinge, sort: 'none', label: name },
            shown.map(({ period, stats }) => this.plotRow(period, stats!)))
          : '';
        // The plot is named after its series; a series with every period hidden says so in words.
        figures.push(`<div class="figure period-row" data-series="${escapeHtml(name)}">${plot || `<p><strong>${escapeHtml(name)}</strong></p>`}${hidden.length ? `<p class="hint">${escapeHtml(hidden.join('; '))}</p>` : ''}</div>`);
      }
      for (const { period, n, missing, stats, suppressed, hinge } of points) {
        const head = `<th scope="row">${escapeHtml(group)}</th><td>${escapeHtml(subject)}</td><td>${escapeHtml(period)}</td>`;
        if (suppressed || !stats) {
          tableRows.push(`<tr class="small">${head}<td colspan="${columns.length - 3}">${escapeHtml(suppressed ? t(lang, 'pupils.small', { min: String(minGroup) }) : t(lang, 'pupils.notComputable'))}</td></tr>`);
          continue;
        }
        tableRows.push(`<tr${stats.d < hinge ? ' class="under"' : ''}>${head}<td>${n}</td><td>${missing ?? ''}</td><td>${num(stats.d, lang)}</td><td>${num(stats.g, lang)}</td><td>${ci(stats.ciLow, stats.ciHigh, lang)}</td>${this.dzR(stats)}${ownHinges ? `<td>${num(hinge, lang)}</td>` : ''}<td>${escapeHtml(zoneText(stats.d, hinge, lang))}</td>${this.notesCell(stats, hinge, seen)}</tr>`);
      }
    }
    const title = ht(lang, 'honest.periodsTable');
    return [
      `<h3>${escapeHtml(ht(lang, 'honest.periods'))}</h3>`,
      `<p>${escapeHtml(ht(lang, 'honest.periodsIntro', { min: String(minGroup) }))}</p>`,
      figures.length ? `<div class="figures period-rows">${figures.join('')}</div>` : '',
      folded(title, this.notesLegend(seen) + scrollBox(title, `<table class="periods"><caption>${escapeHtml(title)}</caption><thead>${headerRow(columns)}</thead><tbody>${tableRows.join('')}</tbody></table>`, lang), lang),
    ].join('\n');
  }
}

function binLabel(bin: HistogramBin, lang: Lang): string {
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
  const max = Math.max(1, ...bins.map((bin) => bin.count));
  const bars = bins.map((bin, index) => {
    const h = ((bottom - 10) * bin.count) / max;
    const x = index * barWidth;
    const zone = bin.to <= 0 ? 'bar no-growth' : 'bar';
    return `<rect class="${zone}" x="${(x + 2).toFixed(1)}" y="${(bottom - h).toFixed(1)}" width="${(barWidth - 4).toFixed(1)}" height="${h.toFixed(1)}"></rect>`
      + `<text x="${(x + barWidth / 2).toFixed(1)}" y="${(bottom + 18).toFixed(1)}" text-anchor="middle">${escapeHtml(bin.from === -Infinity ? '<' : num(bin.from, lang))}</text>`;
  });
  return `<svg class="histogram" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(label)}"><line class="axis" x1="0" y1="${bottom}" x2="${width}" y2="${bottom}"></line>${bars.join('')}</svg>`;
}
