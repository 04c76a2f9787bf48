/**
 * Pure geometry of the wheel. Angles: 0 at twelve o'clock, clockwise (as in the barometer).
 * Coordinates are relative to the wheel's centre; the SVG translates to WHEEL.c.
 * Fills are radial and linear in the score: the fill's outer radius moves from the ring's inner
 * edge (scale minimum) to its outer edge (scale maximum), so equal score steps look equally long.
 */
import type { Scale } from './senge-wheel.model.js';

export const WHEEL = {
  size: 320,
  c: 160,
  /** Senge: the hub (systems thinking) disc. */
  hub: 46,
  /** Inner and outer radius of the ring of segments (Senge: room for the connectors). */
  inner: 72,
  outer: 138,
  /** OECD: no hub, the ring starts nearer the centre. */
  oecdInner: 34,
  /** Gap between neighbouring segments, in radians. */
  pad: 0.05,
} as const;

export type { Scale };

/** 0..1 position of a score on the scale, clamped. */
export function fractionOf(score: number, { min, max }: Scale): number {
  return Math.min(1, Math.max(0, (score - min) / (max - min)));
}

/** Radius at which a score ends between two radii. */
export function radiusOf(score: number, scale: Scale, inner: number, outer: number): number {
  return inner + fractionOf(score, scale) * (outer - inner);
}

/** Start and end angle of segment `index` of `count` (segment 0 starts at twelve o'clock). */
export function segmentAngles(index: number, count: number, pad = WHEEL.pad): [number, number] {
  const step = (2 * Math.PI) / count;
  return [index * step + pad / 2, (index + 1) * step - pad / 2];
}

/** Middle angle of a segment. */
export function midAngle(index: number, count: number): number {
  return ((index + 0.5) * 2 * Math.PI) / count;
}

/** Point at `radius` in direction `angle`, relative to the centre. */
export function pointAt(angle: number, radius: number): [number, number] {
  return [+(radius * Math.sin(angle)).toFixed(3), +(-radius * Math.cos(angle)).toFixed(3)];
}

const xy = (angle: number, radius: number) => pointAt(angle, radius).join(',');

/**
 * Ring segment (annular sector) between two angles and two radii: outer arc clockwise, inner arc
 * back. A segment never spans 180° or more here, so the large-arc flag stays 0.
 */
export function sectorPath(start: number, end: number, inner: number, outer: number): string {
  const large = end - start > Math.PI ? 1 : 0;
  return (
    `M${xy(start, outer)}A${outer},${outer},0,${large},1,${xy(end, outer)}` +
    `L${xy(end, inner)}A${inner},${inner},0,${large},0,${xy(start, inner)}Z`
  );
}

/** Path of a segment's fill for a score: from the ring's inner edge out to the score's radius. */
export function fillPath(index: number, count: number, score: number, scale: Scale, inner: number, outer: number): string {
  const [start, end] = segmentAngles(index, count);
  return sectorPath(start, end, inner, radiusOf(score, scale, inner, outer));
}

/** Radius of the hub's fill disc for a score (0 at the scale minimum, the full hub at the maximum). */
export function hubRadius(score: number, scale: Scale, hub = WHEEL.hub): number {
  return fractionOf(score, scale) * hub;
}

/** A connector from the hub's edge to the ring's inner edge, on the segment's middle angle. */
export function connector(index: number, count: number, hub = WHEEL.hub, inner = WHEEL.inner): [number, number, number, number] {
  const angle = midAngle(index, count);
  return [...pointAt(angle, hub), ...pointAt(angle, inner)];
}

/**
 * A whisker for a spread (low..high) along `angle`: the radial line and two caps across it,
 * `cap` long, as one path.
 */
export function whiskerPath(angle: number, low: number, high: number, scale: Scale, inner: number, outer: number, cap = 8): string {
  const r1 = radiusOf(low, scale, inner, outer);
  const r2 = radiusOf(high, scale, inner, outer);
  const across = (radius: number) => {
    const [x, y] = pointAt(angle, radius);
    const dx = (cap / 2) * Math.cos(angle);
    const dy = (cap / 2) * Math.sin(angle);
    return `M${+(x - dx).toFixed(3)},${+(y - dy).toFixed(3)}L${+(x + dx).toFixed(3)},${+(y + dy).toFixed(3)}`;
  };
  return `M${xy(angle, r1)}L${xy(angle, r2)}${across(r1)}${across(r2)}`;
}

/**
 * The spread whisker runs beside the written value: 70 % of the way from the segment's middle to
 * its (clockwise) edge, clear of the value and n even in the narrow segments of the OECD wheel.
 */
export function whiskerAngle(index: number, count: number): number {
  return midAngle(index, count) + (0.7 * Math.PI) / count;
}

/** Where a part writes its value (n below it) and its number badge. */
export interface PartLabels {
  text: readonly [number, number];
  badge: readonly [number, number];
}

/** A ring segment's labels: the value half-way across the ring, the badge just outside it. */
export function segmentLabels(index: number, count: number, inner: number, outer = WHEEL.outer): PartLabels {
  const mid = midAngle(index, count);
  return { text: pointAt(mid, (inner + outer) / 2), badge: pointAt(mid, outer + 11) };
}

/** The hub's labels: the value above the centre (the whisker runs down), the badge between hub and ring. */
export const HUB_LABELS: PartLabels = { text: [0, -10], badge: [0, -(WHEEL.hub + WHEEL.inner) / 2] };

/** Below a written value, where its n goes. */
export const N_OFFSET = 14;
