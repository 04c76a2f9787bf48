import { hexToRgb, namedColor, type Rgb } from './feedback-legend.color.js';

/** The shapes a dot can have, so colour never carries the meaning alone. */
export const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross'] as const;

export type Shape = (typeof SHAPES)[number];

/** The default card: entry n has colour DEFAULT_COLORS[n - 1] (a COLORS name) and shape SHAPES[n - 1]. */
export const DEFAULT_COLORS = ['rood', 'blauw', 'groen', 'oranje', 'paars', 'roze'] as const;

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

/** One line of the legend card. */
export interface LegendEntry {
  /** The number printed beside the dot (1-based, unique on a card). */
  number: number;
  /** Colour of the dot, red, green, blue 0..255. */
  rgb: Rgb;
  /** The COLORS row that names the colour (the nearest one for other CSS colours). */
  name: readonly string[];
  /** A shape, or else a sign of one or two characters drawn in a round dot. */
  shape?: Shape;
  glyph?: string;
  /** The school's text; undefined means the default meaning of `number`. */
  meaning?: string;
  /** How often this dot was given (e.g. on one test). */
  count?: number;
}

/** Entry n (1..6) of the default card. */
export function defaultEntry(number: number): LegendEntry {
  const name = namedColor(DEFAULT_COLORS[number - 1])!;
  return { number, rgb: hexToRgb(name[0])!, name, shape: SHAPES[number - 1] };
}
