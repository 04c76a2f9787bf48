import { hexToRgb, namedColor, type Rgb } from './feedback-legend.color.js';

/**
 * The legend card's domain model: what one line of the card says (number, colour, shape or sign,
 * the school's meaning, a count) and the default card of six dots.
 */

/** The shapes a dot can have, so colour never carries the meaning alone. */
export const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross'] as const;

export type Shape = (typeof SHAPES)[number];

/** The default card: entry n has colour DEFAULT_COLORS[n - 1] (a COLORS name) and shape SHAPES[n - 1]. */
export const DEFAULT_COLORS = ['rood', 'blauw', 'groen', 'oranje', 'paars', 'roze'] as const;

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
