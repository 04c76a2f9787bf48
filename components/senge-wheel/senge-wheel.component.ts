import { html, svg, nothing, type PropertyValues, type SVGTemplateResult, type TemplateResult, type PropertyDeclarations } from 'lit';
import { LzmElement, baseStyles } from '../core/lzm-element.js';
import { chartStyles } from '../core/chart-styles.js';
import { numberAttribute } from '../core/attributes.js';
import { rovingTarget } from '../core/roving.js';
import { formatNumber, type Lang } from '../core/locale.js';
import { missingText, t } from './senge-wheel.messages.js';
import { OECD, SENGE, hideSmall, spreadOf, type Discipline, type Scale, type Scores, type WheelReading } from './senge-wheel.model.js';
import { changeText, describe, scoreText, spreadText } from './senge-wheel.format.js';
import {
  HUB_LABELS, N_OFFSET, WHEEL, connector, fillPath, hubRadius, sectorPath, segmentAngles, segmentLabels, whiskerAngle, whiskerPath, type PartLabels,
} from './senge-wheel.geometry.js';
import { wheelStyles } from './senge-wheel.styles.js';

type DataReader = typeof import('./senge-wheel.data.js');
type Texts = typeof import('./senge-wheel.texts.js');

/** Attribute → discipline, for the attribute-only (Senge) use. */
const SCORE_ATTRIBUTES = {
  'systems-thinking': 'systems',
  'personal-mastery': 'mastery',
  'mental-models': 'models',
  'shared-vision': 'vision',
  'team-learning': 'team',
} as const;

const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** How a hub or a segment draws itself, and where its labels go; renderPart does the rest. */
interface PartShape extends PartLabels {
  track: (classes: string) => SVGTemplateResult;
  level: (score: number, classes: string) => SVGTemplateResult;
  whisker: (low: number, high: number) => string;
}

/**
 * Senge's five disciplines as a wheel: systems thinking as the hub, tied by connectors to personal
 * mastery, mental models, shared vision and team learning around it. With `model="oecd"`, the
 * seven dimensions of the OECD "school as a learning organisation" in one ring.
 *
 * @tagname lzm-senge-wheel
 * @summary A wheel of learning-organisation scores with spread, n, an earlier moment and privacy for small groups.
 *
 * The wheel is one tab stop; the arrow keys (Home, End) move between the disciplines in the
 * legend's order. A discipline without a score says why: hidden because fewer than `min-group`
 * answered, hidden so that a smaller team's score cannot be worked out (data `hidden: "complement"`),
 * or no data.
 *
 * @fires lzm-error - Data could not be loaded or read. `detail: { message, code, file, line, column }`
 * @fires lzm-load - `src` was loaded and shown. `detail: { file, kind }`
 *
 * @cssprop [--lzm-wheel-fill=#2f6f9f] - Fill of a segment's score.
 * @cssprop [--lzm-wheel-hub-fill=#7a4f9a] - Fill of the hub's score (systems thinking).
 * @cssprop [--lzm-wheel-track=#e6ebf0] - The empty part of a segment (scale up to max).
 * @cssprop [--lzm-wheel-line=#1f2328] - Outlines, whiskers, the earlier moment and connectors.
 * @cssprop [--lzm-wheel-max-width=34rem] - Largest width; the wheel follows its container below it.
 * @cssprop [--lzm-focus-color=#0969da] - Keyboard focus ring.
 * @cssprop [--lzm-text-color=#1f2328] - Text.
 * @cssprop [--lzm-muted-color=#57606a] - Secondary text.
 * @cssprop [--lzm-background=transparent] - Background (also the halo behind numbers, the tooltip and buttons).
 * @cssprop [--lzm-border-color=#d0d7de] - Table borders.
 * @cssprop [--lzm-tooltip-background=var(--lzm-background, #fff)] - Background of the explanation tooltip.
 * @cssprop [--lzm-wheel-halo=var(--lzm-background, #fff)] - Halo behind the numbers written on the wheel.
 * @cssprop [--lzm-print-table=table] - How a collapsed data table prints: `table`, or `none` on a page that prints its own.
 *
 * @csspart figure - The outer figure.
 * @csspart wheel - The SVG wheel.
 * @csspart tooltip - The explanation shown for the focused or hovered discipline.
 * @csspart legend - The numbered list of disciplines with their scores.
 * @csspart table - The data table (hidden until toggled, and then out of the accessibility tree too; always printed).
 * @csspart toggle - The show/hide table button.
 * @csspart error - The error message box.
 */
export class LzmSengeWheel extends LzmElement {
  static override styles = [baseStyles, chartStyles, wheelStyles];

  /** Lit reactive properties; the JSDoc of each is on its field below. */
  static override properties: PropertyDeclarations = {
    model: { reflect: true },
    min: { converter: numberAttribute },
    max: { converter: numberAttribute },
    minGroup: { attribute: 'min-group', converter: numberAttribute },
    systemsThinking: { attribute: 'systems-thinking', converter: numberAttribute },
    personalMastery: { attribute: 'personal-mastery', converter: numberAttribute },
    mentalModels: { attribute: 'mental-models', converter: numberAttribute },
    sharedVision: { attribute: 'shared-vision', converter: numberAttribute },
    teamLearning: { attribute: 'team-learning', converter: numberAttribute },
    n: { converter: numberAttribute },
    compare: { attribute: false },
    label: {},
    team: {},
    textLang: { attribute: 'text-lang' },
    showTable: { attribute: 'show-table', type: Boolean, reflect: true },
    reading: { state: true },
    reader: { state: true },
    texts: { state: true },
    active: { state: true },
    current: { state: true },
  };

  /** `senge` (five disciplines, systems thinking as hub) or `oecd` (seven dimensions). */
  model: 'senge' | 'oecd' = 'senge';

  /** Lowest score of the scale. */
  min = 1;

  /** Highest score of the scale. */
  max = 5;

  /** Groups with fewer answers than this show no score (privacy). */
  minGroup = 5;

  /** Score of systems thinking (attribute-only use). */
  systemsThinking?: number;

  /** Score of personal mastery. */
  personalMastery?: number;

  /** Score of mental models. */
  mentalModels?: number;

  /** Score of shared vision. */
  sharedVision?: number;

  /** Score of team learning. */
  teamLearning?: number;

  /** Number of respondents behind the attribute scores. */
  n?: number;

  /** The earlier moment, in the same shapes as `.data`; drawn as an outline. */
  compare?: unknown;

  /** Title of the wheel, in the wheel's language; defaults to the model's name. */
  label?: string;

  /**
   * The team (or group) the scores are of, as the school writes it: said after the title
   * ("De vijf disciplines van Senge: team Bovenbouw"), in the wheel's name, caption and table.
   */
  team?: string;

  /**
   * Language of the school's own text (`team`) when it is not the wheel's, e.g. `nl` on an
   * English page: that text gets `lang`, so a screen reader reads it with the right voice.
   */
  textLang?: string;

  /** Shows the data table (collapsed, it is still rendered and printed, but hidden from everyone on screen). */
  showTable = false;

  private reading?: WheelReading;

  private reader?: DataReader;

  /** The explanations (tooltip) and OECD names, once loaded (senge-wheel.texts.ts). */
  private texts?: Texts;

  /** The discipline whose tooltip shows (focus or hover). */
  private active?: Discipline;

  /** The discipline that is the wheel's one tab stop (roving tabindex): the last one focused. */
  private current?: Discipline;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.fileSource || this.data != null || this.compare != null) {
      this.lazyImport('reader', () => import('./senge-wheel.data.js'), (reader) => (this.reader = reader));
    }
    if (this.model === 'oecd') this.loadTexts();
    this.reading = this.attempt(() => this.compute());
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // After the first paint: the explanations arrive before anyone focuses a discipline, so the
    // first focus is described at once (the import is async: a later update).
    if (this.reading && !this.error) this.loadTexts();
  }

  private loadTexts(): void {
    this.lazyImport('texts', () => import('./senge-wheel.texts.js'), (module) => (this.texts = module));
  }

  private get scale(): Scale {
    return { min: this.min, max: this.max };
  }

  private compute(): WheelReading | undefined {
    this.checkNumbers(['min', 'max', 'min-group', 'n', ...Object.keys(SCORE_ATTRIBUTES)]);
    if (!(this.min < this.max)) this.dataProblem('error.scale', { min: this.min, max: this.max });
    if (this.model === 'oecd' && !this.texts) return undefined;
    const options = { model: this.model, min: this.min, max: this.max, minGroup: this.minGroup };
    let reading: WheelReading;
    if (this.fileSource || this.data != null) {
      if (!this.reader || (this.fileSource && !this.loaded)) return undefined;
      reading = this.fileSource ? this.reader.wheelFromLoaded(this.loaded!, options) : this.reader.wheelFromData(this.data, options);
    } else {
      const current: Scores = {};
      for (const [name, key] of this.model === 'senge' ? Object.entries(SCORE_ATTRIBUTES) : []) {
        const score = this[camel(name) as keyof this] as number | undefined;
        if (score === undefined) continue;
        if (score < this.min || score > this.max) {
          this.dataProblem('error.wheelRange', { name, value: score, min: this.min, max: this.max });
        }
        current[key] = hideSmall({ score, n: this.n }, this.minGroup);
      }
      reading = { current };
    }
    if (this.compare != null) {
      if (!this.reader) return undefined;
      reading = { ...reading, earlier: this.reader.wheelFromData(this.compare, options).current };
    }
    return reading;
  }

  private get keys(): readonly Discipline[] {
    return this.model === 'oecd' ? OECD : SENGE;
  }

  protected override render(): TemplateResult {
    if (this.failed) return this.renderError();
    if (this.loading || !this.reading) return this.renderLoading();
    const lang = this.uiLang;
    const { current, earlier } = this.reading;
    const entries = Object.values(current);
    if (!entries.some((entry) => entry?.score !== undefined || entry?.hidden)) {
      return html`<p class="empty">${t(lang, 'wheel.empty')}</p>`;
    }
    const label = this.label ?? t(lang, this.model === 'oecd' ? 'wheel.oecd' : 'wheel.senge');
    // The name as text (the table button's name), and as HTML with the school's text in its own language.
    const title = this.team ? `${label}: ${t(lang, 'wheel.team')} ${this.team}` : label;
    const shownTitle = this.team ? html`${label}: ${this.renderTeam(lang)}` : label;
    const fmt = (x: number) => formatNumber(x, lang, Number.isInteger(x) ? 0 : 1);
    const notes = [
      this.model === 'senge' ? t(lang, 'wheel.hub') : '',
      t(lang, 'wheel.fill'),
      entries.some((entry) => entry && spreadOf(entry, this.scale)) ? t(lang, 'wheel.spread') : '',
      earlier ? t(lang, 'wheel.outline') : '',
      entries.some((entry) => entry?.hidden === 'small') ? t(lang, 'wheel.hidden', { min: String(this.minGroup) }) : '',
      entries.some((entry) => entry?.hidden === 'complement') ? t(lang, 'wheel.complementNote') : '',
    ].filter(Boolean);
    return html`<figure part="figure">
      <div class="wheel">
        ${this.renderWheel(lang)}
        ${this.active && this.texts ? this.texts.renderTip(this.active, this.model, lang) : nothing}
      </div>
      <figcaption>
        <strong class="title" id="title">${shownTitle}</strong> <span class="scale">${t(lang, 'wheel.scale', { min: fmt(this.min), max: fmt(this.max) })}</span>
        <ol class="legend" part="legend">
          ${this.keys.map((key, index) => html`<li><span class="badge" aria-hidden="true">${index + 1}</span>${this.describe(key, lang)}</li>`)}
        </ol>
        ${notes.map((note) => html`<p class="note">${note}</p>`)}
      </figcaption>
      ${this.renderTableToggle(this.showTable, () => (this.showTable = !this.showTable), 'table', title)}
      ${this.renderTable(shownTitle, lang)}
    </figure>`;
  }

  /** "team Bovenbouw", the name as the school wrote it marked with its language. */
  private renderTeam(lang: Lang) {
    return html`${t(lang, 'wheel.team')} <span lang=${this.textLang || nothing}>${this.team}</span>`;
  }

  private describe(key: Discipline, lang: Lang): string {
    const { current, earlier } = this.reading!;
    return describe(key, current[key], earlier?.[key]?.score, this.minGroup, lang);
  }

  private renderWheel(lang: Lang) {
    const oecd = this.model === 'oecd';
    const ring = oecd ? OECD : SENGE.slice(1);
    const inner = oecd ? WHEEL.oecdInner : WHEEL.inner;
    const { c, size } = WHEEL;
    return svg`<svg part="wheel" viewBox="0 0 ${size} ${size}" role="group" aria-labelledby="title" @keydown=${this.onKey}>
      <g transform="translate(${c},${c})">
        ${oecd ? nothing : ring.map((_, index) => {
          const [x1, y1, x2, y2] = connector(index, ring.length);
          return svg`<line class="connector" x1=${x1} y1=${y1} x2=${x2} y2=${y2}></line>`;
        })}
        ${oecd ? nothing : this.renderHub(lang)}
        ${ring.map((key, index) => this.renderSegment(key, index, ring.length, inner, lang))}
      </g>
    </svg>`;
  }

  private renderSegment(key: Discipline, index: number, count: number, inner: number, lang: Lang) {
    const { outer } = WHEEL;
    const [start, end] = segmentAngles(index, count);
    return this.renderPart(key, lang, {
      track: (attrs) => svg`<path class=${attrs} d=${sectorPath(start, end, inner, outer)}></path>`,
      level: (score, attrs) => svg`<path class=${attrs} d=${fillPath(index, count, score, this.scale, inner, outer)}></path>`,
      whisker: (low, high) => whiskerPath(whiskerAngle(index, count), low, high, this.scale, inner, outer),
      ...segmentLabels(index, count, inner),
    });
  }

  private renderHub(lang: Lang) {
    const { hub } = WHEEL;
    return this.renderPart('systems', lang, {
      track: (attrs) => svg`<circle class=${attrs} r=${hub}></circle>`,
      level: (score, attrs) => svg`<circle class=${attrs} r=${hubRadius(score, this.scale)}></circle>`,
      // Straight down, clear of the value written above the centre.
      whisker: (low, high) => whiskerPath(Math.PI, low, high, this.scale, 0, hub),
      ...HUB_LABELS,
    });
  }

  /**
   * One discipline, hub or segment: track (the whole scale), fill to the score, the earlier
   * moment's outline, the spread whisker, the value and n, and its number badge.
   */
  private renderPart(key: Discipline, lang: Lang, shape: PartShape) {
    const entry = this.reading!.current[key] ?? {};
    const before = this.reading!.earlier?.[key]?.score;
    const spread = spreadOf(entry, this.scale);
    const [tx, ty] = shape.text;
    const [bx, by] = shape.badge;
    const show = () => {
      this.active = key;
      this.loadTexts();
    };
    const hide = () => (this.active = undefined);
    const stop = this.current && this.keys.includes(this.current) ? this.current : this.keys[0];
    const focus = () => {
      this.current = key;
      show();
    };
    return svg`<g class="discipline" data-key=${key} tabindex=${key === stop ? '0' : '-1'} role="img" aria-label=${this.describe(key, lang)}
      aria-describedby=${this.active === key && this.texts ? 'tip' : nothing}
      @focus=${focus} @mouseenter=${show} @blur=${hide} @mouseleave=${hide}
      @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && hide()}>
      ${shape.track(entry.hidden ? 'track hidden' : 'track')}
      ${entry.score !== undefined ? shape.level(entry.score, key === 'systems' ? 'fill hub' : 'fill') : nothing}
      ${before !== undefined ? shape.level(before, 'earlier') : nothing}
      ${spread ? svg`<path class="whisker" d=${shape.whisker(...spread)}></path>` : nothing}
      <text class="value" x=${tx} y=${ty}>${entry.score !== undefined ? scoreText(entry.score, lang) : '—'}</text>
      ${entry.n !== undefined ? svg`<text class="n" x=${tx} y=${ty + N_OFFSET}>n = ${entry.n}</text>` : nothing}
      <circle class="badge" cx=${bx} cy=${by} r="8"></circle><text class="badge-text" x=${bx} y=${by}>${this.keys.indexOf(key) + 1}</text>
    </g>`;
  }

  /**
   * The wheel is one tab stop; the arrow keys move between its disciplines in number order (round),
   * Home and End to the first and last. Used keys are not left to the page (a slide show's).
   */
  private onKey = (event: KeyboardEvent) => {
    const key = ((event.target as Element).closest?.('[data-key]') as SVGElement | null)?.dataset.key as Discipline | undefined;
    const keys = this.keys;
    const next = rovingTarget(event.key, key ? keys.indexOf(key) : -1, keys.length);
    if (next < 0) return;
    event.preventDefault();
    this.current = keys[next];
    this.renderRoot.querySelector<SVGGElement>(`[data-key="${keys[next]}"]`)?.focus();
  };

  private renderTable(title: unknown, lang: Lang) {
    const { current, earlier } = this.reading!;
    const fmt = (x: number | undefined) => (x === undefined ? '—' : formatNumber(x, lang, 2));
    const heads = [t(lang, 'wheel.discipline'), t(lang, 'wheel.score'), 'n', t(lang, 'wheel.spreadCol'), ...(earlier ? [t(lang, 'wheel.earlier'), t(lang, 'wheel.change')] : [])];
    return html`<table id="table" part="table" ?hidden=${!this.showTable}>
      <caption>${title}</caption>
      <thead><tr>${heads.map((head) => html`<th scope="col">${head}</th>`)}</tr></thead>
      <tbody>
        ${this.keys.map((key) => {
          const entry = current[key] ?? {};
          const before = earlier?.[key]?.score;
          const cells = [
            entry.score === undefined ? missingText(lang, entry.hidden, this.minGroup) : fmt(entry.score),
            entry.n === undefined ? '—' : String(entry.n),
            spreadText(entry, fmt) ?? '—',
            ...(earlier ? [fmt(before), before !== undefined && entry.score !== undefined ? changeText(entry.score - before, lang) : '—'] : []),
          ];
          return html`<tr><th scope="row">${t(lang, `d.${key}`)}</th>${cells.map((cell) => html`<td>${cell}</td>`)}</tr>`;
        })}
      </tbody>
    </table>`;
  }
}
