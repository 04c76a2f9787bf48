/**
 * Pure geometry of the half dial. Angles follow d3-shape's convention: 0 at twelve o'clock, clockwise,
 * so the scale's minimum sits at −π/2 (left), its maximum at +π/2 (right).
 */
export const DIAL = {
  width: 240,
  height: 148,
  cx: 120,
  cy: 122,
  outer: 100,
  inner: 74,
  ciInner: 62,
  ciOuter: 70,
  needle: 92,
} as const;

export interface Scale {
  min: number;
  max: number;
}

/** A linear map value → angle, clamped to the dial (one line; no d3-scale needed). */
export function angleOf(value: number, { min, max }: Scale): number {
  const fraction = Math.min(1, Math.max(0, (value - min) / (max - min)));
  return -Math.PI / 2 + fraction * Math.PI;
}

/** Where a value falls relative to the scale. */
export function offScale(value: number, { min, max }: Scale): OffScale | undefined {
  if (value > max) return 'above';
  if (value < min) return 'below';
  return undefined;
}

/** The point at `radius` from the centre in the direction of `angle`. */
export function pointAt(angle: number, radius: number): [number, number] {
  return [DIAL.cx + radius * Math.sin(angle), DIAL.cy - radius * Math.cos(angle)];
}

/**
 * SVG path of the ring segment between two values, relative to the dial centre: outer arc
 * clockwise, inner arc back. Written out rather than taken from d3-shape's arc(): d3-shape 3 ships
 * as one pre-bundled file that does not tree-shake (+7 KB gzipped for every publisher), and a
 * ring segment on a half dial (never more than 180°) is two SVG arc commands.
 */
export function bandPath(from: number, to: number, scale: Scale, innerRadius: number, outerRadius: number): string {
  const start = angleOf(Math.min(from, to), scale);
  const end = angleOf(Math.max(from, to), scale);
  const point = (angle: number, radius: number) => {
    const x = radius * Math.sin(angle);
    const y = -radius * Math.cos(angle);
    return `${+x.toFixed(3)},${+y.toFixed(3)}`;
  };
  return (
    `M${point(start, outerRadius)}A${outerRadius},${outerRadius},0,0,1,${point(end, outerRadius)}` +
    `L${point(end, innerRadius)}A${innerRadius},${innerRadius},0,0,0,${point(start, innerRadius)}Z`
  );
}

const TICK_STEPS = [0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10];

/** Tick values: the smallest friendly step that gives at most 9 ticks; always within [min, max]. */
export function ticksOf({ min, max }: Scale): number[] {
  const step = TICK_STEPS.find((candidate) => (max - min) / candidate <= 8) ?? (max - min) / 8;
  const first = Math.ceil(min / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let value = first; value <= max + 1e-9; value += step) ticks.push(Math.round(value / step) * step);
  return ticks.map((value) => Number(value.toFixed(10)));
}

/** One text on the dial: where it is anchored and how (SVG `text-anchor`, `dominant-baseline`). */
export interface DialLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  baseline: 'auto' | 'middle';
  text: string;
}

/** Font size of every dial text, in viewBox units (barometer.styles.ts sets the same 9px). */
export const LABEL_FONT_SIZE = 9;

/**
 * The box a label's text can cover, estimated on the wide side (0.72 em a character, 0.4 em for
 * a decimal mark; DejaVu Sans' minus sign is 0.84 em), so common fonts do not make it larger.
 */
export function labelBox({ x, y, anchor, baseline, text }: DialLabel): [x0: number, y0: number, x1: number, y1: number] {
  const em = LABEL_FONT_SIZE;
  const width = [...text].reduce((sum, char) => sum + (char === ',' || char === '.' || char === ' ' ? 0.4 : char === '\u2212' ? 0.86 : 0.72), 0) * em;
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  // The font box, not the glyphs: fonts' ascent runs up to about 1 em, their descent to 0.3 em.
  const [up, down] = baseline === 'middle' ? [0.7, 0.7] : [1.1, 0.35];
  return [x0, y - up * em, x0 + width, y + down * em];
}

/**
 * The viewBox that holds the dial and every label. The host clips what its box does not hold
 * (`content-visibility: auto` contains paint), so "−0,2" at the left end must be inside it.
 */
export function viewBoxOf(labels: DialLabel[]): [x: number, y: number, width: number, height: number] {
  let [x0, y0, x1, y1]: number[] = [0, 0, DIAL.width, DIAL.height];
  for (const label of labels) {
    const [lx0, ly0, lx1, ly1] = labelBox(label);
    x0 = Math.min(x0, lx0);
    y0 = Math.min(y0, ly0);
    x1 = Math.max(x1, lx1);
    y1 = Math.max(y1, ly1);
  }
  [x0, y0, x1, y1] = [Math.floor(x0), Math.floor(y0), Math.ceil(x1), Math.ceil(y1)];
  return [x0, y0, x1 - x0, y1 - y0];
}

/** All tick marks as one path (one element instead of one line each), from the ring outwards. */
export function tickPath(ticks: number[], scale: Scale): string {
  return ticks
    .map((tick) => {
      const angle = angleOf(tick, scale);
      const [x1, y1] = pointAt(angle, DIAL.outer);
      const [x2, y2] = pointAt(angle, DIAL.outer + 4);
      return `M${+x1.toFixed(2)},${+y1.toFixed(2)}L${+x2.toFixed(2)},${+y2.toFixed(2)}`;
    })
    .join('');
}

/** A tick's label: just outside the ring, anchored away from the dial so the ends do not run into the marks. */
export function tickLabel(tick: number, scale: Scale, text: string): DialLabel {
  const angle = angleOf(tick, scale);
  const [x, y] = pointAt(angle, DIAL.outer + 7);
  const side = Math.sin(angle);
  return { x, y, text, anchor: side > 0.3 ? 'start' : side < -0.3 ? 'end' : 'middle', baseline: Math.cos(angle) > 0.3 ? 'auto' : 'middle' };
}

/** The hinge point's own label (when it is not on a tick), beyond the tick labels. */
export function hingeLabel(hinge: number, scale: Scale, text: string): DialLabel {
  const [x, y] = pointAt(angleOf(hinge, scale), DIAL.outer + 20);
  return { x, y, text, anchor: 'middle', baseline: 'auto' };
}

/** "> 1,2" under the end of the dial that the value passes. */
export function offScaleLabel(off: OffScale, text: string): DialLabel {
  return { x: off === 'above' ? DIAL.cx + DIAL.outer : DIAL.cx - DIAL.outer, y: DIAL.cy + 12, text, anchor: off === 'above' ? 'end' : 'start', baseline: 'auto' };
}

/** Which end of the scale a value passes. */
export type OffScale = 'above' | 'below';

/** The end of a needle of `length` pointing at `value` (clamped to the dial). */
export function needleEnd(value: number, scale: Scale, length: number = DIAL.needle): [number, number] {
  return pointAt(angleOf(value, scale), length);
}

/** The hinge mark: a radial line across the ring, 6 beyond it on both sides; none for a hinge off the scale. */
export function hingeMark(hinge: number, scale: Scale): { x1: number; y1: number; x2: number; y2: number } | undefined {
  if (!(hinge >= scale.min && hinge <= scale.max)) return undefined;
  const [x1, y1] = needleEnd(hinge, scale, DIAL.inner - 6);
  const [x2, y2] = needleEnd(hinge, scale, DIAL.outer + 6);
  return { x1, y1, x2, y2 };
}

/**
 * The chevron beside the end of the ring that the value passes: a triangle 4 outside the ring,
 * pointing away from the dial, above the centre line (the needle lies on it, clamped).
 */
export function offScaleChevron(off: OffScale): string {
  const { cx, cy, outer } = DIAL;
  const dir = off === 'above' ? 1 : -1;
  const x = cx + dir * (outer + 4);
  return `M${x},${cy - 26} L${x + dir * 9},${cy - 20} L${x},${cy - 14} Z`;
}
