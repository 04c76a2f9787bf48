import type { CsvRow } from '../../components/core/csv.js';
import { LzmDataError } from '../../components/core/errors.js';
import { HEADER_ALIASES, mapColumns } from '../../components/core/headers.js';
import { histogram, type HistogramBin } from '../../components/core/histogram.js';
import type { Lang } from '../../components/core/locale.js';
import { duplicatePupil, isPupilTable, noPairs, pupilRowReader, PUPIL_REQUIRED } from '../../components/core/pupils.js';
import { PairedAccumulator, summarizePairs, type ImpactStats } from '../../components/core/stats.js';
import { escapeHtml } from '../escape.js';
import { RowKeys } from '../row-keys.js';
import { barometerTag, ci, headerRow, num, zoneText } from '../html.js';
import { t } from '../messages.js';
import type { Problems, PupilSummary, RenderedSection, Section, Settings } from './section.js';

/** One pupil's scores, kept only for `--pupil-report`. */
export interface PupilLine {
  pupil: string;
  subject: string;
  pre?: number;
  post?: number;
}

/** Running aggregate of one group × subject. */
export interface Cell {
  group: string;
  subject: string;
  acc: PairedAccumulator;
  missing: number;
  /** post − pre of each complete pair, for the histogram (no names). */
  differences: number[];
  pupils: PupilLine[];
}

export interface CellResult {
  cell: Cell;
  stats: ImpactStats | undefined;
  suppressed: boolean;
}

// Gains in pooled-SD units: bins of 0.25 from −0.5 to 2, open-ended below and above.
const BIN_MIN = -0.5;
const BIN_MAX = 2;
const BIN_WIDTH = 0.25;

/**
 * Above this many group × subject rows the table keeps its numbers but gets no barometer per row:
 * thousands of dials help no reader and make the file and the browser slow (a board's export).
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

export class PupilSection implements Section {
  readonly id = 'pupils';
  readonly accepted = `${PUPIL_REQUIRED.map((field) => HEADER_ALIASES[field][0]).join(';')} (en: ${PUPIL_REQUIRED.map((field) => HEADER_ALIASES[field][1]).join(',')})`;
  readonly cells: Cell[] = [];
  /** group → subject → cell; two lookups are cheaper than building a key string per row. */
  private readonly groups = new Map<string, Map<string, Cell>>();
  private readonly subjects = new Map<string, PairedAccumulator>();
  private readonly pupilIds = new Set<number>();
  private cached?: { size: number; results: CellResult[] };
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

  beginCsv(headers: readonly string[], file: string): (row: CsvRow) => void {
    const read = pupilRowReader(headers, file);
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
      // Exports are usually sorted by group: the previous row's cell is the likeliest match.
      let cell = last !== undefined && last.group === score.group && last.subject === score.subject ? last : undefined;
      if (!cell) {
        let subjects = this.groups.get(score.group);
        if (!subjects) this.groups.set(own(score.group), (subjects = new Map()));
        cell = subjects.get(score.subject);
        if (!cell) {
          cell = { group: own(score.group), subject: own(score.subject), acc: new PairedAccumulator(), missing: 0, differences: [], pupils: [] };
          subjects.set(cell.subject, cell);
          this.cells.push(cell);
        }
        last = cell;
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
      if (keep) cell.pupils.push({ pupil: score.pupil, subject: score.subject, pre: score.pre, post: score.post });
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
      let subject = this.subjects.get(score.subject);
      if (!subject) this.subjects.set(cell.subject, (subject = new PairedAccumulator()));
      subject.add(score.pre, score.post);
    };
  }

  /** Every group × subject with its statistics, sorted by group then subject. */
  results(): CellResult[] {
    if (this.cached?.size === this.cells.length) return this.cached.results;
    const results = [...this.cells]
      .sort((a, b) => byText(a.group, b.group) || byText(a.subject, b.subject))
      .map((cell) => ({ cell, stats: summarizePairs(cell.acc), suppressed: cell.acc.n < this.settings.minGroup }));
    this.cached = { size: this.cells.length, results };
    return results;
  }

  summary(): PupilSummary {
    const groups = this.groups;
    const hidden = this.cells.filter((cell) => cell.acc.n < this.settings.minGroup).length;
    return { pupils: this.pupilIds.size, groups: groups.size, hidden };
  }

  /** Warnings about pupils left out; those about hidden groups stay off the page. */
  collectWarnings(): void {
    const { lang, minGroup } = this.settings;
    for (const { cell } of this.results()) {
      if (cell.missing === 0) continue;
      const counts = this.incomplete.get(cell);
      if (cell.acc.n === 0 && counts && counts.preOnly > 0 && counts.postOnly > 0) {
        this.problems.errors.push(noPairs(cell.group, cell.subject, counts.preOnly, counts.postOnly, { file: counts.file, line: counts.line, column: 1 }));
        continue;
      }
      this.problems.warnings.push({
        text: t(lang, cell.missing === 1 ? 'gen.warn.missingOne' : 'gen.warn.missing', { count: String(cell.missing), group: cell.group, subject: cell.subject }),
        publish: cell.acc.n >= minGroup,
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

  render(intro: string | undefined): RenderedSection {
    const { lang, hinge, minGroup } = this.settings;
    const results = this.results();
    const data: Record<string, unknown> = {};
    const parts: string[] = [];
    parts.push(`<p>${escapeHtml(intro ?? t(lang, 'pupils.intro', { hinge: num(hinge, lang) }))}</p>`);

    const subjects = [...this.subjects.keys()].sort(byText);
    const subjectRows: string[] = [];
    const subjectDials: string[] = [];
    subjects.forEach((subject, index) => {
      const stats = summarizePairs(this.subjects.get(subject)!);
      const n = this.subjects.get(subject)!.n;
      if (n < minGroup || !stats) {
        subjectRows.push(`<tr><th scope="row">${escapeHtml(subject)}</th><td colspan="5">${escapeHtml(n < minGroup ? t(lang, 'pupils.small', { min: String(minGroup) }) : t(lang, 'pupils.notComputable'))}</td></tr>`);
        return;
      }
      const id = `pupils-subject-${index}`;
      data[id] = { name: subject, value: stats.d, n: stats.n, ciLow: stats.ciLow, ciHigh: stats.ciHigh };
      subjectDials.push(`<div class="dial">${barometerTag(id, hinge, false)}</div>`);
      subjectRows.push(`<tr><th scope="row">${escapeHtml(subject)}</th><td>${stats.n}</td><td>${num(stats.d, lang)}</td><td>${num(stats.g, lang)}</td><td>${ci(stats.ciLow, stats.ciHigh, lang)}</td><td>${escapeHtml(zoneText(stats.d, hinge, lang))}</td></tr>`);
    });
    parts.push(`<h3>${escapeHtml(t(lang, 'pupils.bySubject'))}</h3>`);
    if (subjectDials.length) parts.push(`<div class="dials">${subjectDials.join('')}</div>`);
    parts.push(`<div class="table-wrap"><table><caption>${escapeHtml(t(lang, 'pupils.bySubject'))}</caption><thead>${headerRow([
      t(lang, 'col.subject'), t(lang, 'col.n'), t(lang, 'col.d'), t(lang, 'col.g'), t(lang, 'col.ci'), t(lang, 'col.zone'),
    ])}</thead><tbody>${subjectRows.join('')}</tbody></table></div>`);

    const under = results.filter(({ stats, suppressed }) => !suppressed && stats && stats.d < hinge);
    parts.push(`<div class="look-first"><h3>${escapeHtml(t(lang, 'pupils.lookFirst'))}</h3>`);
    parts.push(under.length
      ? `<p>${escapeHtml(t(lang, 'pupils.lookFirstIntro', { hinge: num(hinge, lang) }))}</p><ul>${under
        .sort((a, b) => a.stats!.d - b.stats!.d)
        .map(({ cell, stats }) => `<li>${escapeHtml(cell.group)} · ${escapeHtml(cell.subject)}: d = ${num(stats!.d, lang)}</li>`)
        .join('')}</ul>`
      : `<p>${escapeHtml(t(lang, 'pupils.noneUnder'))}</p>`);
    parts.push('</div>');

    const dials = results.length <= MAX_ROW_DIALS;
    const groupRows = results.map(({ cell, stats, suppressed }, index) => {
      const head = `<th scope="row">${escapeHtml(cell.group)}</th><td>${escapeHtml(cell.subject)}</td>`;
      if (suppressed) return `<tr class="small">${head}<td colspan="${dials ? 8 : 7}">${escapeHtml(t(lang, 'pupils.small', { min: String(minGroup) }))}</td></tr>`;
      if (!stats) return `<tr>${head}<td>${cell.acc.n}</td><td>${cell.missing}</td><td colspan="${dials ? 6 : 5}">${escapeHtml(t(lang, 'pupils.notComputable'))}</td></tr>`;
      const id = `pupils-group-${index}`;
      if (dials) data[id] = { name: `${cell.group} · ${cell.subject}`, value: stats.d, n: stats.n, ciLow: stats.ciLow, ciHigh: stats.ciHigh };
      const flag = stats.d < hinge ? ' class="under"' : '';
      return `<tr${flag}>${head}<td>${stats.n}</td><td>${cell.missing}</td><td>${num(stats.meanPre, lang, 1)}</td><td>${num(stats.meanPost, lang, 1)}</td><td>${num(stats.d, lang)}</td><td>${num(stats.g, lang)}</td><td>${ci(stats.ciLow, stats.ciHigh, lang)}</td>${dials ? `<td>${barometerTag(id, hinge, true)}</td>` : ''}</tr>`;
    });
    parts.push(`<h3>${escapeHtml(t(lang, 'pupils.byGroup'))}</h3>`);
    if (!dials) parts.push(`<p>${escapeHtml(t(lang, 'pupils.manyRows', { count: String(results.length), max: String(MAX_ROW_DIALS) }))}</p>`);
    parts.push(`<div class="table-wrap"><table class="groups"><caption>${escapeHtml(t(lang, 'pupils.byGroup'))}</caption><thead>${headerRow([
      t(lang, 'col.group'), t(lang, 'col.subject'), t(lang, 'col.n'), t(lang, 'col.missing'), t(lang, 'col.pre'), t(lang, 'col.post'),
      t(lang, 'col.d'), t(lang, 'col.g'), t(lang, 'col.ci'), ...(dials ? [t(lang, 'col.barometer')] : []),
    ])}</thead><tbody>${groupRows.join('')}</tbody></table></div>`);

    const shown = results.filter(({ stats, suppressed }) => stats && !suppressed);
    for (const subject of subjects) {
      const { bins, total, noGrowth } = this.gainBins(shown.filter(({ cell }) => cell.subject === subject), subject);
      if (total === 0) continue;
      parts.push(`<h3>${escapeHtml(t(lang, 'pupils.histogram', { subject }))}</h3>`);
      parts.push(`<p>${escapeHtml(t(lang, 'pupils.histogramIntro', { min: String(minGroup) }))}</p>`);
      parts.push(histogramSvg(bins, t(lang, 'pupils.histogramLabel', { subject, total: String(total), noGrowth: String(noGrowth) }), lang));
      parts.push(`<div class="table-wrap"><table class="bins"><caption>${escapeHtml(t(lang, 'pupils.histogram', { subject }))}</caption><thead>${headerRow([
        t(lang, 'pupils.bin'), t(lang, 'pupils.count'),
      ])}</thead><tbody>${bins.map((bin) => `<tr><th scope="row">${escapeHtml(binLabel(bin, lang))}</th><td>${bin.count}</td></tr>`).join('')}</tbody></table></div>`);
    }
    return { id: this.id, title: t(lang, 'pupils.title'), html: parts.join('\n'), data };
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
