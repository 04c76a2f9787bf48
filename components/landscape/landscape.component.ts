import { html, svg, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { cssomStyle } from '../core/cssom-style.js';
import { LzmElement, baseStyles } from '../core/lzm-element.js';
import { numberAttribute } from '../core/attributes.js';
import { ALL_ARROWS, SIDE_ARROWS, rovingTarget } from '../core/roving.js';
import { formatNumber, type Lang } from '../core/locale.js';
import type { LandscapeReading, LandscapeValues } from './landscape.data.js';
import { t } from './landscape.messages.js';
import {
  BRIDGES, ISLANDS, MAP, PARTS, POLDERS, bridgeEnds, bridgeShape, dragValue, fractionOf, islandCentre, islandRadius, polderShape,
  type BridgeKey, type Drag, type Island, type PartKey, type Point,
} from './landscape.geometry.js';
import { landscapeStyles } from './landscape.styles.js';

type DataReader = typeof import('./landscape.data.js');

/** `detail` of `lzm-change`: the whole map after an edit, in the JSON shape. */
export interface LandscapeChangeDetail {
  islands: Record<string, number>;
  polders: Record<string, number>;
  bridges: { from: Island; to: Island; strength: number }[];
  scale: [number, number];
}

const isBridge = (key: PartKey): key is BridgeKey => key.includes('>');

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
  static override styles = [baseStyles, landscapeStyles];

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
    if (changed.has('src') || changed.has('data') || changed.has('compare')) this.edits = {};
    const reading = this.attempt(() => this.read());
    this.reading = reading && { ...reading, values: { ...reading.values, ...this.edits } };
  }

  private read(): LandscapeReading | undefined {
    this.checkNumbers(['min', 'max']);
    const override = this.min !== undefined || this.max !== undefined ? ([this.min ?? 0, this.max ?? 1] as [number, number]) : undefined;
    if (override && !(override[0] < override[1])) this.dataProblem('error.scale', { min: override[0], max: override[1] });
    if (this.fileSource) return this.loaded && this.reader?.readLoaded(this.loaded, this.compare ?? undefined, override);
    if (this.data != null || this.compare != null) return this.reader?.readData(this.data ?? {}, this.compare ?? undefined, override);
    return { values: {}, scale: override ?? [0, 1] };
  }

  /** The chart's name: the map's title, with the measurement's label when there is one. */
  private chartName(lang: Lang): string {
    return this.label ? `${t(lang, 'ls.title')} (${this.label})` : t(lang, 'ls.title');
  }

  /** "0,6 van 1": a value with the top of its scale, so a number alone never has to be guessed. */
  private valueText(value: number | undefined, lang: Lang): string {
    return value === undefined ? t(lang, 'ls.notMeasured') : t(lang, 'ls.ofScale', { value: this.fmt(value, lang), max: this.fmt(this.reading!.scale[1], lang) });
  }

  private fmt(value: number | undefined, lang: Lang): string {
    if (value === undefined) return t(lang, 'ls.notMeasured');
    return formatNumber(value, lang).replace(/([.,]\d*?)0+$/, '$1').replace(/[.,]$/, '');
  }

  private nameOf(key: PartKey, lang: Lang): string {
    if (!isBridge(key)) return t(lang, `ls.${key}`);
    const [from, to] = bridgeEnds(key);
    return t(lang, 'ls.bridge', { from: t(lang, `ls.${from}`), to: t(lang, `ls.${to}`) });
  }

  private strengthWord(value: number | undefined, lang: Lang): string {
    if (value === undefined) return t(lang, 'ls.notMeasured');
    const f = fractionOf(value, this.reading!.scale);
    const word = f === 0 ? 'ls.absent' : f < 1 / 3 ? 'ls.weak' : f < 2 / 3 ? 'ls.medium' : 'ls.strong';
    return `${t(lang, word)} (${this.fmt(value, lang)})`;
  }

  protected override render(): TemplateResult {
    if (this.failed) return this.renderError();
    if (this.loading || !this.reading) return this.renderLoading();
    const lang = this.uiLang;
    const { values, compare } = this.reading;
    const active = this.active;
    const anchor = active && this.anchorOf(active, values);
    return html`<figure part="figure">
      <div class="map">
        <svg
          part="map"
          viewBox="0 0 ${MAP.width} ${MAP.height}"
          role="group"
          tabindex="-1"
          aria-label=${this.chartName(lang)}
          @focusin=${this.onFocusIn}
          @focusout=${() => (this.active = undefined)}
          @pointerover=${this.onFocus}
          @pointerleave=${() => (this.active = undefined)}
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
        ${active && anchor
          ? html`<div
              id="tip"
              class="tip"
              role="tooltip"
              part="tooltip"
              style=${cssomStyle({ left: `${(anchor[0] / MAP.width) * 100}%`, top: `${(anchor[1] / MAP.height) * 100}%` })}
            >
              <strong>${this.nameOf(active, lang)}: ${this.fmt(values[active], lang)}</strong><br />${t(lang, `ls.about.${isBridge(active) ? 'bridge' : active}`)}
            </div>`
          : nothing}
      </div>
      <figcaption part="summary">${this.summary(lang)}</figcaption>
      ${this.renderLegend(lang)}
      ${this.renderTableToggle(this.showTable, () => (this.showTable = !this.showTable), 'table', this.chartName(lang))}
      ${this.renderTable(lang)}
    </figure>`;
  }

  private radii(values: LandscapeValues): Record<Island, number> {
    const radius = (island: Island) => islandRadius(fractionOf(values[island] ?? 0.5 * (this.reading!.scale[0] + this.reading!.scale[1]), this.reading!.scale));
    return { researching: radius('researching'), practising: radius('practising'), creating: radius('creating') };
  }

  private anchorOf(key: PartKey, values: LandscapeValues): Point {
    const radii = this.radii(values);
    if (isBridge(key)) return bridgeShape(key, undefined, radii).anchor;
    if ((ISLANDS as readonly string[]).includes(key)) {
      const [x, y] = islandCentre(key as Island);
      return [x, y + radii[key as Island]];
    }
    return polderShape(key as (typeof POLDERS)[number], 1).anchor;
  }

  /** One layer of land and bridges; `ghost` draws an earlier measurement as outlines only. */
  private renderLand(values: LandscapeValues, lang: Lang, ghost: boolean) {
    const { scale } = this.reading!;
    // Not measured: drawn at mid-scale as a dotted outline, so "no data" never looks like "nothing".
    const fraction = (key: PartKey) => (values[key] === undefined ? (ghost ? 0 : 0.5) : fractionOf(values[key]!, scale));
    const radii = this.radii(values);
    const part = (key: PartKey, kind: string, body: unknown) => {
      const value = values[key];
      const classes = `part ${kind}${value === undefined ? ' unmeasured' : fractionOf(value, scale) === 0 ? ' zero' : ''}`;
      if (ghost) return body;
      const tabindex = key === this.current ? '0' : '-1';
      const described = this.active === key ? 'tip' : nothing;
      // Editable parts are sliders (arrow keys up and down change them); read-only ones images.
      return this.editable
        ? svg`<g class=${classes} data-part=${key} tabindex=${tabindex} role="slider" aria-label=${this.nameOf(key, lang)}
            aria-valuemin=${scale[0]} aria-valuemax=${scale[1]} aria-valuenow=${value ?? scale[0]} aria-valuetext=${this.valueText(value, lang)}
            aria-describedby=${described}>${body}</g>`
        : svg`<g class=${classes} data-part=${key} tabindex=${tabindex} role="img" aria-label="${this.nameOf(key, lang)}: ${this.valueText(value, lang)}" aria-describedby=${described}>${body}</g>`;
    };
    const land = ghost ? 'ghost' : 'land';
    return svg`
      ${ISLANDS.map((island) => {
        if (ghost && values[island] === undefined) return nothing;
        const [cx, cy] = islandCentre(island);
        const top = island === 'researching';
        const y = top ? cy - MAP.islandMax - 8 : cy + MAP.islandMax + 18;
        return part(island, 'island', svg`<circle class=${land} cx=${cx} cy=${cy} r=${radii[island]}></circle>${ghost ? nothing : svg`<text x=${cx} y=${y}>${t(lang, `ls.${island}`)} ${this.fmt(values[island], lang)}</text>`}`);
      })}
      ${POLDERS.map((polder) => {
        if (ghost && values[polder] === undefined) return nothing;
        const shape = polderShape(polder, fraction(polder));
        const words = [...t(lang, `ls.${polder}`).split(' '), this.fmt(values[polder], lang)];
        const [x, y] = shape.anchor;
        return part(polder, 'polder', svg`<path class=${land} d=${shape.d}></path>${ghost ? nothing : svg`<text x=${x} y=${y}>${words.map((word, i) => svg`<tspan x=${x} dy="${i ? 1.1 : 0.35 - 0.55 * (words.length - 1)}em">${word}</tspan>`)}</text>`}`);
      })}
      ${BRIDGES.map((key) => {
        const value = values[key];
        if (ghost && value === undefined) return nothing;
        const shape = bridgeShape(key, value === undefined ? undefined : fractionOf(value, scale), radii);
        return part(key, 'bridge', svg`<path class=${ghost ? 'ghost' : ''} d=${shape.d} stroke-width=${ghost ? 1.5 : shape.width}></path>${shape.arrow && !ghost ? svg`<polygon points=${shape.arrow}></polygon>` : nothing}`);
      })}`;
  }

  private summary(lang: Lang): string {
    const { values, scale } = this.reading!;
    const fmt = (x: number) => this.fmt(x, lang);
    const name = (key: PartKey) => this.nameOf(key, lang);
    const sentences: string[] = [];
    const measured = (keys: readonly PartKey[]) => keys.filter((key) => values[key] !== undefined).sort((a, b) => values[b]! - values[a]!);
    const islands = measured(ISLANDS);
    if (islands.length) {
      const [big, small] = [islands[0], islands[islands.length - 1]];
      sentences.push(t(lang, 'ls.largest', { name: name(big), value: fmt(values[big]!), small: name(small), smallValue: fmt(values[small]!) }));
    }
    const polders = measured(POLDERS);
    if (polders.length) sentences.push(t(lang, 'ls.largestPolder', { name: name(polders[0]), value: fmt(values[polders[0]]!) }));
    for (let i = 0; i < BRIDGES.length; i += 2) {
      const [from, to] = bridgeEnds(BRIDGES[i]);
      sentences.push(
        t(lang, 'ls.pair', {
          from: name(from),
          to: name(to),
          there: this.strengthWord(values[BRIDGES[i]], lang),
          back: this.strengthWord(values[BRIDGES[i + 1]], lang),
        }),
      );
    }
    const missing = PARTS.filter((key) => values[key] === undefined);
    if (missing.length) sentences.push(t(lang, 'ls.missing', { list: missing.map(name).join(', ') }));
    sentences.push(t(lang, 'ls.scale', { min: fmt(scale[0]), max: fmt(scale[1]) }));
    return sentences.join(' ');
  }

  private renderLegend(lang: Lang) {
    const items = [t(lang, 'ls.legendZero'), t(lang, 'ls.legendUnmeasured')];
    if (this.reading!.compare) items.unshift(t(lang, 'ls.legendGhost', { name: this.compareLabel ?? t(lang, 'ls.previous') }));
    return html`<p class="legend" part="legend">${items.join(' · ')}</p>`;
  }

  private renderTable(lang: Lang) {
    const { values, compare } = this.reading!;
    const change = (key: PartKey) => {
      const [now, before] = [values[key], compare?.[key]];
      if (now === undefined || before === undefined) return '—';
      const text = this.fmt(now - before, lang);
      return now > before ? `+${text}` : text;
    };
    return html`<table id="table" part="table" ?hidden=${!this.showTable}>
      <caption>${this.chartName(lang)}</caption>
      <thead>
        <tr>
          <th scope="col">${t(lang, 'ls.part')}</th>
          <th scope="col">${this.label ?? t(lang, compare ? 'ls.current' : 'ls.value')}</th>
          ${compare ? html`<th scope="col">${this.compareLabel ?? t(lang, 'ls.previous')}</th><th scope="col">${t(lang, 'ls.change')}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${PARTS.map(
          (key) => html`<tr>
            <th scope="row">${this.nameOf(key, lang)}</th>
            <td>${this.fmt(values[key], lang)}</td>
            ${compare ? html`<td>${this.fmt(compare[key], lang)}</td><td>${change(key)}</td>` : nothing}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private partOf(event: Event): PartKey | undefined {
    return ((event.target as Element).closest?.('[data-part]') as SVGElement | null)?.dataset.part as PartKey | undefined;
  }

  private onFocus = (event: Event) => {
    this.active = this.partOf(event);
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
    const { values, scale } = this.reading;
    const [min, max] = scale;
    this.change(key, Math.min(max, Math.max(min, Math.round(((values[key] ?? min) + (step * (max - min)) / 20) * 1e6) / 1e6)));
  };

  /** Sets a part's value and fires `lzm-change` with the whole map, only if the value changed. */
  private change(key: PartKey, next: number): void {
    const { values, scale } = this.reading!;
    if (values[key] === next) return;
    this.edits = { ...this.edits, [key]: next };
    const edited: LandscapeValues = { ...values, [key]: next };
    // At once, not at the next render: a second pointer move before it compares with this value.
    this.reading = { ...this.reading!, values: edited };
    const detail: LandscapeChangeDetail = { islands: {}, polders: {}, bridges: [], scale };
    for (const part of PARTS) {
      const value = edited[part];
      if (value === undefined) continue;
      if (isBridge(part)) detail.bridges.push({ from: bridgeEnds(part)[0], to: bridgeEnds(part)[1], strength: value });
      else if ((ISLANDS as readonly string[]).includes(part)) detail.islands[part] = value;
      else detail.polders[part] = value;
    }
    this.dispatchEvent(new CustomEvent('lzm-change', { detail, bubbles: true, composed: true }));
  }

  /** A pointer event's position in view-box units. */
  private pointOf(event: PointerEvent): Point | undefined {
    const matrix = (event.currentTarget as SVGSVGElement).getScreenCTM();
    if (!matrix) return undefined;
    const { x, y } = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return [x, y];
  }

  /** With `editable`, pressing on a part starts dragging it: the part takes the focus and the pointer. */
  private onPointerDown = (event: PointerEvent) => {
    const key = this.partOf(event);
    if (!this.editable || !key || !this.reading || this.drag || !event.isPrimary || event.button !== 0) return;
    const grab = this.pointOf(event);
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
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointerId || !this.reading) return;
    const point = this.pointOf(event);
    if (!point) return;
    const { values, scale } = this.reading;
    this.change(drag.key, dragValue(drag, point, scale, this.radii(values)));
  };

  private endDrag = (event: PointerEvent) => {
    if (event.pointerId === this.drag?.pointerId) this.drag = undefined;
  };
}
