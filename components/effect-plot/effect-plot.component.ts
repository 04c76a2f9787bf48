import { html, svg, nothing, type CSSResult, isServer, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { LzmElement, baseStyles } from '../core/lzm-element.js';
import { sharedChunk } from '../core/shared-chunk.js';
import { numberAttribute } from '../core/attributes.js';
import { formatNumber, type Lang } from '../core/locale.js';
import { DEFAULT_HINGE, zoneOf, zoneRanges, type Zone } from '../core/zones.js';
import { SORT_ORDERS, typedRows, visibleRows, type EffectPlotRow, type IndexedRow, type SortOrder } from './effect-plot.rows.js';
import {
  AXIS_HEIGHT, PLOT, PLOT_UNITS, ROW_HEIGHT,
  axisTicks, offScale, rowCenter, scaleOf, whiskerPath, xPercent, xUnits, type Scale,
} from './effect-plot.geometry.js';
import { markers } from './effect-plot.marker.js';
import { t } from './effect-plot.messages.js';
import { effectPlotStyles } from './effect-plot.styles.js';
import { zoneColorStyles } from '../core/zone-styles.js';

/** `detail` of the `lzm-select` event: the row as given in the data, and its position there. */
export interface LzmSelectDetail {
  row: EffectPlotRow;
  index: number;
}

interface PlotModel {
  rows: IndexedRow[];
  shown: IndexedRow[];
  scale: Scale;
}

type DataReader = typeof import('./effect-plot.data.js');
type Details = typeof import('./effect-plot.details.js');

/** The details chunk (legend, table, the active row's spoken text), shared by every plot on the page once loaded. */
const detailsChunk = sharedChunk((): Promise<Details> => import('./effect-plot.details.js'));
const loadDetails = detailsChunk.load;

/** After the first paint, when the browser is idle (Safari has no requestIdleCallback: a timeout). */
const whenIdle = (callback: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(callback, { timeout: 1000 }) : setTimeout(callback, 50);

const NUMERIC_ATTRIBUTES = ['hinge', 'min', 'max'] as const;

/** Properties that change only what is highlighted or shown beside the rows, not the rows. */
const VIEW_ONLY = new Set<PropertyKey>(['active', 'showTable', 'detailsAsked', 'details']);

/**
 * A forest plot of many effect sizes: one row per influence, a marker at d with its zone by colour
 * and shape, the 95% CI as a whisker, n, over the barometer's zone bands and the hinge point. The
 * legend, the data table and the active row's spoken text load as a small chunk when the browser
 * is first idle after the rows are drawn, on focus, or for the table.
 *
 * @tagname lzm-effect-plot
 * @summary Shows many effect sizes (Cohen's d) at once as a forest plot, with zones, CIs, n, sorting and a filter.
 *
 * @fires lzm-select - A row was chosen (Enter, or a click). `detail: { row: { name, value, ciLow?, ciHigh?, n? }, index }`, `index` being its position in the data.
 * @fires lzm-error - Data could not be loaded or read. `detail: { message, code, file, line, column }`
 * @fires lzm-load - `src` was loaded and shown. `detail: { file, kind }`
 *
 * @cssprop [--lzm-zone-reverse=#c0392b] - Colour of the reverse-effects zone (d < 0): its markers and band.
 * @cssprop [--lzm-zone-developmental=#e0a526] - Colour of the developmental-effects zone.
 * @cssprop [--lzm-zone-teacher=#8fa3b0] - Colour of the teacher-effects zone.
 * @cssprop [--lzm-zone-desired=#2e7d32] - Colour of the zone of desired effects (d ≥ hinge).
 * @cssprop [--lzm-band-opacity=0.14] - Opacity of the zone bands behind the rows.
 * @cssprop [--lzm-hinge-color=#1f2328] - The hinge-point line.
 * @cssprop [--lzm-ci-color=#1f2328] - The 95% confidence-interval whiskers.
 * @cssprop [--lzm-needle-color=#1f2328] - Outline of the markers and the off-scale chevrons.
 * @cssprop [--lzm-tick-color=#57606a] - Axis ticks, tick labels and grid lines.
 * @cssprop [--lzm-text-color=#1f2328] - Text.
 * @cssprop [--lzm-background=transparent] - Background; the sticky axis is drawn on it (white when unset).
 * @cssprop [--lzm-border-color=#d0d7de] - Frame of the plot and table borders.
 * @cssprop [--lzm-muted-color=#57606a] - Secondary text (n, the count).
 * @cssprop [--lzm-font-family=system-ui] - Font.
 * @cssprop [--lzm-font-size=1rem] - Base font size.
 * @cssprop [--lzm-effect-plot-max-width=48rem] - Largest width; the plot follows its container below it.
 * @cssprop [--lzm-effect-plot-max-height=36rem] - Height of the plot before it scrolls (the axis stays in view).
 * @cssprop [--lzm-active-row-background=rgba(9,105,218,0.12)] - Background of the active row.
 * @cssprop [--lzm-focus-color=#0969da] - Keyboard focus ring and the active row's outline.
 * @cssprop [--lzm-error-color=#b3261e] - Border of the error state.
 * @cssprop [--lzm-error-text-color=#8c1d18] - Text of the error state.
 * @cssprop [--lzm-error-background=#fdecea] - Background of the error state.
 *
 * @csspart figure - The outer figure.
 * @csspart label - The caption (`label`).
 * @csspart count - How many rows are shown (a live status: it changes with `filter`).
 * @csspart plot - The scrolling list of rows (the one tab stop, a listbox).
 * @csspart axis - The sticky axis with tick labels and the column headings.
 * @csspart marks - The SVG with bands, hinge, whiskers and markers.
 * @csspart row - Each row (an option of the listbox).
 * @csspart legend - The zone legend (shapes and colours), drawn a moment after the rows (the details chunk; on the server at once).
 * @csspart table - The data table (only while shown).
 * @csspart toggle - The show/hide table button.
 * @csspart empty - The message when there are no rows, or none match the filter.
 * @csspart error - The error message box.
 */
export class LzmEffectPlot extends LzmElement {
  static override styles = [baseStyles, zoneColorStyles, effectPlotStyles];

  /** A server render may draw the details: their styles join the kind's (see LzmElement.prepareServerStyles). */
  protected static override serverStyleChunks(): Promise<CSSResult>[] {
    return [...super.serverStyleChunks(), loadDetails().then((module) => module.detailsStyles)];
  }

  /** Lit reactive properties; the JSDoc of each is on its field below. */
  static override properties: PropertyDeclarations = {
    hinge: { converter: numberAttribute },
    min: { converter: numberAttribute },
    max: { converter: numberAttribute },
    sort: {},
    label: {},
    nameLabel: { attribute: 'name-label' },
    items: {},
    filter: {},
    showTable: { attribute: 'show-table', type: Boolean, reflect: true },
    active: { state: true },
    model: { state: true },
    reader: { state: true },
    detailsAsked: { state: true },
    details: { state: true },
  };

  /** The hinge point (scharnierpunt): the line across all rows and the teacher/desired zone boundary. */
  hinge = DEFAULT_HINGE;

  /** Left end of the scale; by default from the data, never above −0,2. Values below it are clamped with a marker. */
  min?: number;

  /** Right end of the scale; by default from the data, never below 1,2. Values above it are clamped with a marker. */
  max?: number;

  /** Row order: `value` (largest first, the default), `name`, or `none` (as in the data). */
  sort: SortOrder = 'value';

  /** Caption of the plot and the name of its list for screen readers. */
  label?: string;

  /** Heading of the name column, in the plot and its table (default "Invloed" / "Influence"); e.g. "Groep" for a school's groups. */
  nameLabel?: string;

  /** What the rows are, plural, in the count line ("9 groepen"; default "invloeden" / "influences"). */
  items?: string;

  /** Shows only rows whose name contains this text (case- and accent-insensitive). */
  filter?: string;

  /** Shows the data table of the rows shown. */
  showTable = false;

  /** Data index of the active row (keyboard or click). */
  private active?: number;

  private model?: PlotModel;

  /** The influences reader, loaded on first need: typed rows (`{ name, value, … }` numbers) never download it. */
  private reader?: DataReader;

  /** The details were asked for: after the first paint, by focus, or by a server-rendered page. */
  private detailsAsked = false;

  /** Legend, table and spoken text of the active row, once loaded. */
  private details?: Details;

  private get list(): HTMLElement | null {
    return this.renderRoot?.querySelector('[role="listbox"]') ?? null;
  }

  override connectedCallback(): void {
    // A page rendered on the server showed the legend: draw it again in the first update, not a moment later.
    if (!this.hasUpdated && this.shadowRoot?.firstChild) this.detailsAsked = true;
    super.connectedCallback();
  }

  /** Asks for the details chunk; an arrow function, so it serves as a callback. */
  private askDetails = (): void => {
    this.detailsAsked = true;
  };

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // Not in the way of the first paint, and in long before anyone prints (a printout has the legend).
    whenIdle(this.askDetails);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The server renders everything at once (the generator's renderer waits for the chunk and renders again).
    if (!this.details && (isServer || this.detailsAsked || this.showTable)) {
      if (detailsChunk.current) this.useDetails(detailsChunk.current);
      else this.lazyImport('details', loadDetails, (module) => this.useDetails(module));
    }
    const viewOnly = changed.size > 0 && [...changed.keys()].every((key) => VIEW_ONLY.has(key));
    if (!viewOnly) this.model = this.attempt(() => this.computeModel());
  }

  private useDetails(module: Details): void {
    // The browser adopts the legend's sheet per shadow root; a server render writes the kind's styles.
    if (isServer) (this.constructor as typeof LzmEffectPlot).joinStyles(module.detailsStyles);
    this.details = module;
  }

  private computeModel(): PlotModel | undefined {
    this.checkNumbers(NUMERIC_ATTRIBUTES);
    if (!SORT_ORDERS.includes(this.sort)) this.dataProblem('plot.sort', { value: String(this.sort) });
    const rows = this.readRows();
    if (!rows) return undefined;
    // The scale comes from all rows, so filtering does not move the axis under the reader.
    const scale = scaleOf(rows, this.min, this.max);
    if (!(scale.min < scale.max)) this.dataProblem('error.scale', { min: scale.min, max: scale.max });
    return { rows, shown: visibleRows(rows, this.sort, this.filter, this.uiLang), scale };
  }

  private readRows(): IndexedRow[] | undefined {
    if (!this.fileSource) {
      if (this.data == null) return [];
      const typed = typedRows(this.data);
      if (typed) return typed;
    }
    // Files, aliases, decimal commas and every error: the influences reader, imported on first need.
    this.lazyImport('reader', () => import('./effect-plot.data.js'), (reader) => (this.reader = reader));
    if (!this.reader) return undefined;
    if (this.fileSource) return this.loaded ? this.reader.rowsFromLoaded(this.loaded) : undefined;
    return this.reader.rowsFromData(this.data);
  }

  /** Position of the active row among the rows shown, or −1. */
  private get activePosition(): number {
    return this.model?.shown.findIndex((row) => row.index === this.active) ?? -1;
  }

  private onFocus(): void {
    this.askDetails();
    if (this.activePosition < 0 && this.model?.shown.length) this.active = this.model.shown[0].index;
  }

  private onKeydown(event: KeyboardEvent): void {
    const shown = this.model?.shown ?? [];
    if (!shown.length) return;
    const current = this.activePosition;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (current >= 0) this.select(shown[current]);
      return;
    }
    // A page is what fits in the scrolling box (less one row, so the reader keeps a row of context).
    const page = Math.max(1, Math.floor(((this.list?.clientHeight ?? 0) - AXIS_HEIGHT) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: shown.length - 1,
      PageDown: current + page,
      PageUp: current - page,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    this.active = shown[Math.min(shown.length - 1, Math.max(0, moves[event.key]))].index;
  }

  private onClick(event: MouseEvent): void {
    const row = (event.target as Element).closest?.('[role="option"]');
    // Rows carry no index (one binding a row): a row's place among the options is its place in `shown`.
    const position = row ? [...(row.parentElement?.querySelectorAll('[role="option"]') ?? [])].indexOf(row) : -1;
    const found = this.model?.shown[position];
    if (!found) return;
    this.active = found.index;
    this.select(found);
  }

  private select({ index, ...row }: IndexedRow): void {
    this.dispatchEvent(new CustomEvent<LzmSelectDetail>('lzm-select', { detail: { row, index }, bubbles: true, composed: true }));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The details' styles come with their chunk: adopted once per plot.
    const sheet = this.details?.detailsStyles.styleSheet;
    const root = this.renderRoot as ShadowRoot;
    if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    // Keep the active row in view (scroll-margin-top clears the sticky axis); smooth unless reduced motion (CSS).
    if ((changed as PropertyValues).has('active') && this.active !== undefined) {
      this.renderRoot.querySelector(`#row-${this.active}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  protected override render(): TemplateResult {
    if (this.failed) return this.renderError();
    if (this.loading || !this.model) return this.renderLoading();
    const lang = this.uiLang;
    const { rows, shown, scale } = this.model;
    const filter = this.filter?.trim() ?? '';
    const items = this.items ?? t(lang, 'plot.items');
    const count = filter
      ? t(lang, 'plot.filtered', { shown: String(shown.length), count: String(rows.length), filter, items })
      : t(lang, 'plot.count', { count: String(rows.length), items });
    const more = this.details;
    return html`<figure part="figure">
      ${this.label ? html`<figcaption part="label">${this.label}</figcaption>` : nothing}
      ${rows.length ? html`<p class="count" part="count" role="status">${count}</p>` : nothing}
      ${shown.length
        ? this.renderPlot(shown, scale, lang)
        : html`<p class="empty" part="empty">${rows.length ? t(lang, 'plot.noMatch', { filter, items }) : t(lang, 'plot.empty')}</p>`}
      ${rows.length && more ? more.renderLegend(this.hinge, lang) : nothing}
      ${shown.length ? this.renderTableToggle(this.showTable, () => (this.showTable = !this.showTable), 'data-table') : nothing}
      ${shown.length && this.showTable && more ? more.renderTable(shown, this.hinge, this.label, this.nameLabel ?? t(lang, 'plot.column'), lang) : nothing}
    </figure>`;
  }

  private renderPlot(shown: IndexedRow[], scale: Scale, lang: Lang): TemplateResult {
    const height = shown.length * ROW_HEIGHT;
    const zones = shown.map((row) => zoneOf(row.value, this.hinge));
    const unnamed = t(lang, 'plot.unnamed');
    // n of every row as one text, a word a row (a no-break space where a row has none), which its
    // zero-width box breaks into a line a row: one element instead of one per row. Spaces, not line
    // breaks: the dashboard generator collapses white space runs.
    const counts = shown.some((row) => row.n !== undefined) ? shown.map((row) => row.n ?? '\u00a0').join(' ') : '';
    // One binding a row, its name (escaped by Lit). Only the active row has an id, aria-selected and its
    // spoken text: name, d, zone, CI and n (aria-activedescendant points at it).
    return html`<div
      class="plot"
      part="plot"
      role="listbox"
      tabindex="0"
      aria-label=${this.label ?? t(lang, 'plot.name')}
      aria-activedescendant=${this.activePosition >= 0 ? `row-${this.active}` : nothing}
      @focus=${this.onFocus}
      @keydown=${this.onKeydown}
      @click=${this.onClick}
    >
      ${this.renderAxis(scale, lang)}
      <div class="body">
        ${this.renderMarks(shown, zones, scale, height, lang)}${counts ? html`<div class="n" aria-hidden="true">${counts}</div>` : nothing}${shown.map((row, position) =>
          row.index === this.active
            ? html`<div class="row" part="row" role="option" id="row-${row.index}" aria-selected="true" aria-label=${this.details?.rowText(row, zones[position], scale, lang) ?? nothing}>${row.name || unnamed}</div>`
            : html`<div class="row" part="row" role="option">${row.name || unnamed}</div>`,
        )}
      </div>
    </div>`;
  }

  private renderAxis(scale: Scale, lang: Lang) {
    const tickLabel = (x: number) => formatNumber(x, lang, Math.abs(x * 10 - Math.round(x * 10)) > 1e-9 ? 2 : 1);
    const hingeShown = this.hinge >= scale.min && this.hinge <= scale.max;
    const ticks = axisTicks(scale);
    const hingeTick = ticks.findIndex((tick) => Math.abs(tick - this.hinge) < 1e-9);
    return html`<div class="axis" part="axis" aria-hidden="true">
      <svg height=${AXIS_HEIGHT} focusable="false">
        <text class="heading" x="0" dx="6" y="18">${this.nameLabel ?? t(lang, 'plot.column')}</text>
        <text class="heading" x="100%" dx="-6" y="18" text-anchor="end">n</text>
        ${ticks.map(
          // Every other label, counted from the hinge, is "odd": a narrow plot hides those (a container
          // query), as no width is known on the server.
          (tick, i) => svg`<g class="tick${i === hingeTick ? ' hinge-tick' : (i - Math.max(0, hingeTick)) % 2 ? ' odd' : ''}">
            <line x1="${xPercent(tick, scale)}%" x2="${xPercent(tick, scale)}%" y1=${AXIS_HEIGHT - 7} y2=${AXIS_HEIGHT}></line>
            <text x="${xPercent(tick, scale)}%" y="16" text-anchor="middle">${tickLabel(tick)}</text>
          </g>`,
        )}
        ${hingeShown ? svg`<line class="hinge-mark" x1="${xPercent(this.hinge, scale)}%" x2="${xPercent(this.hinge, scale)}%" y1=${AXIS_HEIGHT - 11} y2=${AXIS_HEIGHT}></line>` : nothing}
      </svg>
    </div>`;
  }

  private renderMarks(shown: IndexedRow[], zones: Zone[], scale: Scale, height: number, lang: Lang) {
    const hingeShown = this.hinge >= scale.min && this.hinge <= scale.max;
    const grid = axisTicks(scale).map((tick) => `M${xUnits(tick, scale)},0V${height}`).join('');
    const byZone = new Map<Zone, { x: string[]; y: number[] }>();
    const offs: TemplateResult[] = [];
    shown.forEach((row, position) => {
      const x = `${xPercent(row.value, scale)}%`;
      const y = rowCenter(position);
      let zone = byZone.get(zones[position]);
      if (!zone) byZone.set(zones[position], (zone = { x: [], y: [] }));
      zone.x.push(x);
      zone.y.push(y);
      const off = offScale(row.value, scale);
      if (off) {
        offs.push(svg`<rect class="off-scale off-${off}" data-off=${off} x=${x} y=${y} width="6" height="11"></rect><text class="off-value" x=${x} y=${y} dx=${off === 'above' ? -10 : 10} text-anchor=${off === 'above' ? 'end' : 'start'}>${formatNumber(row.value, lang)}</text>`);
      }
    });
    return svg`<svg class="marks" part="marks" height=${height} aria-hidden="true" focusable="false">
      <svg class="inner" x="${PLOT.left * 100}%" width="${Math.round((PLOT.right - PLOT.left) * 1e5) / 1e3}%" height=${height} viewBox="0 0 ${PLOT_UNITS} ${height}" preserveAspectRatio="none">
        ${zoneRanges(scale.min, scale.max, this.hinge).map(
          (range) => svg`<rect class="band zone-${range.zone}" data-zone=${range.zone} x=${xUnits(range.from, scale)} width=${Math.round((xUnits(range.to, scale) - xUnits(range.from, scale)) * 10) / 10} height=${height}></rect>`,
        )}
        <path class="grid" d=${grid}></path>
        ${hingeShown ? svg`<line class="hinge" x1=${xUnits(this.hinge, scale)} x2=${xUnits(this.hinge, scale)} y1="0" y2=${height}></line>` : nothing}
        <path class="whiskers" d=${whiskerPath(shown, scale)}></path>
      </svg>
      ${[...byZone].map(([zone, { x, y }]) => markers(zone, x.join(' '), y.join(' '), x.length))}
      ${offs}
    </svg>`;
  }
}
