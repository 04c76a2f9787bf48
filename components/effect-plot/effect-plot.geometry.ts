import { nice, ticks } from 'd3-array';

/**
 * Pure geometry of the forest plot. The drawing has no viewBox: one user unit is one CSS pixel, so
 * rows are ROW_HEIGHT px high at any width and text is never scaled. Across, positions are
 * percentages of the width (names left of PLOT.left, n right of PLOT.right), which the browser
 * resolves: the server renders the same SVG without knowing any width.
 */
export const ROW_HEIGHT = 24;

/** Height of the sticky axis above the rows. */
export const AXIS_HEIGHT = 30;

/** The plot area as fractions of the width; effect-plot.styles.ts sizes the name and n columns to match. */
export const PLOT = { left: 0.42, right: 0.9 } as const;

/** User units across the plot area in the inner drawing that holds bands, hinge and whiskers. */
export const PLOT_UNITS = 1000;

/** Half the height of a whisker's end cap. */
const CAP = 4;

export interface Scale {
  min: number;
  max: number;
}

/** The barometer's scale: the narrowest the plot ever gets. */
export const BASE_SCALE: Scale = { min: -0.2, max: 1.2 };

/** About this many axis ticks; d3's `ticks` picks the step (1, 2 or 5 × 10^k). */
const TICK_COUNT = 7;

const round = (x: number) => Math.round(x * 10) / 10;

/** What sets the scale's extent: each row's value and CI ends. */
export interface Extent {
  value: number;
  ciLow?: number;
  ciHigh?: number;
}

/**
 * The scale: `min`/`max` where given; otherwise wide enough for every value and CI end, never
 * narrower than the barometer's −0,2…1,2, and extended to a tick step (d3's `nice`) so the axis
 * ends on a labelled tick.
 */
export function scaleOf(rows: readonly Extent[], min?: number, max?: number): Scale {
  let low = BASE_SCALE.min;
  let high = BASE_SCALE.max;
  for (const row of rows) {
    low = Math.min(low, row.value, row.ciLow ?? Infinity);
    high = Math.max(high, row.value, row.ciHigh ?? -Infinity);
  }
  const [niceLow, niceHigh] = nice(low, high, TICK_COUNT);
  return { min: min ?? niceLow, max: max ?? niceHigh };
}

/** Where a value falls across the scale, 0…1, clamped. */
export function fractionOf(value: number, { min, max }: Scale): number {
  return Math.min(1, Math.max(0, (value - min) / (max - min)));
}

/** Where a value falls relative to the scale. */
export function offScale(value: number, { min, max }: Scale): 'above' | 'below' | undefined {
  if (value > max) return 'above';
  if (value < min) return 'below';
  return undefined;
}

/** x of a value as a percentage of the whole width (for marks in the outer drawing), clamped. */
export function xPercent(value: number, scale: Scale): number {
  return Math.round((PLOT.left + fractionOf(value, scale) * (PLOT.right - PLOT.left)) * 1e5) / 1e3;
}

/** x of a value in the inner drawing's units (0…PLOT_UNITS), clamped. */
export function xUnits(value: number, scale: Scale): number {
  return round(fractionOf(value, scale) * PLOT_UNITS);
}

/** y of the middle of row `index`. */
export function rowCenter(index: number): number {
  return index * ROW_HEIGHT + ROW_HEIGHT / 2;
}

/** The axis ticks, inside [min, max]. */
export function axisTicks({ min, max }: Scale): number[] {
  return ticks(min, max, TICK_COUNT);
}

/**
 * All confidence intervals as ONE path in the inner drawing's units: a line and two end caps per
 * row that has both ends, clamped to the scale. One element instead of three per row keeps 320
 * rows cheap to build, lay out and paint.
 */
export function whiskerPath(rows: readonly { ciLow?: number; ciHigh?: number }[], scale: Scale): string {
  let d = '';
  rows.forEach((row, index) => {
    if (row.ciLow === undefined || row.ciHigh === undefined) return;
    const y = rowCenter(index);
    const a = xUnits(Math.min(row.ciLow, row.ciHigh), scale);
    const b = xUnits(Math.max(row.ciLow, row.ciHigh), scale);
    d += `M${a},${y}H${b}M${a},${y - CAP}v${2 * CAP}M${b},${y - CAP}v${2 * CAP}`;
  });
  return d;
}

/** Marker sizes in px: the side of the square a marker is drawn from, the off-scale chevron's width. */
export const MARKER = { side: 11, chevron: 6 } as const;
