import { html, svg, nothing, isServer, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { LzmElement, baseStyles } from '../core/lzm-element.js';
import { chartStyles } from '../core/chart-styles.js';
import { numberAttribute } from '../core/attributes.js';
import { ALL_ARROWS, SIDE_ARROWS, rovingTarget } from '../core/roving.js';
import type { Lang } from '../core/locale.js';
import { t } from './landscape.messages.js';
import {
  BRIDGES, ISLANDS, PARTS, POLDERS, fractionOf, isBridge, steppedValue, toJson,
  type LandscapeChangeDetail, type LandscapeReading, type LandscapeValues, type PartKey,
} from './landscape.model.js';
import { MAP, bridgeShape, islandCentre, islandLabel, islandRadii, lineOffsets, polderShape } from './landscape.geometry.js';
import { chartName, formatScore, partName, summary, valueText } from './landscape.format.js';
import { landscapeStyles } from './landscape.styles.js';
import type { Drag } from './landscape.drag.js';

type DataReader = typeof import('./landscape.data.js');
type Tip = typeof import('./landscape.tip.js');
type Dragging = typeof import('./landscape.drag.js');
type Table = typeof import('./landscape.table.js');

/** `detail` of `lzm-change` (defined with the model, named here where the event is fired). */
export type { LandscapeChangeDetail };

/**
 * The learning landscape of Ruijters & Simons: three islands (researching, practising, creating),
 * four polders where they flow together, and six directed bridges with their carrying capacity.
 *
 * @tagname lzm-landscape
 * @summary Draws a team's learning landscape; area and bridge width follow the scores, an earlier measurement as a dotted outline.
 *
 * @fires lzm-error - Data could not be loaded or read. `detail: { message, code, file, line, column }`
 * @fires lzm-load - `src` was loaded and shown. `detail: { file, kind }`
 * The map is one tab stop; the arrow keys move between its parts (Home, End: first, last part).
 * With `editable`, the parts are sliders: left and right move between them, up and down change the
 * focused part (1/20 of the scale a press); or a trainer changes a part by
 * dragging it with mouse, pen or touch (Pointer Events with pointer capture): an island or polder
 * grows as it is dragged away from its centre and shrinks as it is dragged back, by the distance
 * moved; a bridge gets stronger when dragged along towards its arrowhead and weaker when dragged
 * back (120 view-box units, about a third of the map's width, for the whole scale). Dragged values
 * snap to 1/20 of the scale and stay within it; the dragged part keeps the focus, so the arrow keys
 * go on from there. `touch-action: none` is set only on the parts of an editable map, so a
 * read-only map never blocks scrolling.
 *
 * @fires lzm-change - `editable`: a part was changed with the arrow keys or a drag (once per changed value, not per pointer move). `detail`: the whole map as JSON data.
 *
 * @cssprop [--lzm-sea-color=#dcecf5] - The sea behind the map.
 * @cssprop [--lzm-island-color=#d9c27e] - Islands.
 * @cssprop [--lzm-polder-color=#9cc97a] - Polders.
 * @cssprop [--lzm-shore-color=#57606a] - Outlines of land.
 * @cssprop [--lzm-bridge-color=#6b4226] - Bridges and their arrowheads.
 * @cssprop [--lzm-compare-color=#1f2328] - The earlier measurement's dotted outline.
 * @cssprop [--lzm-focus-color=#0969da] - Keyboard focus.
 * @cssprop [--lzm-tooltip-background=#1f2328] - Tooltip background.
 * @cssprop [--lzm-tooltip-color=#fff] - Tooltip text.
 * @cssprop [--lzm-landscape-max-width=40rem] - Largest width.
 * @cssprop [--lzm-print-table=table] - How a collapsed data table prints: `table`, or `none` on a page that prints its own.
 *
 * @csspart figure - The outer figure.
 * @csspart map - The SVG map.
 * @csspart summary - The text summary.
 * @csspart legend - The legend.
 * @csspart tooltip - The tooltip of the focused or hovered part.
 * @csspart table - The data table (hidden until toggled, and then out of the accessibility tree too; always printed).
 * @csspart toggle - The show/hide table button.
 * @csspart error - The error message box.
 */
export class LzmLandscape extends LzmElement {
  static override styles = [baseStyles, chartStyles, landscapeStyles];

  /** Lit reactive properties; the JSDoc of each is on its field below. */
  static override properties: PropertyDeclarations = {
    compare: { attribute: false },
    min: { converter: numberAttribute },
    max: { converter: numberAttribute },
    label: {},
    compareLabel: { attribute: 'compare-label' },
    editable: { type: Boolean, reflect: true },
    showTable: { attribute: 'show-table', type: Boolean, reflect: true },
    reading: { state: true },
    reader: { state: true },
    tip: { state: true },
    dragging: { state: true },
    table: { state: true },
    active: { state: true },
    current: { state: true },
    edits: { state: true },
  };

  /** An earlier measurement in the same shape as `.data`, drawn as a dotted outline. */
  compare?: unknown;

  /** Bottom of the scale; wins over the data's `scale` (default 0). */
  min?: number;

  /** Top of the scale; wins over the data's `scale` (default 1; a 1..5 survey: 5). */
  max?: number;

  /** Name of the current measurement in the legend and table, e.g. "2026". */
  label?: string;

  /** Name of the earlier measurement, e.g. "2025". */
  compareLabel?: string;

  /** Lets a trainer change a part with the up and down arrow keys or by dragging it (fires `lzm-change`). */
  editable = false;

  /** Shows the data table (collapsed, it is still rendered and printed, but hidden from everyone on screen). */
  showTable = false;

  private reading?: LandscapeReading;
  private reader?: DataReader;

  /** The tooltip and its explanations, loaded right after the first paint. */
  private tip?: Tip;

  /** Pointer editing, loaded once the map is `editable`. */
  private dragging?: Dragging;

  /** The data table, loaded once the map is drawn (at once on the server, which renders one update). */
  private table?: Table;

  private active?: PartKey;

  /** The part that is the map's one tab stop (roving tabindex): the last one focused. */
  private current: PartKey = PARTS[0];

  /** Values a trainer changed with the keyboard or pointer, laid over the data until the data changes. */
  private edits: LandscapeValues = {};

  /** The pointer drag in progress, with the pointer that makes it. */
  private drag?: Drag & { pointerId: number };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.fileSource || this.data != null || this.compare != null) {
      this.lazyImport('reader', () => import('./landscape.data.js'), (reader) => (this.reader = reader));
    }
    if (this.active) this.loadAfterPaint();
    if (isServer || this.showTable) this.loadTable();
    if (this.editable) this.lazyImport('dragging', () => import('./landscape.drag.js'), (dragging) => (this.dragging = dragging));
    if (changed.has('src') || changed.has('data') || changed.has('compare')) this.edits = {};
    const reading = this.attempt(() => this.read());
    this.reading = reading && { ...reading, values: { ...reading.values, ...this.edits } };
    // Without a map there is no part to point at (a focused part that goes away would clear it during the render).
    if (!this.reading || this.error) this.active = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // After the first paint with a map: the table and the tooltip's texts arrive in a later update
    // (the imports are async), before anyone reads the table or focuses a part, so the first focus
    // is described at once.
    if (this.reading && !this.error) this.loadAfterPaint();
  }

  private loadAfterPaint(): void {
    this.loadTable();
    this.lazyImport('tip', () => import('./landscape.tip.js'), (tip) => (this.tip = tip));
  }

  private loadTable(): void {
    this.lazyImport('table', () => import('./landscape.table.js'), (table) => (this.table = table));
  }

  private read(): LandscapeReading | undefined {
    this.checkNumbers(['min', 'max']);
    const override = this.min !== undefined || this.max !== undefined ? ([this.min ?? 0, this.max ?? 1] as [number, number]) : undefined;
    if (override && !(override[0] < override[1])) this.dataProblem('error.scale', { min: override[0], max: override[1] });
    if (this.fileSource) return this.loaded && this.reader?.readLoaded(this.loaded, this.compare ?? undefined, override);
    if (this.data != null || this.compare != null) return this.reader?.readData(this.data ?? {}, this.compare ?? undefined, override);
    return { values: {}, scale: override ?? [0, 1] };
  }

  protected override render(): TemplateResult {
    if (this.failed) return this.renderError();
    if (this.loading || !this.reading) return this.renderLoading();
    const lang = this.uiLang;
    const { values, compare, scale } = this.reading;
    const name = chartName(this.label, lang);
    return html`<figure part="figure">
      <div class="map">
        <svg
          part="map"
          viewBox="0 0 ${MAP.width} ${MAP.height}"
          role="group"
          tabindex="-1"
          aria-label=${name}
          @focusin=${this.onFocusIn}
          @focusout=${this.onLeave}
          @pointerover=${this.onFocus}
          @pointerleave=${this.onLeave}
          @keydown=${this.onKey}
          @pointerdown=${this.onPointerDown}
          @pointermove=${this.onPointerMove}
          @pointerup=${this.endDrag}
          @pointercancel=${this.endDrag}
          @lostpointercapture=${this.endDrag}
        >
          ${compare ? this.renderLand(compare, lang, true) : nothing}
          ${this.renderLand(values, lang, false)}
        </svg>
        ${this.active && this.tip ? this.tip.renderTip(this.active, values, scale, lang) : nothing}
      </div>
      <figcaption part="summary">${summary(this.reading, lang)}</figcaption>
      ${this.renderLegend(lang)}
      ${this.renderTableToggle(this.showTable, () => (this.showTable = !this.showTable), 'table', name)}
      ${this.table?.renderTable({ reading: this.reading, label: this.label, compareLabel: this.compareLabel, shown: this.showTable, lang }) ?? nothing}
    </figure>`;
  }

  /** One layer of land and bridges; `ghost` draws an earlier measurement as outlines only. */
  private renderLand(values: LandscapeValues, lang: Lang, ghost: boolean) {
    const { scale } = this.reading!;
    // Not measured: drawn at mid-scale as a dotted outline, so "no data" never looks like "nothing".
    const fraction = (key: PartKey) => (values[key] === undefined ? (ghost ? 0 : 0.5) : fractionOf(values[key]!, scale));
    const radii = islandRadii(values, scale);
    const fmt = (key: PartKey) => formatScore(values[key], lang);
    const part = (key: PartKey, kind: string, body: unknown) => {
      if (ghost) return body;
      const value = values[key];
      const classes = `part ${kind}${value === undefined ? ' unmeasured' : fractionOf(value, scale) === 0 ? ' zero' : ''}`;
      // One template in both modes, so a focused part keeps its focus when `editable` changes:
      // editable parts are sliders (arrow keys up and down change them), read-only ones images.
      const editable = this.editable;
      return svg`<g class=${classes} data-part=${key} tabindex=${key === this.current ? '0' : '-1'} role=${editable ? 'slider' : 'img'}
        aria-label=${editable ? partName(key, lang) : `${partName(key, lang)}: ${valueText(value, scale, lang)}`}
        aria-valuemin=${editable ? scale[0] : nothing} aria-valuemax=${editable ? scale[1] : nothing} aria-valuenow=${editable ? value ?? scale[0] : nothing}
        aria-valuetext=${editable ? valueText(value, scale, lang) : nothing}
        aria-describedby=${this.active === key && this.tip ? 'tip' : nothing}>${body}</g>`;
    };
    const land = ghost ? 'ghost' : 'land';
    return svg`
      ${ISLANDS.map((island) => {
        if (ghost && values[island] === undefined) return nothing;
        const [cx, cy] = islandCentre(island);
        const [x, y] = islandLabel(island);
        return part(island, 'island', svg`<circle class=${land} cx=${cx} cy=${cy} r=${radii[island]}></circle>${ghost ? nothing : svg`<text x=${x} y=${y}>${t(lang, `ls.${island}`)} ${fmt(island)}</text>`}`);
      })}
      ${POLDERS.map((polder) => {
        if (ghost && values[polder] === undefined) return nothing;
        const shape = polderShape(polder, fraction(polder));
        const words = [...t(lang, `ls.${polder}`).split(' '), fmt(polder)];
        const [x, y] = shape.anchor;
        const dy = lineOffsets(words.length);
        return part(polder, 'polder', svg`<path class=${land} d=${shape.d}></path>${ghost ? nothing : svg`<text x=${x} y=${y}>${words.map((word, i) => svg`<tspan x=${x} dy="${dy[i]}em">${word}</tspan>`)}</text>`}`);
      })}
      ${BRIDGES.map((key) => {
        const value = values[key];
        if (ghost && value === undefined) return nothing;
        const shape = bridgeShape(key, value === undefined ? undefined : fractionOf(value, scale), radii);
        return part(key, 'bridge', svg`<path class=${ghost ? 'ghost' : ''} d=${shape.d} stroke-width=${ghost ? 1.5 : shape.width}></path>${shape.arrow && !ghost ? svg`<polygon points=${shape.arrow}></polygon>` : nothing}`);
      })}`;
  }

  private renderLegend(lang: Lang) {
    const items = [t(lang, 'ls.legendZero'), t(lang, 'ls.legendUnmeasured')];
    if (this.reading!.compare) items.unshift(t(lang, 'ls.legendGhost', { name: this.compareLabel ?? t(lang, 'ls.previous') }));
    return html`<p class="legend" part="legend">${items.join(' · ')}</p>`;
  }

  private partOf(event: Event): PartKey | undefined {
    return ((event.target as Element).closest?.('[data-part]') as SVGElement | null)?.dataset.part as PartKey | undefined;
  }

  private onFocus = (event: Event) => {
    this.active = this.partOf(event);
  };

  private onLeave = () => {
    this.active = undefined;
  };

  /** The focused part becomes the map's tab stop. */
  private onFocusIn = (event: FocusEvent) => {
    this.onFocus(event);
    this.current = this.partOf(event) ?? this.current;
  };

  /**
   * Escape hides the tooltip. Arrow keys move between the parts (reading order, round), Home and
   * End to the first and last; with `editable`, left and right move and up and down change the
   * focused part by a twentieth of the scale (as a spin button in an APG toolbar). Keys used here
   * are not left to the page (a slide show's arrow keys).
   */
  private onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.active = undefined;
    const key = this.partOf(event);
    if (!key || !this.reading) return;
    const next = rovingTarget(event.key, PARTS.indexOf(key), PARTS.length, this.editable ? SIDE_ARROWS : ALL_ARROWS);
    if (next >= 0) {
      event.preventDefault();
      this.current = PARTS[next];
      this.renderRoot.querySelector<SVGGElement>(`[data-part="${PARTS[next]}"]`)?.focus();
      return;
    }
    const step = ({ ArrowUp: 1, ArrowDown: -1 } as Record<string, number>)[event.key];
    if (!this.editable || !step) return;
    event.preventDefault();
    this.change(key, steppedValue(this.reading.values[key], step, this.reading.scale));
  };

  /** Sets a part's value and fires `lzm-change` with the whole map, only if the value changed. */
  private change(key: PartKey, next: number): void {
    const { values, scale } = this.reading!;
    if (values[key] === next) return;
    this.edits = { ...this.edits, [key]: next };
    const edited: LandscapeValues = { ...values, [key]: next };
    // At once, not at the next render: a second pointer move before it compares with this value.
    this.reading = { ...this.reading!, values: edited };
    this.dispatchEvent(new CustomEvent('lzm-change', { detail: { ...toJson(edited), scale } satisfies LandscapeChangeDetail, bubbles: true, composed: true }));
  }

  /** With `editable`, pressing on a part starts dragging it: the part takes the focus and the pointer. */
  private onPointerDown = (event: PointerEvent) => {
    const key = this.partOf(event);
    const dragging = this.dragging;
    if (!this.editable || !dragging || !key || !this.reading || this.drag || !event.isPrimary || event.button !== 0) return;
    const grab = dragging.pointOf(event);
    if (!grab) return;
    const { values, scale } = this.reading;
    // A part that was not measured is drawn at mid-scale (a bridge: as none) and starts from there.
    const value = values[key] ?? (isBridge(key) ? scale[0] : (scale[0] + scale[1]) / 2);
    const target = (event.target as Element).closest('[data-part]') as SVGGElement;
    event.preventDefault(); // no text selection or native drag
    target.focus();
    target.setPointerCapture(event.pointerId);
    this.drag = { key, grab, value, pointerId: event.pointerId };
  };

  private onPointerMove = (event: PointerEvent) => {
    const { drag, dragging, reading } = this;
    if (!drag || !dragging || event.pointerId !== drag.pointerId || !reading) return;
    const point = dragging.pointOf(event);
    if (point) this.change(drag.key, dragging.dragValue(drag, point, reading.scale, islandRadii(reading.values, reading.scale)));
  };

  private endDrag = (event: PointerEvent) => {
    if (event.pointerId === this.drag?.pointerId) this.drag = undefined;
  };
}
