/**
 * Pointer dragging on an editable landscape: which value a drag gives where the pointer is. A lazy
 * chunk, loaded once `editable` is set (a read-only map never downloads it; the arrow keys need
 * nothing from here).
 */
import { MAP, bridgeShape, islandCentre, midpoint, sizeFactor, unit, type Point } from './landscape.geometry.js';
import { POLDER_ISLANDS, STEPS, fractionOf, isBridge, isIsland, type Island, type PartKey, type Polder } from './landscape.model.js';

/** A pointer drag in progress: which part, where it was grabbed (view-box units) and its value then. */
export interface Drag {
  key: PartKey;
  grab: Point;
  value: number;
}

/**
 * How far a point lies from a part's anchor, in units of the part's largest size factor: for an
 * island its radius in view-box units over `islandMax`, for a polder the ellipse (or pioneering's
 * triangle) through the point, as a share of the largest one.
 */
function reach(key: Island | Polder, [x, y]: Point): number {
  if (isIsland(key)) {
    const [cx, cy] = islandCentre(key);
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
 * 1/STEPS of it. Islands and polders grow as the pointer moves away from their anchor (centre)
 * and shrink as it moves back, by exactly the distance moved, wherever they were grabbed — so
 * grabbing never makes a part jump. Bridges follow the movement along their direction
 * (start → arrowhead: stronger; back: weaker), `MAP.bridgeDrag` units for the whole scale.
 */
export function dragValue(drag: Drag, point: Point, scale: readonly [number, number], radii: Record<Island, number>): number {
  const [min, max] = scale;
  const { key, grab } = drag;
  let fraction: number;
  if (isBridge(key)) {
    const { start, tip } = bridgeShape(key, 0, radii);
    const [ux, uy] = unit(start, tip);
    fraction = fractionOf(drag.value, scale) + ((point[0] - grab[0]) * ux + (point[1] - grab[1]) * uy) / MAP.bridgeDrag;
  } else {
    const part = key as Island | Polder;
    const k = sizeFactor(fractionOf(drag.value, scale)) + reach(part, point) - reach(part, grab);
    fraction = Math.max(0, k) ** 2;
  }
  const step = Math.round(Math.min(1, Math.max(0, fraction)) * STEPS);
  return Math.round((min + (step / STEPS) * (max - min)) * 1e6) / 1e6;
}

/** A pointer event's position in the SVG's view-box units (the SVG is the listener). */
export function pointOf(event: PointerEvent): Point | undefined {
  const matrix = (event.currentTarget as SVGSVGElement).getScreenCTM();
  if (!matrix) return undefined;
  const { x, y } = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
  return [x, y];
}
