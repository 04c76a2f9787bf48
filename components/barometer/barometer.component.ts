import { html, svg, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { LzmElement, baseStyles } from '../core/lzm-element.js';
import { numberAttribute } from '../core/attributes.js';
import { LzmDataError } from '../core/errors.js';
import { formatNumber, type Lang } from '../core/locale.js';
import { DEFAULT_HINGE, zoneName, zoneOf, zoneRanges, type Zone } from '../core/zones.js';
import type { BarometerReading } from './barometer.data.js';
import { t } from './barometer.messages.js';
import { DIAL, angleOf, bandPath, offScale, pointAt, ticksOf, type Scale } from './barometer.geometry.js';
import { barometerStyles } from './barometer.styles.js';

type DataReader = typeof import('./barometer.data.js');
type ReadingRules = typeof import('../core/reading.js');

const NUMERIC_ATTRIBUTES = ['value', 'min', 'max', 'hinge', 'ci-low', 'ci-high', 'n', 'reference', 'min-group'] as const;

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * Hattie's effect-size barometer: one effect size on a half dial with four zones and the hinge point.
 *
 * @tagname lzm-barometer
 * @summary Shows an effect size (Cohen's d) on a half dial with reverse, developmental, teacher and desired zones.
 *
 * Data: attributes, `.data`, or `src` with influences, pupil pre/post scores, or a pupil-tracking
 * system's export (one row per pupil per sitting, as Cito LOVS, ParnasSys, IEP or Boom write it:
 * paired as the dashboard pairs it; with several periods the latest is shown).
 *
 * @fires lzm-error - Data could not be loaded or read. `detail: { message, code, file, line, column }`
 * @fires lzm-load - `src` was loaded and shown. `detail: { file, kind }`
 *
 * @cssprop [--lzm-zone-reverse=#c0392b] - Colour of the reverse-effects zone (d < 0).
 * @cssprop [--lzm-zone-developmental=#e0a526] - Colour of the developmental-effects zone.
 * @cssprop [--lzm-zone-teacher=#8fa3b0] - Colour of the teacher-effects zone.
 * @cssprop [--lzm-zone-desired=#2e7d32] - Colour of the zone of desired effects (d ≥ hinge).
 * @cssprop [--lzm-needle-color=#1f2328] - Needle and its hub.
 * @cssprop [--lzm-reference-color=#6e7781] - The reference needle (dashed).
 * @cssprop [--lzm-hinge-color=#1f2328] - The hinge-point mark and its label.
 * @cssprop [--lzm-ci-color=#1f2328] - The 95% confidence-interval band.
 * @cssprop [--lzm-tick-color=#57606a] - Tick marks and tick labels.
 * @cssprop [--lzm-text-color=#1f2328] - Text.
 * @cssprop [--lzm-background=transparent] - Background of the element (also the gaps between zones).
 * @cssprop [--lzm-border-color=#d0d7de] - Table borders.
 * @cssprop [--lzm-muted-color=#57606a] - Secondary text.
 * @cssprop [--lzm-font-family=system-ui] - Font.
 * @cssprop [--lzm-font-size=1rem] - Base font size; everything scales with it.
 * @cssprop [--lzm-value-font-size=2.25em] - The large value.
 * @cssprop [--lzm-barometer-max-width=30rem] - Largest width; the dial follows its container below it.
 * @cssprop [--lzm-compact-dial-width=3.2em] - Dial width in the compact variant.
 * @cssprop [--lzm-content-visibility=auto] - `auto` skips layout and paint of dials off screen (long lists); `visible` renders all.
 * @cssprop [--lzm-focus-color=#0969da] - Keyboard focus ring.
 * @cssprop [--lzm-error-color=#b3261e] - Border of the error state.
 * @cssprop [--lzm-error-text-color=#8c1d18] - Text of the error state.
 * @cssprop [--lzm-error-background=#fdecea] - Background of the error state.
 *
 * @csspart figure - The outer figure.
 * @csspart dial - The SVG dial.
 * @csspart needle - The needle group.
 * @csspart ci - The 95% confidence-interval band on the dial.
 * @csspart value - The value in large type.
 * @csspart label - The label (influence or group).
 * @csspart legend - The zone legend.
 * @csspart notes - Plain-language notes on reading the number (small group, CI crossing the hinge, …).
 * @csspart table - The data table (visually hidden until toggled).
 * @csspart toggle - The show/hide table button.
 * @csspart error - The error message box.
 */
export class LzmBarometer extends LzmElement {
  static override styles = [baseStyles, barometerStyles];

  /** Lit reactive properties; the JSDoc of each is on its field below. */
  static override properties: PropertyDeclarations = {
    value: { converter: numberAttribute },
    min: { converter: numberAttribute },
    max: { converter: numberAttribute },
    hinge: { converter: numberAttribute },
    label: {},
    ciLow: { attribute: 'ci-low', converter: numberAttribute },
    ciHigh: { attribute: 'ci-high', converter: numberAttribute },
    n: { converter: numberAttribute },
    reference: { converter: numberAttribute },
    referenceLabel: { attribute: 'reference-label' },
    item: {},
    group: {},
    subject: {},
    minGroup: { attribute: 'min-group', converter: numberAttribute },
    compact: { type: Boolean, reflect: true },
    showTable: { attribute: 'show-table', type: Boolean, reflect: true },
    reading: { state: true },
    reader: { state: true },
    rules: { state: true },
  };

  /** The effect size (Cohen's d). Accepts "0.62" and "0,62". */
  value?: number;

  /** Left end of the scale. */
  min = -0.2;

  /** Right end of the scale. Values beyond it are clamped with a visible marker. */
  max = 1.2;

  /** The hinge point (scharnierpunt); the teacher/desired zone boundary follows it. */
  hinge = DEFAULT_HINGE;

  /** What the effect size is of, e.g. an influence ("Feedback") or a group. */
  label?: string;

  /** Lower end of the 95% confidence interval. */
  ciLow?: number;

  /** Upper end of the 95% confidence interval. */
  ciHigh?: number;

  /** Number of pupils (or studies) behind the value. */
  n?: number;

  /** A second, lighter needle, e.g. the previous measurement or Hattie's average. */
  reference?: number;

  /** Legend text of the reference needle. */
  referenceLabel?: string;

  /** With `src` or `.data` holding a list: the influence to show (by name, case-insensitive). */
  item?: string;

  /** With pupil pre/post data or sittings: only this group (klas). */
  group?: string;

  /** With pupil pre/post data or sittings: only this subject (vak). */
  subject?: string;

  /** With pupil pre/post data: smaller groups show no number (privacy). */
  minGroup = 5;

  /** One-line variant for lists and tables. */
  compact = false;

  /** Shows the data table visibly (it is always there for screen readers). */
  showTable = false;

  private reading?: BarometerReading;

  /** The data interpreter, loaded on first need: attribute-only barometers never download it. */
  private reader?: DataReader;

  /** Plain-language reading rules, loaded once a reading has n or a CI to read. */
  private rules?: ReadingRules;

  private get needleElement(): SVGGElement | null {
    return this.renderRoot?.querySelector('.needle') ?? null;
  }

  private shownAngle?: number;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.fileSource || this.data != null) {
      this.lazyImport('reader', () => import('./barometer.data.js'), (reader) => (this.reader = reader));
    }
    this.reading = this.attempt(() => this.computeReading());
    const reading = this.reading;
    if (reading && (reading.n !== undefined || reading.ciLow !== undefined || reading.stats)) {
      this.lazyImport('rules', () => import('../core/reading.js'), (rules) => (this.rules = rules));
    }
  }

  private computeReading(): BarometerReading | undefined {
    for (const name of NUMERIC_ATTRIBUTES) {
      const property = name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) as keyof this;
      if (Number.isNaN(this[property])) {
        throw new LzmDataError('error.attribute', { name, value: this.getAttribute(name) ?? String(this[property]) });
      }
    }
    if (!(this.min < this.max)) throw new LzmDataError('error.scale', { min: this.min, max: this.max });
    const options = { item: this.item, group: this.group, subject: this.subject, minGroup: this.minGroup };
    let reading: BarometerReading;
    if (this.fileSource) {
      if (!this.loaded || !this.reader) return undefined;
      reading = this.reader.readingFromLoaded(this.loaded, options);
    } else if (this.data != null) {
      if (!this.reader) return undefined;
      reading = this.reader.readingFromData(this.data, options);
    } else {
      reading = { value: this.value, ciLow: this.ciLow, ciHigh: this.ciHigh, n: this.n };
    }
    return { ...reading, label: this.label ?? reading.label };
  }

  private get scale(): Scale {
    return { min: this.min, max: this.max };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const value = this.reading?.value;
    const angle = value === undefined ? undefined : angleOf(value, this.scale);
    // Sweep the needle from where it was; never on first paint (320 dials at once) or with reduced motion.
    if (angle !== undefined && this.shownAngle !== undefined && angle !== this.shownAngle && !reducedMotion()) {
      const from = ((this.shownAngle - angle) * 180) / Math.PI;
      this.needleElement?.animate([{ transform: `rotate(${from}deg)` }, { transform: 'rotate(0deg)' }], {
        duration: 600,
        easing: 'cubic-bezier(.2,.8,.3,1)',
      });
    }
    this.shownAngle = angle;
  }

  protected override render(): TemplateResult {
    if (this.error) return this.renderError();
    if (this.loading || ((this.fileSource || this.data != null) && !this.reading)) return this.renderLoading();
    const lang = this.uiLang;
    const reading = this.reading ?? {};
    if (reading.suppressed) {
      return html`<figure part="figure">
        <figcaption>
          ${reading.label ? html`<span class="label" part="label">${reading.label}</span>` : nothing}
          <span class="note">${t(lang, 'barometer.smallGroup', { min: String(this.minGroup) })}</span>
        </figcaption>
      </figure>`;
    }
    if (reading.value === undefined) {
      return html`<figure part="figure">
        <figcaption>
          ${reading.label ? html`<span class="label" part="label">${reading.label}</span>` : nothing}
          <span class="empty">${t(lang, 'barometer.empty')}</span>
          ${this.renderMissingNote(reading, lang)}
        </figcaption>
      </figure>`;
    }
    return this.renderDial(reading as BarometerReading & { value: number }, lang);
  }

  private renderMissingNote(reading: BarometerReading, lang: Lang) {
    return reading.missing
      ? html`<span class="note">${t(lang, 'barometer.missingPairs', { count: String(reading.missing) })}</span>`
      : nothing;
  }

  private renderDial(reading: BarometerReading & { value: number }, lang: Lang): TemplateResult {
    const { scale } = this;
    const value = reading.value;
    const zone = zoneOf(value, this.hinge);
    const zoneLabel = zoneName(zone, lang);
    const off = offScale(value, scale);
    const fmt = (x: number) => formatNumber(x, lang);
    const hasCi = reading.ciLow !== undefined && reading.ciHigh !== undefined;
    const dz = reading.stats?.dz ?? reading.dz;
    const r = reading.stats?.r ?? reading.r;
    const details = [
      hasCi ? `${t(lang, 'barometer.ci')} ${fmt(reading.ciLow!)}–${fmt(reading.ciHigh!)}` : '',
      reading.n !== undefined ? `n = ${reading.n}` : '',
      dz !== undefined && Number.isFinite(dz) ? `d_z = ${fmt(dz)}` : '',
      r !== undefined ? `r = ${fmt(r)}` : '',
    ].filter(Boolean);
    const offText = off === 'above' ? t(lang, 'barometer.aboveScale', { max: fmt(scale.max) })
      : off === 'below' ? t(lang, 'barometer.belowScale', { min: fmt(scale.min) }) : '';
    const valueText = `${t(lang, 'barometer.name')} ${fmt(value)} — ${zoneLabel}${details.length ? ` (${details.join(', ')})` : ''}${offText ? `; ${offText}` : ''}`;
    const tableId = 'data-table';
    return html`<figure part="figure">
      <div
        class="meter"
        role="meter"
        aria-valuenow=${Math.min(scale.max, Math.max(scale.min, value))}
        aria-valuemin=${scale.min}
        aria-valuemax=${scale.max}
        aria-valuetext=${valueText}
        aria-label=${reading.label ?? t(lang, 'barometer.name')}
      >
        ${this.renderSvg(reading, zone, off, lang)}
      </div>
      <figcaption>
        ${reading.label ? html`<span class="label" part="label">${reading.label}</span>` : nothing}
        <span class="value" part="value">${fmt(value)}</span>
        <span class="zone-name">${zoneLabel}</span>
        ${details.length ? html`<span class="detail">${details.join(' · ')}</span>` : nothing}
        ${offText ? html`<span class="note">${offText}</span>` : nothing}
        ${this.renderMissingNote(reading, lang)}
      </figcaption>
      ${this.compact ? nothing : this.renderNotes(reading, lang)}
      ${this.compact ? nothing : this.renderLegend(lang)}
      ${this.compact ? nothing : this.renderTableToggle(this.showTable, () => (this.showTable = !this.showTable), tableId)}
      ${this.renderTable(reading, zoneLabel, lang, tableId)}
    </figure>`;
  }

  private renderSvg(reading: BarometerReading & { value: number }, zone: Zone, off: 'above' | 'below' | undefined, lang: Lang) {
    const { scale } = this;
    const { cx, cy, outer, inner } = DIAL;
    const fmt = (x: number) => formatNumber(x, lang, 1).replace(/([,.]\d)0$/, '$1');
    const tickLabel = (x: number) => formatNumber(x, lang, Math.abs(x * 10 - Math.round(x * 10)) > 1e-9 ? 2 : 1);
    const needleAngle = angleOf(reading.value, scale);
    const [tipX, tipY] = pointAt(needleAngle, DIAL.needle);
    const hingeVisible = this.hinge >= scale.min && this.hinge <= scale.max;
    const hingeAngle = angleOf(this.hinge, scale);
    const [h1x, h1y] = pointAt(hingeAngle, inner - 6);
    const [h2x, h2y] = pointAt(hingeAngle, outer + 6);
    const [hlx, hly] = pointAt(hingeAngle, outer + 20);
    const onTick = ticksOf(scale).some((tick) => Math.abs(tick - this.hinge) < 1e-9);
    const hasCi = reading.ciLow !== undefined && reading.ciHigh !== undefined;
    const reference = this.reference;
    return svg`<svg part="dial" viewBox="0 0 ${DIAL.width} ${DIAL.height}" aria-hidden="true" focusable="false" data-zone=${zone}>
      <g transform="translate(${cx},${cy})">
        ${zoneRanges(scale.min, scale.max, this.hinge).map(
          (range) => svg`<path class="zone zone-${range.zone}" data-zone=${range.zone} d=${bandPath(range.from, range.to, scale, inner, outer)}></path>`,
        )}
        ${hasCi ? svg`<path class="ci" part="ci" d=${bandPath(reading.ciLow!, reading.ciHigh!, scale, DIAL.ciInner, DIAL.ciOuter)}></path>` : nothing}
      </g>
      ${ticksOf(scale).map((tick) => {
        const angle = angleOf(tick, scale);
        const [x1, y1] = pointAt(angle, outer);
        const [x2, y2] = pointAt(angle, outer + 4);
        const [lx, ly] = pointAt(angle, outer + 7);
        // Anchor labels away from the dial so the end labels do not run into the tick marks.
        const side = Math.sin(angle);
        const anchor = side > 0.3 ? 'start' : side < -0.3 ? 'end' : 'middle';
        const atHinge = Math.abs(tick - this.hinge) < 1e-9;
        return svg`<g class=${atHinge ? 'tick hinge-tick' : 'tick'}><line x1=${x1} y1=${y1} x2=${x2} y2=${y2}></line><text x=${lx} y=${ly} text-anchor=${anchor} dominant-baseline=${Math.cos(angle) > 0.3 ? 'auto' : 'middle'}>${tickLabel(tick)}</text></g>`;
      })}
      ${hingeVisible
        ? svg`<g class="hinge"><line x1=${h1x} y1=${h1y} x2=${h2x} y2=${h2y}></line>${onTick ? nothing : svg`<text x=${hlx} y=${hly} text-anchor="middle">${fmt(this.hinge)}</text>`}</g>`
        : nothing}
      ${reference !== undefined
        ? svg`<g class="reference"><line x1=${cx} y1=${cy} x2=${pointAt(angleOf(reference, scale), DIAL.needle - 8)[0]} y2=${pointAt(angleOf(reference, scale), DIAL.needle - 8)[1]}></line></g>`
        : nothing}
      <g class="needle" part="needle" data-angle=${(needleAngle * 180) / Math.PI}>
        <line x1=${cx} y1=${cy} x2=${tipX} y2=${tipY}></line>
        <circle cx=${cx} cy=${cy} r="6"></circle>
      </g>
      ${off ? this.renderOffScaleMarker(off, lang) : nothing}
    </svg>`;
  }

  /** A chevron past the end of the dial and "> 1,2": the needle is clamped, not the truth. */
  private renderOffScaleMarker(off: 'above' | 'below', lang: Lang) {
    const { cx, cy, outer } = DIAL;
    const edge = off === 'above' ? cx + outer : cx - outer;
    const dir = off === 'above' ? 1 : -1;
    const x = edge + dir * 4;
    const path = `M${x},${cy - 26} L${x + dir * 9},${cy - 20} L${x},${cy - 14} Z`;
    const text = `${off === 'above' ? '>' : '<'} ${formatNumber(off === 'above' ? this.max : this.min, lang, 1)}`;
    return svg`<g class="off-scale" data-off=${off}><path d=${path}></path><text x=${edge} y=${cy + 12} text-anchor=${off === 'above' ? 'end' : 'start'}>${text}</text></g>`;
  }

  /** What this number can and cannot carry (docs/effect-sizes.md), as plain sentences. */
  private renderNotes(reading: BarometerReading & { value: number }, lang: Lang) {
    if (!this.rules) return nothing;
    const sentences = this.rules.readingText(
      { r: reading.r, ...reading.stats, d: reading.value, n: reading.n, ciLow: reading.ciLow, ciHigh: reading.ciHigh, hinge: this.hinge, paired: !!reading.stats },
      lang,
    );
    return sentences.length ? html`<ul class="notes" part="notes">${sentences.map((text) => html`<li>${text}</li>`)}</ul>` : nothing;
  }

  private renderLegend(lang: Lang) {
    const fmt = (x: number) => formatNumber(x, lang);
    return html`<ul class="legend" part="legend">
      ${zoneRanges(-Infinity, Infinity, this.hinge).map((range) => {
        const bounds = range.from === -Infinity ? `< ${fmt(range.to)}` : range.to === Infinity ? `≥ ${fmt(range.from)}` : `${fmt(range.from)}–${fmt(range.to)}`;
        return html`<li><span class="swatch zone-${range.zone}"></span>${zoneName(range.zone, lang)} (${bounds})</li>`;
      })}
      ${this.reference !== undefined
        ? html`<li><span class="swatch reference-line"></span>${this.referenceLabel ?? t(lang, 'barometer.reference')}: ${fmt(this.reference)}</li>`
        : nothing}
    </ul>`;
  }

  private renderTable(reading: BarometerReading & { value: number }, zoneLabel: string, lang: Lang, id: string) {
    const fmt = (x: number) => formatNumber(x, lang);
    const rows: [string, string][] = [
      [t(lang, 'barometer.name'), fmt(reading.value)],
      [t(lang, 'table.zone'), zoneLabel],
      [t(lang, 'barometer.hinge'), fmt(this.hinge)],
      [t(lang, 'table.scale'), `${fmt(this.min)} – ${fmt(this.max)}`],
    ];
    if (reading.ciLow !== undefined && reading.ciHigh !== undefined) {
      rows.push([t(lang, 'barometer.ci'), `${fmt(reading.ciLow)} – ${fmt(reading.ciHigh)}`]);
    }
    if (reading.n !== undefined) rows.push([t(lang, 'table.n'), String(reading.n)]);
    if (reading.stats) {
      rows.push([t(lang, 'table.hedges'), fmt(reading.stats.g)]);
    }
    const dz = reading.stats?.dz ?? reading.dz;
    const r = reading.stats?.r ?? reading.r;
    if (dz !== undefined && Number.isFinite(dz)) rows.push([t(lang, 'table.dz'), fmt(dz)]);
    if (r !== undefined) rows.push([t(lang, 'table.r'), fmt(r)]);
    if (this.reference !== undefined) rows.push([this.referenceLabel ?? t(lang, 'barometer.reference'), fmt(this.reference)]);
    return html`<table id=${id} part="table" class=${this.showTable ? '' : 'visually-hidden'}>
      <caption>${t(lang, 'table.caption')}${reading.label ? html`: ${reading.label}` : nothing}</caption>
      <thead><tr><th scope="col">${t(lang, 'table.quantity')}</th><th scope="col">${t(lang, 'table.value')}</th></tr></thead>
      <tbody>
        ${rows.map(([name, value]) => html`<tr><th scope="row">${name}</th><td>${value}</td></tr>`)}
      </tbody>
    </table>`;
  }
}
