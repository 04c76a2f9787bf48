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
export function offScale(value: number, { min, max }: Scale): 'above' | 'below' | undefined {
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
