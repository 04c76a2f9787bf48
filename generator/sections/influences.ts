import type { CsvRow } from '../../components/core/csv.js';
import type { LzmDataError } from '../../components/core/errors.js';
import { hasColumns, mapColumns } from '../../components/core/headers.js';
import { influenceFromJson, influencesFromCsv, type Influence } from '../../components/core/influences.js';
import { toData as plotData } from '../../components/effect-plot/effect-plot.data.js';
import { publishedNumber } from '../publish.js';
import { escapeHtml } from '../escape.js';
import { ci, drawElement, headerRow, langAttr, num, scrollBox, zoneText } from '../html.js';
import { t } from '../messages.js';
import type { Problems, RenderedSection, Section, Settings } from './section.js';

// A bare array is an influence list when its objects carry an effect size (a legend or a survey
// is an array too); `{ "influences": [...] }` always is, so its errors point at the bad entry.
const EFFECT_KEYS = ['value', 'd', 'effectSize', 'effect_size', 'effectgrootte'];
const isInfluenceList = (value: unknown): value is unknown[] | { influences: unknown[] } =>
  (Array.isArray(value) && value.some((item) => typeof item === 'object' && item !== null && EFFECT_KEYS.some((key) => key in item)))
  || (typeof value === 'object' && value !== null && Array.isArray((value as { influences?: unknown }).influences));

/** Influences with effect sizes → a sortable, filterable table of compact barometers. */
export class InfluenceSection implements Section {
  readonly id = 'influences';
  readonly accepted = 'invloed;effectgrootte[;n;ci_laag;ci_hoog] (en: influence,effect_size[,n,ci_low,ci_high]) or JSON [{"name", "value"}]';
  readonly influences: Influence[] = [];
  private readonly names = new Set<string>();

  constructor(
    private readonly settings: Settings,
    private readonly problems: Problems,
  ) {}

  matchesHeaders(headers: readonly string[]): boolean {
    return hasColumns(headers, ['influence', 'effectSize']);
  }

  matchesJson(value: unknown): boolean {
    return isInfluenceList(value);
  }

  hasData(): boolean {
    return this.influences.length > 0;
  }

  private add(influence: Influence, file: string): void {
    const key = influence.name.trim().toLowerCase();
    if (this.names.has(key)) {
      this.problems.warnings.push({ text: t(this.settings.lang, 'gen.warn.duplicate', { file, name: influence.name }), publish: true });
    }
    this.names.add(key);
    this.influences.push(influence);
  }

  beginCsv(headers: readonly string[], file: string): (row: CsvRow) => void {
    mapColumns(headers, ['influence', 'effectSize'], ['n', 'ciLow', 'ciHigh'], file);
    // The core reader takes a table; one row at a time lets every bad row be reported, not only the first.
    return (row) => {
      try {
        this.add(influencesFromCsv({ headers: [...headers], rows: [row], delimiter: ';' }, file)[0], file);
      } catch (error) {
        this.problems.errors.push(error as LzmDataError);
      }
    };
  }

  readJson(value: unknown, file: string): number {
    const list = Array.isArray(value) ? value : (value as { influences: unknown[] }).influences;
    list.forEach((item, index) => {
      try {
        this.add(influenceFromJson(item, file, index), file);
      } catch (error) {
        this.problems.errors.push(error as LzmDataError);
      }
    });
    return list.length;
  }

  async render(intro: string | undefined): Promise<RenderedSection> {
    const { lang, hinge } = this.settings;
    const data: Record<string, unknown> = {};
    const sorted = [...this.influences].sort((a, b) => b.d - a.d);
    const title = t(lang, 'influences.title');
    const plot = await drawElement(data, 'lzm-effect-plot', 'influences-plot', { lang, hinge, sort: 'value', label: title },
      plotData(sorted));
    const rows = sorted.map((influence) => `<tr><th scope="row" data-sort="${escapeHtml(influence.name)}">${escapeHtml(influence.name)}</th>`
      + `<td data-sort="${publishedNumber(influence.d)}">${num(influence.d, lang)}</td>`
      + `<td>${ci(influence.ciLow, influence.ciHigh, lang)}</td>`
      + `<td data-sort="${influence.n ?? ''}">${influence.n === undefined ? '' : num(influence.n, lang, 0)}</td>`
      + `<td>${escapeHtml(zoneText(influence.d, hinge, lang))}</td></tr>`);
    const introHtml = intro === undefined
      ? `<p>${escapeHtml(t(lang, 'influences.intro', { hinge: num(hinge, lang) }))}</p>`
      : `<p${langAttr(this.settings.textLang ?? lang, lang)}>${escapeHtml(intro)}</p>`;
    const table = `<table class="influences" data-sortable data-filter-label="${escapeHtml(t(lang, 'influences.filter'))}"><caption>${escapeHtml(title)}</caption><thead>${headerRow([
      t(lang, 'col.influence'), t(lang, 'col.d'), t(lang, 'col.ci'), t(lang, 'col.n'), t(lang, 'col.zone'),
    ])}</thead><tbody>${rows.join('')}</tbody></table>`;
    return { id: this.id, title, html: `${introHtml}\n${plot}\n${scrollBox(title, table, lang)}`, data };
  }
}
