/** Pure geometry of the dots: one SVG path per shape, drawn in a DOT × DOT box. */
import type { Shape } from './feedback-legend.model.js';

/** Side of the square each shape is drawn in; shapes are centred on (C, C). */
export const DOT = 20;
const C = DOT / 2;

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * A closed polygon through points given as [radius, angle in degrees clockwise from 12 o'clock]
 * around (C, C + dy).
 */
function polygon(points: [number, number][], dy = 0): string {
  return (
    points
      .map(([r, deg], i) => {
        const a = (deg * Math.PI) / 180;
        return `${i ? 'L' : 'M'}${round(C + r * Math.sin(a))},${round(C + dy - r * Math.cos(a))}`;
      })
      .join('') + 'Z'
  );
}

/** SVG path of a shape filling most of the DOT × DOT box. */
export function shapePath(shape: Shape): string {
  switch (shape) {
    case 'circle':
      return `M${C - 8},${C}a8,8 0 1,0 16,0a8,8 0 1,0 -16,0Z`;
    case 'square':
      return 'M3,3H17V17H3Z';
    case 'triangle':
      // Equilateral, side 17, its bounding box centred on (C, C).
      return 'M10,2.64L18.5,17.36H1.5Z';
    case 'diamond':
      return polygon([[9, 0], [9, 90], [9, 180], [9, 270]]);
    case 'star':
      // Moved down by (9 - 9·cos 36°) / 2 so its bounding box, not its centre, sits in the middle.
      return polygon(Array.from({ length: 10 }, (_, i) => [i % 2 ? 3.8 : 9, i * 36] as [number, number]), 0.86);
    case 'cross':
      // An X of two bars 4.4 wide: twelve corners.
      return polygon(
        [45, 135, 225, 315].flatMap((deg) => [[3.11, deg - 45], [9.4, deg - 13.4], [9.4, deg + 13.4]] as [number, number][]),
      );
  }
}

/** A count bar's length, in % of its track: the most given dot fills it. */
export const barWidth = (count: number, most: number): number => (most ? (count / most) * 100 : 0);
