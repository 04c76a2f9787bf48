import type { LoadedData } from '../core/load.js';
import { dataError } from '../core/data-errors.js';
import { LzmDataError, type DataLocation } from '../core/errors.js';
import { fieldOf, mapColumns, type Field } from '../core/headers.js';
import { addMessages, type MessageParams } from '../core/locale.js';
import { parseNumber } from '../core/numbers.js';
import { cssRgb, hexToRgb, namedColor, nearestColor, toHex, type Rgb } from './feedback-legend.color.js';
import { DEFAULT_COLORS, SHAPES, defaultEntry, type LegendEntry, type Shape } from './feedback-legend.model.js';

/** Error texts travel with this (lazily loaded) module, as core/data-errors.ts does for the data layer. */
const messages = addMessages({
  nl: {
    'legend.unknownColor': 'onbekende kleur "{value}": gebruik een kleurnaam (rood, blauw, groen, …) of een CSS-kleur zoals #d32f2f',
    'legend.emptyMeaning': 'de betekenis ontbreekt',
    'legend.missingColor': 'de kleur ontbreekt (alleen nummers 1 tot en met {max} hebben een standaardkleur)',
    'legend.duplicateNumber': 'nummer {number} komt twee keer voor (eerder op regel {first})',
    'legend.unknownSymbol': '"{value}" is geen vorm (rondje, vierkantje, driehoekje, ruitje, sterretje, kruisje) en geen teken van 1 of 2 tekens',
    'legend.notWhole': '"{value}" is geen geheel getal vanaf {min}',
    'legend.tooMany': '{count} betekenissen: een legenda heeft er hooguit {max}',
  },
  en: {
    'legend.unknownColor': 'unknown colour "{value}": use a colour name (red, blue, green, …) or a CSS colour such as #d32f2f',
    'legend.emptyMeaning': 'the meaning is empty',
    'legend.missingColor': 'the colour is missing (only numbers 1 to {max} have a default colour)',
    'legend.duplicateNumber': 'number {number} appears twice (before on line {first})',
    'legend.unknownSymbol': '"{value}" is not a shape (circle, square, triangle, diamond, star, cross) nor a sign of 1 or 2 characters',
    'legend.notWhole': '"{value}" is not a whole number from {min}',
    'legend.tooMany': '{count} meanings: a legend has at most {max}',
  },
});

const fail = (key: keyof typeof messages.nl, params: MessageParams, location: DataLocation) =>
  new LzmDataError(key, params, location);

const FIELDS = ['color', 'meaning', 'symbol', 'count', 'number'] as const satisfies readonly Field[];

type LegendField = (typeof FIELDS)[number];

/** Which shape a school's word or sign names ("rondje", "Circle", "●"); undefined if none. */
export function shapeOf(word: string): Shape | undefined {
  const text = word.trim().toLowerCase();
  const prefixes: [Shape, RegExp][] = [
    ['circle', /^(rond|cirkel|circle|dot|stip|bol|●|○)/],
    ['square', /^(vierkant|square|blok|■|□)/],
    ['triangle', /^(driehoek|triangle|▲|△)/],
    ['diamond', /^(ruit|diamond|◆|◇)/],
    ['star', /^(ster|star|★|☆)/],
    ['cross', /^(kruis|cross|[x×✕✖]$)/],
  ];
  return prefixes.find(([, pattern]) => pattern.test(text))?.[0];
}

/** One row of a legend file, JSON object or slotted item, with where each cell came from. */
interface RawRow {
  line?: number;
  cells: Partial<Record<LegendField, { text: string; column?: number }>>;
}

/** A colour name (nl/en, from COLORS), a hex code, or (in a browser) any CSS colour. */
export function parseColor(text: string, location: DataLocation = {}): Pick<LegendEntry, 'rgb' | 'name'> {
  const named = namedColor(text);
  const rgb = named ? hexToRgb(named[0]) : hexToRgb(text) ?? browserColor(text);
  if (!rgb) throw fail('legend.unknownColor', { value: text }, location);
  return { rgb, name: named ?? nearestColor(rgb) };
}

/** Lets the browser read rgb(), hsl(), CSS names ("tomato"): a canvas normalises them to hex. */
function browserColor(text: string): Rgb | undefined {
  if (typeof document === 'undefined' || !CSS.supports('color', text)) return undefined;
  const context = document.createElement('canvas').getContext('2d')!;
  context.fillStyle = text;
  const value = String(context.fillStyle);
  return hexToRgb(value) ?? cssRgb(value);
}

function wholeNumber(text: string, min: number, location: DataLocation): number | undefined {
  const value = parseNumber(text, location);
  if (value !== undefined && !(Number.isInteger(value) && value >= min)) {
    throw fail('legend.notWhole', { value: text, min: String(min) }, location);
  }
  return value;
}

/**
 * Most entries a legend may have. A card glued in a notebook has a handful (the source lists six);
 * 200,000 entries froze the element while it drew them.
 */
export const MAX_LEGEND_ENTRIES = 100;

/** The entry past the limit is where the file goes wrong: its line is the error's. */
function tooMany(count: number, line: number | undefined, file?: string): never {
  throw fail('legend.tooMany', { count: String(count), max: String(MAX_LEGEND_ENTRIES) }, { file, line });
}

/** Validates rows and turns them into entries sorted by number; shapes fill in where none is given. */
export function entriesFromRows(rows: readonly RawRow[], file?: string): LegendEntry[] {
  if (rows.length > MAX_LEGEND_ENTRIES) tooMany(rows.length, rows[MAX_LEGEND_ENTRIES].line, file);
  const firstLine = new Map<number, number | undefined>();
  const entries = rows.map((row, index): LegendEntry => {
    const text = (field: LegendField) => row.cells[field]?.text.trim() ?? '';
    const where = (field: LegendField): DataLocation => ({ file, line: row.line, column: row.cells[field]?.column });
    const number = wholeNumber(text('number'), 1, where('number')) ?? index + 1;
    if (firstLine.has(number)) {
      throw fail('legend.duplicateNumber', { number: String(number), first: String(firstLine.get(number) ?? '?') }, where('number'));
    }
    firstLine.set(number, row.line);
    const count = wholeNumber(text('count'), 0, where('count'));
    const meaning = text('meaning') || undefined;
    const symbol = text('symbol');
    let entry: LegendEntry;
    if (text('color')) {
      if (!meaning) throw fail('legend.emptyMeaning', {}, where('meaning'));
      entry = { number, ...parseColor(text('color'), where('color')), meaning };
    } else {
      // No colour: the row refers to the default card's entry (e.g. only counts for a test).
      if (number > DEFAULT_COLORS.length) throw fail('legend.missingColor', { max: String(DEFAULT_COLORS.length) }, where('color'));
      entry = { ...defaultEntry(number), meaning };
    }
    if (symbol) {
      const shape = shapeOf(symbol);
      if (!shape && [...symbol].length > 2) throw fail('legend.unknownSymbol', { value: symbol }, where('symbol'));
      entry = { ...entry, shape, glyph: shape ? undefined : symbol };
    }
    return { ...entry, count };
  });
  // Own colours without a symbol get the first shapes no other entry uses.
  const free = SHAPES.filter((shape) => !entries.some((entry) => entry.shape === shape));
  for (const entry of entries) if (!entry.shape && !entry.glyph) entry.shape = free.shift() ?? 'circle';
  return entries.sort((a, b) => a.number - b.number);
}

const EXPECTED = '[ { "kleur": …, "betekenis": …, "symbool": … }, … ]';

/** Interprets `.data`, a JSON file or the slotted items: a list of objects (keys as the CSV headers). */
export function entriesFromData(data: unknown, file?: string): LegendEntry[] {
  const list = Array.isArray(data) ? data : (data as { items?: unknown } | null)?.items;
  if (!Array.isArray(list) || list.length === 0) throw dataError('error.jsonShape', { expected: EXPECTED }, { file });
  // Refused before any entry is read: a list of 200,000 is not walked just to be turned down.
  if (list.length > MAX_LEGEND_ENTRIES) tooMany(list.length, MAX_LEGEND_ENTRIES + 1, file);
  const rows = list.map((item, index): RawRow => {
    if (typeof item !== 'object' || item === null) throw dataError('error.jsonShape', { expected: EXPECTED }, { file, line: index + 1 });
    const cells: RawRow['cells'] = {};
    for (const [key, value] of Object.entries(item)) {
      const field = fieldOf(key, FIELDS) as LegendField | undefined;
      if (field && value != null) cells[field] = { text: String(value) };
    }
    return { line: index + 1, cells };
  });
  return entriesFromRows(rows, file);
}

/** Interprets a loaded file: CSV `kleur;betekenis;symbool[;aantal;nummer]` (any alias) or JSON. */
export function entriesFromLoaded(loaded: LoadedData): LegendEntry[] {
  if (loaded.kind === 'json') return entriesFromData(loaded.value, loaded.file);
  const { table, file } = loaded;
  const columns = mapColumns(table.headers, [], FIELDS, file);
  // Without colours the rows refer to the default card, but they must say something about it.
  if (columns.color === undefined && columns.meaning === undefined && columns.count === undefined) {
    mapColumns(table.headers, ['color'], [], file);
  }
  const rows = table.rows.map(({ line, values }): RawRow => {
    const cells: RawRow['cells'] = {};
    for (const field of FIELDS) {
      const index = columns[field];
      if (index !== undefined) cells[field] = { text: values[index] ?? '', column: index + 1 };
    }
    return { line, cells };
  });
  return entriesFromRows(rows, file);
}

/** One entry of the element's `.data` (entriesFromData reads it back). */
export interface FeedbackLegendItem {
  number: number;
  /** With a meaning of its own only: an entry without one is the default card's, which its number names. */
  color?: string;
  meaning?: string;
  symbol?: string;
  count?: number;
}

/** The element's `.data`: its entries in order. */
export type FeedbackLegendData = FeedbackLegendItem[];

/** `.data` for the element from read entries (what the dashboard generator hands over). */
export function toData(entries: readonly LegendEntry[]): FeedbackLegendData {
  return entries.map((entry) => ({
    number: entry.number,
    // A colour would ask the reader for a meaning too (drawing it in Node showed the card refusing it).
    ...(entry.meaning === undefined ? {} : { color: toHex(entry.rgb), meaning: entry.meaning }),
    symbol: entry.shape ?? entry.glyph,
    ...(entry.count === undefined ? {} : { count: entry.count }),
  }));
}
