/**
 * Pure geometry of the learning landscape (Ruijters & Simons 2006): three islands on a triangle,
 * polders between them and pioneering in the centre, six directed bridges bowing out over the sea.
 * Sizes are areas: a score twice as high gives twice the land, so radii grow with √score.
 */
export const ISLANDS = ['researching', 'practising', 'creating'] as const;
export type Island = (typeof ISLANDS)[number];

/** The polders between two islands, and pioneering where all three meet. */
export const POLDERS = ['actionResearch', 'designResearch', 'coCreation', 'pioneering'] as const;
export type Polder = (typeof POLDERS)[number];

export const POLDER_ISLANDS: Record<Exclude<Polder, 'pioneering'>, readonly [Island, Island]> = {
  actionResearch: ['researching', 'practising'],
  designResearch: ['researching', 'creating'],
  coCreation: ['practising', 'creating'],
};

export type BridgeKey = `${Island}>${Island}`;

/** Each pair of islands has a bridge each way, listed pair by pair. */
export const BRIDGES: readonly BridgeKey[] = [
  'researching>practising',
  'practising>researching',
  'researching>creating',
  'creating>researching',
  'practising>creating',
  'creating>practising',
];

export type PartKey = Island | Polder | BridgeKey;

/** Every part in reading (and keyboard) order. */
export const PARTS: readonly PartKey[] = [...ISLANDS, ...POLDERS, ...BRIDGES];

export const bridgeEnds = (key: BridgeKey) => key.split('>') as [Island, Island];

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

/** A value's place on the scale, 0..1 (clamped). */
export function fractionOf(value: number, [min, max]: readonly [number, number]): number {
  return Math.min(1, Math.max(0, (value - min) / (max - min)));
}

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
const sizeFactor = (fraction: number) => Math.max(MIN_VISIBLE, Math.sqrt(fraction));

/** Island radius: area proportional to the fraction (with the MIN_VISIBLE floor). */
export const islandRadius = (fraction: number) => MAP.islandMax * sizeFactor(fraction);

const round = (x: number) => Math.round(x * 100) / 100;
const pt = ([x, y]: Point) => `${round(x)},${round(y)}`;
const add = ([ax, ay]: Point, [bx, by]: Point, k = 1): Point => [ax + k * bx, ay + k * by];
const unit = ([ax, ay]: Point, [bx, by]: Point): Point => {
  const length = Math.hypot(bx - ax, by - ay) || 1;
  return [(bx - ax) / length, (by - ay) / length];
};
const midpoint = (a: Point, b: Point): Point => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];

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

/** A pointer drag in progress: which part, where it was grabbed (view-box units) and its value then. */
export interface Drag {
  key: PartKey;
  grab: Point;
  value: number;
}

/** Steps a dragged value snaps to: a twentieth of the scale, as the arrow keys step. */
export const DRAG_STEPS = 20;

/**
 * How far a point lies from a part's anchor, in units of the part's largest size factor: for an
 * island its radius in view-box units over `islandMax`, for a polder the ellipse (or pioneering's
 * triangle) through the point, as a share of the largest one.
 */
function reach(key: Island | Polder, [x, y]: Point): number {
  if ((ISLANDS as readonly string[]).includes(key)) {
    const [cx, cy] = islandCentre(key as Island);
    return Math.hypot(x - cx, y - cy) / MAP.islandMax;
  }
  if (key === 'pioneering') return Math.hypot(x - MAP.centre[0], y - MAP.centre[1]) / MAP.pioneerMax;
  const [a, b] = POLDER_ISLANDS[key as Exclude<Polder, 'pioneering'>].map(islandCentre);
  const [cx, cy] = midpoint(a, b);
  const [ux, uy] = unit(a, b);
  const along = (x - cx) * ux + (y - cy) * uy;
  const across = -(x - cx) * uy + (y - cy) * ux;
  return Math.hypot(along / MAP.polderLength, across / MAP.polderWidth);
}

/**
 * The value a drag gives at `point` (view-box units), clamped to the scale and snapped to
 * 1/DRAG_STEPS of it. Islands and polders grow as the pointer moves away from their anchor (centre)
 * and shrink as it moves back, by exactly the distance moved, wherever they were grabbed — so
 * grabbing never makes a part jump. Bridges follow the movement along their direction
 * (start → arrowhead: stronger; back: weaker), `MAP.bridgeDrag` units for the whole scale.
 */
export function dragValue(drag: Drag, point: Point, scale: readonly [number, number], radii: Record<Island, number>): number {
  const [min, max] = scale;
  const { key, grab } = drag;
  let fraction: number;
  if (key.includes('>')) {
    const { start, tip } = bridgeShape(key as BridgeKey, 0, radii);
    const [ux, uy] = unit(start, tip);
    fraction = fractionOf(drag.value, scale) + ((point[0] - grab[0]) * ux + (point[1] - grab[1]) * uy) / MAP.bridgeDrag;
  } else {
    const part = key as Island | Polder;
    const k = sizeFactor(fractionOf(drag.value, scale)) + reach(part, point) - reach(part, grab);
    fraction = Math.max(0, k) ** 2;
  }
  const step = Math.round(Math.min(1, Math.max(0, fraction)) * DRAG_STEPS);
  return Math.round((min + (step / DRAG_STEPS) * (max - min)) * 1e6) / 1e6;
}
