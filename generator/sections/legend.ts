import type { CsvRow, CsvTable } from '../../components/core/csv.js';
import { toDataError } from '../../components/core/errors.js';
import { fieldOf, hasColumns } from '../../components/core/headers.js';
import { entriesFromData, entriesFromLoaded, toData } from '../../components/feedback-legend/feedback-legend.data.js';
import type { LegendEntry } from '../../components/feedback-legend/feedback-legend.model.js';
import { escapeHtml } from '../escape.js';
import { drawElement } from '../html.js';
import { introParagraph, schoolLang } from './school-texts.js';
import { t } from '../messages.js';
import { collectTable, rowErrors, type TableInput } from './rows.js';
import type { Problems, RenderedSection, Section, Settings } from './section.js';
import { isRecord } from '../../components/core/records.js';


const LEGEND_FIELDS = ['color', 'meaning', 'symbol', 'count', 'number'] as const;

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

  async render(intro: string | undefined): Promise<RenderedSection> {
    const { lang } = this.settings;
    const data: Record<string, unknown> = {};
    const parts = [introParagraph(intro, t(lang, 'feedback.intro'), this.settings)];
    // The element draws the card: every dot with its number, colour, shape, meaning and count.
    for (const [index, { file, entries }] of this.legends.entries()) {
      const title = this.legends.length > 1 ? file.replace(/^.*[\\/]/, '') : t(lang, 'feedback.title');
      if (this.legends.length > 1) parts.push(`<h3>${escapeHtml(title)}</h3>`);
      if (entries.some((entry) => entry.count !== undefined)) {
        const total = entries.reduce((sum, entry) => sum + (entry.count ?? 0), 0);
        const most = [...entries].sort((a, b) => (b.count ?? 0) - (a.count ?? 0))[0];
        parts.push(`<p class="summary">${escapeHtml(t(lang, 'feedback.summary', { total: String(total), number: String(most.number), color: most.name[lang === 'nl' ? 1 : 2], count: String(most.count ?? 0) }))}</p>`);
      }
      parts.push(`<div class="figure">${await drawElement(data, 'lzm-feedback-legend', `legend-${index}`, {
        lang,
        heading: this.legends.length > 1 ? title : undefined,
        // Under the page's <h2>; the school's own meanings are read in the language they are written in.
        'heading-level': 3,
        'text-lang': schoolLang(this.settings),
      }, toData(entries))}</div>`);
    }
    return { id: this.id, title: t(lang, 'feedback.title'), html: parts.join('\n'), data };
  }
}
