/** Red, green, blue, each 0..255. */
export type Rgb = readonly [number, number, number];

/**
 * The colour names a school may write, Dutch and English, with the marker shade we paint for
 * them: [hex, nl, en, other spellings]. Kept short on purpose; any CSS colour works as well.
 */
export const COLORS: readonly (readonly string[])[] = [
  ['d32f2f', 'rood', 'red'],
  ['1565c0', 'blauw', 'blue'],
  ['2e7d32', 'groen', 'green'],
  ['e65100', 'oranje', 'orange'],
  ['7b1fa2', 'paars', 'purple', 'violet'],
  ['c2185b', 'roze', 'pink'],
  ['fdd835', 'geel', 'yellow'],
  ['6d4c41', 'bruin', 'brown'],
  ['757575', 'grijs', 'grey', 'gray'],
  ['000000', 'zwart', 'black'],
  ['ffffff', 'wit', 'white'],
  ['4fc3f7', 'lichtblauw', 'light blue'],
  ['9ccc65', 'lichtgroen', 'light green'],
];

const squash = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');

/** The table row of a colour name in either language ("Licht blauw" → lichtblauw), or undefined. */
export function namedColor(name: string): readonly string[] | undefined {
  const key = squash(name);
  return COLORS.find((row) => row.slice(1).some((alias) => squash(alias) === key));
}

/** "#c62828", "#abc", "c62828" → rgb; undefined for anything else. */
export function hexToRgb(hex: string): Rgb | undefined {
  const match = /^#?([\da-f]{3}|[\da-f]{6})$/i.exec(hex.trim());
  if (!match) return undefined;
  const digits = match[1].length === 3 ? match[1].replace(/./g, '$&$&') : match[1];
  const n = parseInt(digits, 16);
  return [n >> 16, (n >> 8) & 255, n & 255];
}

/** "rgb(1, 2, 3)" / "rgba(1 2 3 / 0)" (computed styles) → rgb; undefined when fully transparent. */
export function cssRgb(value: string): Rgb | undefined {
  const [r, g, b, a] = (value.match(/[\d.]+/g) ?? []).map(Number);
  if (b === undefined || a === 0) return undefined;
  return [r, g, b];
}

export const toHex = (rgb: Rgb): string => '#' + rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('');

/** WCAG 2 relative luminance (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance). */
export function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio, 1..21, order-independent. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** WCAG 2.1 SC 1.4.11 (non-text contrast): a dot needs 3:1 against the card, else an outline. */
export const needsOutline = (dot: Rgb, background: Rgb): boolean => contrastRatio(dot, background) < 3;

/** The table colour closest to rgb (plain RGB distance): how to say "#c62828" to a pupil. */
export function nearestColor(rgb: Rgb): readonly string[] {
  let best = COLORS[0];
  let bestDistance = Infinity;
  for (const row of COLORS) {
    const other = hexToRgb(row[0])!;
    const distance = other.reduce((sum, c, i) => sum + (c - rgb[i]) ** 2, 0);
    if (distance < bestDistance) [best, bestDistance] = [row, distance];
  }
  return best;
}

/** Black or white, whichever reads better on the dot (a glyph drawn in it). */
export const inkOn = (rgb: Rgb): string => (contrastRatio(rgb, [0, 0, 0]) >= contrastRatio(rgb, [255, 255, 255]) ? '#000' : '#fff');
