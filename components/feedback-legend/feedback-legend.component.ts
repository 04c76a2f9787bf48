import { html, svg, nothing, isServer, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { LzmElement, baseStyles } from '../core/lzm-element.js';
import type { Lang } from '../core/locale.js';
import { cssRgb, inkOn, needsOutline, toHex, type Rgb } from './feedback-legend.color.js';
import { barWidth, shapePath } from './feedback-legend.geometry.js';
import { DEFAULT_COLORS, defaultEntry, type LegendEntry } from './feedback-legend.model.js';
import { t, type LegendMessage } from './feedback-legend.messages.js';
import { legendStyles } from './feedback-legend.styles.js';
import { heading, headingLevel } from './feedback-legend.heading.js';
import { numberAttribute } from '../core/attributes.js';

type DataReader = typeof import('./feedback-legend.data.js');
type Theory = typeof import('./feedback-legend.theory.js');

const WHITE: Rgb = [255, 255, 255];
const DEFAULTS = DEFAULT_COLORS.map((_, i) => defaultEntry(i + 1));
const ITEMS = ':scope > lzm-feedback-item';

/**
 * The feedback legend card: what each coloured dot on a marked test means, so the pupil goes back
 * to work. Each dot has a colour, a shape and a number, so the card also works for colour-blind
 * pupils and in black-and-white print. Without data it shows six default meanings.
 *
 * The school's own legend comes from `src` (CSV `kleur;betekenis;symbool[;aantal;nummer]` or
 * JSON), `.data`, or child elements
 * `<lzm-feedback-item color="rood" symbol="rondje" number="1" count="4">text</lzm-feedback-item>`.
 *
 * @tagname lzm-feedback-legend
 * @summary A printable legend card of coloured, shaped, numbered feedback dots, with optional counts and feedback theory.
 *
 * @fires lzm-error - Data could not be loaded or read. `detail: { message, code, file, line, column }`
 * @fires lzm-load - `src` was loaded and shown. `detail: { file, kind }`
 *
 * @cssprop [--lzm-legend-background=var(--lzm-background, #fff)] - Card background; dots with less than 3:1 contrast against it get an outline.
 * @cssprop [--lzm-background=#fff] - Shared background; the card uses it unless --lzm-legend-background is set.
 * @cssprop [--lzm-legend-border=var(--lzm-border-color, #d0d7de)] - Card border.
 * @cssprop [--lzm-legend-outline=#1f2328] - Outline of low-contrast dots and bars.
 * @cssprop [--lzm-legend-track=#eaeef2] - Track behind the count bars.
 * @cssprop [--lzm-legend-cut-margin=6mm] - Room around the card for the cut marks (`cut-marks`).
 * @cssprop [--lzm-border-color=#d0d7de] - Lines between the entries.
 * @cssprop [--lzm-legend-max-width=34rem] - Largest width on screen.
 * @cssprop [--lzm-legend-print-font-size=9pt] - Font size of the printed card (A5: 1.3 times this).
 * @cssprop [--lzm-text-color=#1f2328] - Text and cut marks.
 * @cssprop [--lzm-muted-color=#57606a] - Secondary text.
 * @cssprop [--lzm-font-family=system-ui] - Font.
 * @cssprop [--lzm-font-size=1rem] - Base font size on screen.
 * @cssprop [--lzm-error-color=#b3261e] - Border of the error state.
 *
 * @csspart card - The card (the part that is printed to size).
 * @csspart title - The heading.
 * @csspart list - The list of dots.
 * @csspart dot - Each dot's SVG.
 * @csspart count - A dot's count bar and number.
 * @csspart theory - The feedback-theory panel.
 * @csspart error - The error message box.
 */
export class LzmFeedbackLegend extends LzmElement {
  static override styles = [baseStyles, legendStyles];

  /** Lit reactive properties; the JSDoc of each is on its field below. */
  static override properties: PropertyDeclarations = {
    heading: {},
    headingLevel: { attribute: 'heading-level', converter: numberAttribute },
    label: {},
    textLang: { attribute: 'text-lang' },
    showLevels: { attribute: 'show-levels' },
    printSize: { attribute: 'print-size', reflect: true },
    cutMarks: { attribute: 'cut-marks', type: Boolean, reflect: true },
    entries: { state: true },
    reader: { state: true },
    theory: { state: true },
    itemsVersion: { state: true },
  };

  /** Heading of the card; defaults to "Wat betekent mijn stip?" / "What does my dot mean?". */
  heading?: string;

  /**
   * Level of the card's heading, 1–6 (default 2: `<h2>`), so that the card fits the page's outline
   * (under a page's own `<h2>`: 3); the theory panel's headings are one level deeper.
   */
  headingLevel?: number;

  /**
   * What this card is for, when a page has several (e.g. "rekenen groep 5"): added to the card's
   * name for assistive technology, so that each card region has a name of its own.
   */
  label?: string;

  /**
   * Language of the school's own texts (the meanings from the data, `heading`, `label`), when it is not the
   * card's, e.g. `nl` on an English page: those texts get `lang`, so a screen reader reads them
   * with the right voice. The default meanings are in the card's language and get none.
   */
  textLang?: string;

  /**
   * Theory beside the legend: `levels` (or empty) for Hattie & Timperley's three questions and
   * four levels, `cycle` for Gulikers & Baartman's formative cycle, `all` for both.
   */
  showLevels?: string;

  /** Printed card size: `a6` (105 × 148 mm) or `a5` (148 × 210 mm). */
  printSize: 'a6' | 'a5' = 'a6';

  /** Draws cut marks at the card's corners (for cutting printed cards apart). */
  cutMarks = false;

  private entries?: LegendEntry[];

  /** The data interpreter, loaded on first need: the default card never downloads it. */
  private reader?: DataReader;

  /** The theory panel, loaded only with `show-levels`. */
  private theory?: Theory;

  /** The card's background, for the dots' contrast check: read before each render (see legendStyles' probe). */
  private background: Rgb = WHITE;

  /** Bumped when child items change, so they are read again. */
  private itemsVersion = 0;

  // Not on a server render (Lit SSR), which has no MutationObserver and no light DOM to watch.
  private observer = isServer ? undefined : new MutationObserver(() => this.itemsVersion++);

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer?.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['color', 'symbol', 'number', 'count'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  /** The child items as data rows, or undefined when there are none. */
  private items(): object[] | undefined {
    const items = [...this.querySelectorAll(ITEMS)];
    const attributes = ['color', 'symbol', 'number', 'count'];
    return items.length
      ? items.map((item) => ({
          ...Object.fromEntries(attributes.map((name) => [name, item.getAttribute(name)])),
          meaning: item.textContent,
        }))
      : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const items = isServer ? undefined : this.items();
    if (this.fileSource || this.data != null || items) {
      this.lazyImport('reader', () => import('./feedback-legend.data.js'), (reader) => (this.reader = reader));
    }
    if (this.showLevels != null) {
      this.lazyImport('theory', () => import('./feedback-legend.theory.js'), (theory) => (this.theory = theory));
    }
    // Before the render, not after it: the host carries the card's background (legendStyles), so no
    // second render follows one that drew the outlines against the wrong background.
    if (!isServer) this.background = cssRgb(getComputedStyle(this).columnRuleColor) ?? WHITE;
    this.entries = this.attempt(() => {
      if (this.fileSource) return this.loaded && this.reader?.entriesFromLoaded(this.loaded);
      const data = this.data ?? items;
      if (data == null) return DEFAULTS;
      return this.reader?.entriesFromData(data, this.data == null ? '<lzm-feedback-item>' : undefined);
    });
  }

  protected override render(): TemplateResult {
    if (this.failed) return this.renderError();
    if (!this.entries) return this.renderLoading();
    const lang = this.uiLang;
    const levels = this.showLevels?.split(/\s+/) ?? [];
    const has = (token: string) => levels.includes(token) || levels.includes('all');
    const max = this.entries.reduce((most, entry) => Math.max(most, entry.count ?? 0), 0);
    const level = headingLevel(this.headingLevel);
    const subheading = (text: string) => heading(level + 1, 'subheading', text);
    const title = html`${this.heading ? html`<span lang=${this.textLang || nothing}>${this.heading}</span>` : t(lang, 'legend.title')}${this.label ? html`<span class="visually-hidden"> (<span lang=${this.textLang || nothing}>${this.label}</span>)</span>` : nothing}`;
    return html`<div class="frame">
      <section class="card" part="card" aria-labelledby="title">
        ${heading(level, 'title', title, 'title', 'title')}
        <p class="hint">${t(lang, 'legend.hint')}</p>
        <ul part="list">
          ${this.entries.map((entry) => this.renderEntry(entry, max, lang))}
        </ul>
        ${has('') || has('levels') ? this.theory?.renderLevels(lang, subheading) : nothing}
        ${has('cycle') ? this.theory?.renderCycle(lang, subheading) : nothing}
      </section>
      ${this.cutMarks ? html`<div class="marks" aria-hidden="true"><i></i><i></i><i></i><i></i></div>` : nothing}
    </div>`;
  }

  /** Reads as "1, rood, rondje: <meaning>; 4 keer gegeven". */
  private renderEntry(entry: LegendEntry, max: number, lang: Lang): TemplateResult {
    const color = toHex(entry.rgb);
    const outline = needsOutline(entry.rgb, this.background) ? 'outline' : '';
    const shape = entry.shape ? t(lang, `legend.${entry.shape}`) : t(lang, 'legend.glyph', { glyph: entry.glyph! });
    const count = entry.count;
    return html`<li data-number=${entry.number}>
      <span class="number">${entry.number}</span><span class="visually-hidden">, </span>
      <svg part="dot" class="dot" viewBox="-1 -1 22 22" aria-hidden="true" data-outline=${outline ? 'true' : 'false'}>
        <path class=${outline} fill=${color} d=${shapePath(entry.shape ?? 'circle')}></path>
        ${entry.glyph
          ? svg`<text x="10" y="10.5" fill=${inkOn(entry.rgb)} text-anchor="middle" dominant-baseline="central">${entry.glyph}</text>`
          : nothing}
      </svg>
      <span class="text"
        ><b class="name">${entry.name[lang === 'nl' ? 1 : 2]}</b><span class="visually-hidden">, ${shape}:</span>
        <span class="meaning" lang=${(entry.meaning && this.textLang) || nothing}>${entry.meaning ?? t(lang, `legend.${entry.number}` as LegendMessage)}</span
        >${count === undefined ? nothing : html`<span class="visually-hidden">; ${t(lang, 'legend.given', { count: String(count) })}</span>`}</span
      >
      ${count === undefined
        ? nothing
        : html`<span class="count" part="count" aria-hidden="true"
            ><svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none"
              ><rect class=${outline} fill=${color} height="10" width=${barWidth(count, max)}></rect></svg
            >${count}</span
          >`}
    </li>`;
  }
}
