import type { CsvRow, CsvTable } from '../../components/core/csv.js';
import { toDataError } from '../../components/core/errors.js';
import { fieldOf, hasColumns } from '../../components/core/headers.js';
import { toHex } from '../../components/feedback-legend/feedback-legend.color.js';
import { entriesFromData, entriesFromLoaded } from '../../components/feedback-legend/feedback-legend.data.js';
import type { LegendEntry } from '../../components/feedback-legend/feedback-legend.geometry.js';
import { t as legendText, type LegendMessage } from '../../components/feedback-legend/feedback-legend.messages.js';
import { escapeHtml } from '../escape.js';
import { headerRow } from '../html.js';
import { t } from '../messages.js';
import { collectTable, rowErrors, type TableInput } from './rows.js';
import type { Problems, RenderedSection, Section, Settings } from './section.js';
import { isRecord } from '../../components/core/records.js';


const LEGEND_FIELDS = ['color', 'meaning', 'symbol', 'count', 'number'] as const;

/** The entry as `.data` for `<lzm-feedback-legend>`: the element reads it with the same reader. */
const entryJson = (entry: LegendEntry) => ({
  number: entry.number,
  color: toHex(entry.rgb),
  ...(entry.meaning === undefined ? {} : { meaning: entry.meaning }),
  symbol: entry.shape ?? entry.glyph,
  ...(entry.count === undefined ? {} : { count: entry.count }),
});

/**
 * A feedback legend `kleur;betekenis[;symbool;aantal]` (or the element's JSON list) →
 * `<lzm-feedback-legend>` and a table with colour, shape, meaning and how often each dot was given.
 */
export class LegendSection implements Section {
  readonly id = 'legend';
  readonly accepted = 'kleur;betekenis[;symbool;aantal;nummer] (en: colour,meaning[,symbol,count,number]) or JSON [{"kleur", "betekenis"}]';
  private readonly inputs: TableInput[] = [];
  readonly legends: Array<{ file: string; entries: LegendEntry[] }> = [];

  constructor(
    private readonly settings: Settings,
    private readonly problems: Problems,
  ) {}

  matchesHeaders(headers: readonly string[]): boolean {
    return (hasColumns(headers, ['color']) && headers.some((header) => fieldOf(header, ['meaning', 'symbol', 'count'])))
      || hasColumns(headers, ['number', 'count']);
  }

  matchesJson(value: unknown): boolean {
    const list = Array.isArray(value) ? value : isRecord(value) ? value.items : undefined;
    return Array.isArray(list) && list.length > 0 && list.every(isRecord)
      && list.some((item) => Object.keys(item).some((key) => fieldOf(key, ['color'])))
      && list.every((item) => Object.keys(item).some((key) => fieldOf(key, LEGEND_FIELDS)));
  }

  beginCsv(headers: readonly string[], file: string): (row: CsvRow) => void {
    return collectTable(this.inputs, headers, file);
  }

  readJson(value: unknown, file: string): number {
    this.inputs.push({ file, json: value });
    return (Array.isArray(value) ? value : (value as { items: unknown[] }).items).length;
  }

  finish(): void {
    for (const input of this.inputs) {
      try {
        const { file } = input;
        const read = (table: CsvTable) => entriesFromLoaded({ kind: 'csv', file, table });
        const bad = 'json' in input ? [] : rowErrors(input.table, file, read);
        if (bad.length) {
          for (const error of bad) this.problems.errors.push(error);
          continue;
        }
        this.legends.push({ file, entries: 'json' in input ? entriesFromData(input.json, file) : read(input.table) });
      } catch (error) {
        this.problems.errors.push(toDataError(error, { file: input.file }));
      }
    }
  }

  hasData(): boolean {
    return this.legends.length > 0;
  }

  render(intro: string | undefined): RenderedSection {
    const { lang } = this.settings;
    const data: Record<string, unknown> = {};
    const parts = [`<p>${escapeHtml(intro ?? t(lang, 'feedback.intro'))}</p>`];
    this.legends.forEach(({ file, entries }, index) => {
      const id = `legend-${index}`;
      data[id] = entries.map(entryJson);
      const title = this.legends.length > 1 ? file.replace(/^.*[\\/]/, '') : t(lang, 'feedback.title');
      if (this.legends.length > 1) parts.push(`<h3>${escapeHtml(title)}</h3>`);
      const counted = entries.some((entry) => entry.count !== undefined);
      if (counted) {
        const total = entries.reduce((sum, entry) => sum + (entry.count ?? 0), 0);
        const most = [...entries].sort((a, b) => (b.count ?? 0) - (a.count ?? 0))[0];
        parts.push(`<p class="summary">${escapeHtml(t(lang, 'feedback.summary', { total: String(total), number: String(most.number), color: most.name[lang === 'nl' ? 1 : 2], count: String(most.count ?? 0) }))}</p>`);
      }
      parts.push(`<div class="figure"><lzm-feedback-legend id="${id}"></lzm-feedback-legend></div>`);
      const rows = entries.map((entry) => {
        const color = toHex(entry.rgb);
        const shape = entry.shape ? legendText(lang, `legend.${entry.shape}`) : legendText(lang, 'legend.glyph', { glyph: entry.glyph! });
        const meaning = entry.meaning ?? legendText(lang, `legend.${entry.number}` as LegendMessage);
        // A dot drawn with an SVG fill attribute (no style attribute: the page's CSP allows none).
        const dot = `<svg class="dot" viewBox="0 0 10 10" aria-hidden="true"><circle cx="5" cy="5" r="4.5" fill="${color}"></circle></svg>`;
        return `<tr><th scope="row">${entry.number}</th><td>${dot} ${escapeHtml(entry.name[lang === 'nl' ? 1 : 2])}</td><td>${escapeHtml(shape)}</td><td>${escapeHtml(meaning)}</td>${counted ? `<td>${entry.count ?? '—'}</td>` : ''}</tr>`;
      });
      const heads = [t(lang, 'col.number'), t(lang, 'col.color'), t(lang, 'col.symbol'), t(lang, 'col.meaning'), ...(counted ? [t(lang, 'col.count')] : [])];
      parts.push(`<div class="table-wrap"><table class="legend"><caption>${escapeHtml(title)}</caption><thead>${headerRow(heads)}</thead><tbody>${rows.join('')}</tbody></table></div>`);
    });
    return { id: this.id, title: t(lang, 'feedback.title'), html: parts.join('\n'), data };
  }
}
