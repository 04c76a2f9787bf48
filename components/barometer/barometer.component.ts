import { html, svg, nothing, type CSSResult, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { LzmElement, baseStyles } from '../core/lzm-element.js';
import { sharedChunk } from '../core/shared-chunk.js';
import { numberAttribute } from '../core/attributes.js';
import { formatNumber, type Lang } from '../core/locale.js';
import { DEFAULT_HINGE, zoneName, zoneOf, zoneRanges, type Zone } from '../core/zones.js';
import type { BarometerReading } from './barometer.data.js';
import { t } from './barometer.messages.js';
import {
  DIAL, angleOf, bandPath, hingeLabel, hingeMark, needleEnd, offScale, offScaleChevron, offScaleLabel, tickLabel, tickPath, ticksOf, viewBoxOf,
  type DialLabel, type OffScale, type Scale,
} from './barometer.geometry.js';
import { dialNumber, factsOf, offScaleMark, offScaleText, valueTextOf } from './barometer.format.js';
import { barometerStyles } from './barometer.styles.js';
import { zoneColorStyles } from '../core/zone-styles.js';

type DataReader = typeof import('./barometer.data.js');
type ReadingRules = typeof import('../core/reading.js');
type Details = typeof import('./barometer.details.js');

/** Number attributes, checked for unreadable text on every update. */
const NUMBER_ATTRIBUTES = ['value', 'min', 'max', 'hinge', 'ci-low', 'ci-high', 'n', 'reference', 'min-group'];

/** One media query list for every dial (asked in `updated` only, never while server rendering). */
let motionQuery: MediaQueryList | undefined;
const reducedMotion = () => (motionQuery ??= window.matchMedia('(prefers-reduced-motion: reduce)')).matches;

/** What each connected dial does before the page prints (one window listener for all of them). */
const beforePrint = new Set<() => void>();
const printAll = () => beforePrint.forEach((askDetails) => askDetails());

/** The details chunk, shared by every dial on the page once loaded. */
const detailsChunk = sharedChunk((): Promise<Details> => import('./barometer.details.js'));
const loadDetails = detailsChunk.load;

/**
 * What every dial with the same scale, hinge and language draws alike, made once and shared:
 * the zone ring, and the ticks, their labels and the hinge mark. Each is one static template, so
 * a dial clones it (no attribute bindings to set) instead of setting about a hundred attributes.
 */
interface Frame {
  viewBox: string;
  ring: TemplateResult;
  scale: TemplateResult;
}
const frames = new Map<string, Frame>();

/** The markup is ours alone (class names and numbers formatted by formatNumber); escaped all the same. */
const escapeText = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const staticSvg = (markup: string): TemplateResult => svg(Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray);
const round = (x: number) => +x.toFixed(2);
const labelMarkup = ({ x, y, anchor, baseline, text }: DialLabel, className?: string) =>
  `<text${className ? ` class="${className}"` : ''} x="${round(x)}" y="${round(y)}" text-anchor="${anchor}" dominant-baseline="${baseline}">${escapeText(text)}</text>`;

function frameOf(scale: Scale, hinge: number, lang: Lang): Frame {
  const key = `${lang} ${scale.min} ${scale.max} ${hinge}`;
  let frame = frames.get(key);
  if (frame) return frame;
  const ticks = ticksOf(scale);
  const labels = ticks.map((tick) => tickLabel(tick, scale, dialNumber(tick, lang)));
  const onTick = ticks.map((tick) => Math.abs(tick - hinge) < 1e-9);
  const all: DialLabel[] = [...labels];
  const mark = hingeMark(hinge, scale);
  let hingeMarkup = '';
  if (mark) {
    const label = onTick.includes(true) ? undefined : hingeLabel(hinge, scale, dialNumber(hinge, lang));
    if (label) all.push(label);
    hingeMarkup = `<g class="hinge"><line x1="${round(mark.x1)}" y1="${round(mark.y1)}" x2="${round(mark.x2)}" y2="${round(mark.y2)}"></line>${label ? labelMarkup(label) : ''}</g>`;
  }
  const zones = zoneRanges(scale.min, scale.max, hinge)
    .map((range) => `<path class="zone zone-${range.zone}" data-zone="${range.zone}" d="${bandPath(range.from, range.to, scale, DIAL.inner, DIAL.outer)}"></path>`)
    .join('');
  frame = {
    viewBox: viewBoxOf(all).join(' '),
    ring: staticSvg(`<g class="ring" transform="translate(${DIAL.cx},${DIAL.cy})">${zones}</g>`),
    scale: staticSvg(
      `<path class="ticks" d="${tickPath(ticks, scale)}"></path><g class="tick-labels">${labels.map((label, i) => labelMarkup(label, onTick[i] ? 'hinge-tick' : undefined)).join('')}</g>${hingeMarkup}`,
    ),
  };
  if (frames.size > 50) frames.clear(); // a page uses a handful of scales; never grow without bound
  frames.set(key, frame);
  return frame;
}

const labelText = (label: DialLabel) =>
  svg`<text x=${label.x} y=${label.y} text-anchor=${label.anchor} dominant-baseline=${label.baseline}>${label.text}</text>`;

/**
 * Hattie's effect-size barometer: one effect size on a half dial with four zones and the hinge point.
 *
 * @tagname lzm-barometer
 * @summary Shows an effect size (Cohen's d) on a half dial with reverse, developmental, teacher and desired zones.
 *
 * A dial is one small SVG and its value text until more is asked for: the zone legend and the
 * caption's detail line (CI, n, d_z, r) render when the dial is focused, its table is shown, the
 * page is printed, or `details` is set; the data table renders while shown. Their code is a lazy
 * chunk shared by every dial on the page. A screen reader hears one meter with the whole reading
 * either way: its name (`label`) and a value text with the zone, CI, n, d_z and r.
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
 * @csspart legend - The zone legend (rendered on demand: see `details`).
 * @csspart notes - Plain-language notes on reading the number (small group, CI crossing the hinge, …).
 * @csspart table - The data table (rendered while shown: the toggle, or `show-table`).
 * @csspart toggle - The show/hide table button.
 * @csspart error - The error message box.
 */
export class LzmBarometer extends LzmElement {
  static override styles = [baseStyles, zoneColorStyles, barometerStyles];

  /** A server render may draw the details: their styles join the kind's (see LzmElement.prepareServerStyles). */
  protected static override serverStyleChunks(): Promise<CSSResult>[] {
    return [...super.serverStyleChunks(), loadDetails().then((module) => module.detailsStyles)];
  }

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
    details: { type: Boolean },
    detailsAsked: { state: true },
  };

  /**
   * Loads the details chunk (zone legend, data table) for every dial on the page. A dial loads it
   * itself when it needs it; a server render (Lit SSR: one update, no waiting for an import) that
   * sets `details` awaits this once first, so the dials render their details in that update.
   */
  static async loadDetails(): Promise<void> {
    this.joinStyles((await loadDetails()).detailsStyles);
  }

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

  /** Shows the data table (rendered only while shown, so a hidden table is not in the accessibility tree). */
  showTable = false;

  /**
   * Renders the details (zone legend, the caption's CI/n line) from the start instead of on
   * demand (focus, the table, printing). For a page of few dials, or a server render:
   * `await LzmBarometer.loadDetails()` first.
   */
  details = false;

  /** Details asked for by focus or printing. */
  private detailsAsked = false;

  private reading?: BarometerReading;

  /** The data interpreter, loaded on first need: attribute-only barometers never download it. */
  private reader?: DataReader;

  /** Plain-language reading rules, loaded once a reading has n or a CI to read. */
  private rules?: ReadingRules;

  /** Zone legend and data table, loaded when first wanted (shared by all dials). */
  private detailsModule?: Details;

  private get needleElement(): SVGGElement | null {
    return this.renderRoot?.querySelector('.needle') ?? null;
  }

  private shownAngle?: number;

  private get wantsDetails(): boolean {
    return this.details || this.detailsAsked || this.showTable;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (beforePrint.size === 0) window.addEventListener('beforeprint', printAll);
    beforePrint.add(this.askDetails);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    beforePrint.delete(this.askDetails);
    if (beforePrint.size === 0) window.removeEventListener('beforeprint', printAll);
  }

  /** Shows the details (focus, printing); an arrow function, so it serves as a listener and in `beforePrint`. */
  private askDetails = (): void => {
    this.detailsAsked = true;
  };

  private toggleTable(): void {
    this.showTable = !this.showTable;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.fileSource || this.data != null) {
      this.lazyImport('reader', () => import('./barometer.data.js'), (reader) => (this.reader = reader));
    }
    if (!this.detailsModule && ((this.wantsDetails && !this.compact) || this.showTable)) {
      // Another dial may have loaded it already: then it renders in this same update.
      if (detailsChunk.current) this.detailsModule = detailsChunk.current;
      else this.lazyImport('details', loadDetails, (module) => (this.detailsModule = module));
    }
    this.reading = this.attempt(() => this.computeReading());
    const reading = this.reading;
    if (reading && (reading.n !== undefined || reading.ciLow !== undefined || reading.stats)) {
      this.lazyImport('rules', () => import('../core/reading.js'), (rules) => (this.rules = rules));
    }
  }

  private computeReading(): BarometerReading | undefined {
    this.checkNumbers(NUMBER_ATTRIBUTES);
    if (!(this.min < this.max)) this.dataProblem('error.scale', { min: this.min, max: this.max });
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
    // The legend's styles come with its chunk: adopted once, by the dials that show it.
    const sheet = this.detailsModule?.detailsStyles.styleSheet;
    const root = this.renderRoot as ShadowRoot;
    if (sheet && root.adoptedStyleSheets && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
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
    if (this.failed) return this.renderError();
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
    const facts = factsOf(reading, lang);
    const offText = offScaleText(off, scale, lang);
    const valueText = valueTextOf(value, zoneLabel, facts, offText, lang);
    const tableId = 'data-table';
    const more = !this.compact && this.wantsDetails ? this.detailsModule : undefined;
    const input = { reading, zoneLabel, hinge: this.hinge, min: this.min, max: this.max, reference: this.reference, referenceLabel: this.referenceLabel, lang };
    const table = this.showTable ? this.detailsModule : undefined;
    // The caption repeats the meter's name and value text for the eye: hidden from screen readers, which hear the meter once.
    // No white space between the tags: each text node would be cloned into every dial.
    return html`<figure part="figure" @focusin=${this.askDetails}><div
        class="meter"
        role="meter"
        aria-valuenow=${Math.min(scale.max, Math.max(scale.min, value))}
        aria-valuemin=${scale.min}
        aria-valuemax=${scale.max}
        aria-valuetext=${valueText}
        aria-label=${reading.label ?? t(lang, 'barometer.name')}
      >${this.renderSvg(reading, zone, off, lang)}</div><figcaption aria-hidden="true">${
        reading.label ? html`<span class="label" part="label">${reading.label}</span>` : nothing
      }<span class="value" part="value">${formatNumber(value, lang)}</span><span class="zone-name">${zoneLabel}</span>${
        more && facts.length ? html`<span class="detail">${facts.join(' · ')}</span>` : nothing
      }${offText ? html`<span class="note">${offText}</span>` : nothing}${this.renderMissingNote(reading, lang)}</figcaption>${
        this.compact ? nothing : this.renderNotes(reading, lang)
      }${more ? more.renderLegend(input) : nothing}${
        this.compact ? nothing : this.renderTableToggle(this.showTable, this.toggleTable, tableId, reading.label ?? t(lang, 'barometer.name'))
      }${table ? table.renderTable(input, tableId) : nothing}</figure>`;
  }

  private renderSvg(reading: BarometerReading & { value: number }, zone: Zone, off: OffScale | undefined, lang: Lang) {
    const { scale } = this;
    const frame = frameOf(scale, this.hinge, lang);
    const needleAngle = angleOf(reading.value, scale);
    const [tipX, tipY] = needleEnd(reading.value, scale);
    const hasCi = reading.ciLow !== undefined && reading.ciHigh !== undefined;
    const reference = this.reference;
    const [refX, refY] = reference === undefined ? [0, 0] : needleEnd(reference, scale, DIAL.needle - 8);
    // No white space between the tags (every text node would be cloned into each of 320 dials), and
    // the centre (120, 122) = (DIAL.cx, DIAL.cy) written out: a binding costs a setAttribute per dial.
    return svg`<svg part="dial" viewBox=${frame.viewBox} aria-hidden="true" focusable="false" data-zone=${zone}>${frame.ring}${
      hasCi ? svg`<path class="ci" part="ci" transform="translate(120,122)" d=${bandPath(reading.ciLow!, reading.ciHigh!, scale, DIAL.ciInner, DIAL.ciOuter)}></path>` : nothing
    }${frame.scale}${
      reference !== undefined ? svg`<g class="reference"><line x1="120" y1="122" x2=${refX} y2=${refY}></line></g>` : nothing
    }<g class="needle" part="needle" data-angle=${(needleAngle * 180) / Math.PI}><line x1="120" y1="122" x2=${tipX} y2=${tipY}></line><circle cx="120" cy="122" r="6"></circle></g>${
      off ? this.renderOffScaleMarker(off, lang) : nothing
    }</svg>`;
  }

  /** A chevron past the end of the dial and "> 1,2": the needle is clamped, not the truth. */
  private renderOffScaleMarker(off: OffScale, lang: Lang) {
    const label = offScaleLabel(off, offScaleMark(off, this.scale, lang));
    return svg`<g class="off-scale" data-off=${off}><path d=${offScaleChevron(off)}></path>${labelText(label)}</g>`;
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
}
