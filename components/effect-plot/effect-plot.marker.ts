import { svg } from 'lit';
import type { Zone } from '../core/zones.js';

/**
 * Each zone's marker shape, so colour never carries the zone alone (colour-blind readers, print,
 * forced colours): a circle for the desired effects, a diamond for the teacher effects, a square
 * for the developmental effects and a triangle pointing down (lower achievement) below zero.
 */
export const MARKER_GLYPHS: Record<Zone, string> = { desired: '●', teacher: '◆', developmental: '■', reverse: '▼' };

/**
 * All markers of one zone as ONE <text>: a glyph a row, each placed by its own entry in the x and y
 * lists (x as percentages of the width, which only text accepts in a list; text-anchor centres each
 * glyph on its x). Setting two attributes a zone instead of three a row saved about 20 ms of
 * attribute work for 320 rows in Chromium; a <use> a row cost about 40 ms of style work, and a path
 * cannot be placed by percentages. The glyphs are ours, never data.
 */
export const markers = (zone: Zone, x: string, y: string, count: number) =>
  svg`<text class="dot zone-${zone}" x=${x} y=${y}>${MARKER_GLYPHS[zone].repeat(count)}</text>`;
