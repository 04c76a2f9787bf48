/**
 * Pure geometry of the learning landscape (Ruijters & Simons 2006): three islands on a triangle,
 * polders between them and pioneering in the centre, six directed bridges bowing out over the sea.
 * Sizes are areas: a score twice as high gives twice the land, so radii grow with √score.
 */
import {
  ISLANDS, POLDER_ISLANDS, bridgeEnds, fractionOf, isBridge, isIsland,
  type BridgeKey, type Island, type LandscapeValues, type PartKey, type Polder,
} from './landscape.model.js';

export type Point = readonly [number, number];

export const MAP = {
  width: 400,
  height: 345,
  centre: [200, 195] as Point,
  /** Centre of the triangle to each island's centre. */
  spread: 125,
  islandMax: 50,
  polderLength: 46,
  polderWidth: 22,
  pioneerMax: 34,
  /** How far a bridge bows out over the sea, and how far apart the two lanes of a pair run. */
  bow: 70,
  lane: 7,
  gap: 3,
  /** Dragging this far along a bridge covers its whole scale. */
  bridgeDrag: 120,
} as const;

const ANGLES: Record<Island, number> = { researching: -90, practising: 150, creating: 30 };

export function islandCentre(island: Island): Point {
  const angle = (ANGLES[island] * Math.PI) / 180;
  const [cx, cy] = MAP.centre;
  return [cx + MAP.spread * Math.cos(angle), cy + MAP.spread * Math.sin(angle)];
}

/**
 * Smallest drawn size, as a share of the largest radius: a part measured at the bottom of the scale
 * (1 on a 1..5 survey) is still land — a small one — and keeps its label; only parts that were not
 * measured at all are drawn differently (dotted).
 */
export const MIN_VISIBLE = 0.15;

/** Radius factor for a fraction: area proportional to it, never below MIN_VISIBLE. */
export const sizeFactor = (fraction: number) => Math.max(MIN_VISIBLE, Math.sqrt(fraction));

/** Island radius: area proportional to the fraction (with the MIN_VISIBLE floor). */
export const islandRadius = (fraction: number) => MAP.islandMax * sizeFactor(fraction);

export const round = (x: number) => Math.round(x * 100) / 100;
const pt = ([x, y]: Point) => `${round(x)},${round(y)}`;
export const add = ([ax, ay]: Point, [bx, by]: Point, k = 1): Point => [ax + k * bx, ay + k * by];
export const unit = ([ax, ay]: Point, [bx, by]: Point): Point => {
  const length = Math.hypot(bx - ax, by - ay) || 1;
  return [(bx - ax) / length, (by - ay) / length];
};
export const midpoint = (a: Point, b: Point): Point => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];

export interface Shape {
  /** SVG path. */
  d: string;
  /** Where its label and tooltip go. */
  anchor: Point;
  /** Area in view-box units², for tests and for the legend's promise "area follows score". */
  area: number;
}

/**
 * A polder: an ellipse on the shore line between its two islands, long side along the line, or for
 * pioneering a triangle in the centre pointing at the three islands. Area ∝ fraction.
 */
export function polderShape(polder: Polder, fraction: number): Shape {
  const k = sizeFactor(fraction);
  if (polder === 'pioneering') {
    const rho = MAP.pioneerMax * k;
    const corners = ISLANDS.map((island) => add(MAP.centre, unit(MAP.centre, islandCentre(island)), rho));
    return { d: `M${corners.map(pt).join('L')}Z`, anchor: MAP.centre, area: ((3 * Math.sqrt(3)) / 4) * rho * rho };
  }
  const [a, b] = POLDER_ISLANDS[polder].map(islandCentre);
  const centre = midpoint(a, b);
  const along = unit(a, b);
  const rx = MAP.polderLength * k;
  const ry = MAP.polderWidth * k;
  const degrees = round((Math.atan2(along[1], along[0]) * 180) / Math.PI);
  const p1 = add(centre, along, -rx);
  const p2 = add(centre, along, rx);
  const arc = `A${round(rx)},${round(ry)} ${degrees} 0 1 `;
  return { d: `M${pt(p1)}${arc}${pt(p2)}${arc}${pt(p1)}Z`, anchor: centre, area: Math.PI * rx * ry };
}

export interface BridgeShape {
  /** Quadratic curve from the start island's shore to the arrowhead's base. */
  d: string;
  /** Arrowhead polygon points, empty for a bridge without strength. */
  arrow: string;
  width: number;
  anchor: Point;
  start: Point;
  tip: Point;
}

/** Stroke width from strength (draagkracht): a hairline at 0, 8 units at the top of the scale. */
export const bridgeWidth = (fraction: number) => round(1.5 + 6.5 * fraction);

/**
 * A directed bridge. Both bridges of a pair share one curve bowing away from the centre, each
 * shifted to its own right (as traffic keeps right), so the two directions never overlap.
 * `radii` are the islands' drawn radii: bridges start and end at the shore.
 */
export function bridgeShape(key: BridgeKey, fraction: number | undefined, radii: Record<Island, number>): BridgeShape {
  const [from, to] = bridgeEnds(key);
  const a = islandCentre(from);
  const b = islandCentre(to);
  const [ux, uy] = unit(a, b);
  const right: Point = [-uy, ux];
  const shift = (p: Point) => add(p, right, MAP.lane);
  const control = shift(add(midpoint(a, b), unit(MAP.centre, midpoint(a, b)), MAP.bow));
  const start = add(shift(a), unit(shift(a), control), radii[from] + MAP.gap);
  const tip = add(shift(b), unit(shift(b), control), radii[to] + MAP.gap);
  const width = bridgeWidth(fraction ?? 0);
  const strong = fraction !== undefined && fraction > 0;
  const back = unit(tip, control);
  const length = strong ? 5 + 1.5 * width : 0;
  const base = add(tip, back, length);
  const half = 2.5 + width;
  const side: Point = [-back[1], back[0]];
  const arrow = strong ? [tip, add(base, side, half), add(base, side, -half)].map(pt).join(' ') : '';
  return {
    d: `M${pt(start)}Q${pt(control)} ${pt(base)}`,
    arrow,
    width,
    // The curve's midpoint (t = ½): a quarter of each end plus half the control point.
    anchor: [(start[0] + base[0]) / 4 + control[0] / 2, (start[1] + base[1]) / 4 + control[1] / 2],
    start,
    tip,
  };
}

/**
 * The drawn radius of each island; an island that was not measured is drawn at mid-scale (as a
 * dotted outline), so "no data" never looks like "nothing".
 */
export function islandRadii(values: LandscapeValues, scale: readonly [number, number]): Record<Island, number> {
  const radius = (island: Island) => islandRadius(fractionOf(values[island] ?? (scale[0] + scale[1]) / 2, scale));
  return { researching: radius('researching'), practising: radius('practising'), creating: radius('creating') };
}

/** Where an island's name goes: above the top island, below the two others, clear of the largest island. */
export function islandLabel(island: Island): Point {
  const [cx, cy] = islandCentre(island);
  return [cx, island === 'researching' ? cy - MAP.islandMax - 8 : cy + MAP.islandMax + 18];
}

/** `dy` (em) of each of `count` label lines, the first moved up so the block is centred on its anchor. */
export function lineOffsets(count: number): number[] {
  return Array.from({ length: count }, (_, i) => (i ? 1.1 : Math.round((0.35 - 0.55 * (count - 1)) * 100) / 100));
}

/** Where a part's tooltip points: below an island's shore, a polder's centre, a bridge's middle. */
export function tipAnchor(key: PartKey, values: LandscapeValues, scale: readonly [number, number]): Point {
  const radii = islandRadii(values, scale);
  if (isBridge(key)) return bridgeShape(key, undefined, radii).anchor;
  if (isIsland(key)) {
    const [x, y] = islandCentre(key);
    return [x, y + radii[key]];
  }
  return polderShape(key, 1).anchor;
}

/** A point of the map as a share of its box, in %, for placing HTML over the SVG. */
export const percentOfMap = ([x, y]: Point): [number, number] => [(x / MAP.width) * 100, (y / MAP.height) * 100];
