import type { ParseStepResult } from 'papaparse';
import { clip, dataError } from './data-errors.js';
import type { LzmDataError } from './errors.js';
import { isKnownHeader } from './headers.js';

/** One data row of a CSV file with its 1-based line number in the file. */
export interface CsvRow {
  line: number;
  values: string[];
}

export interface CsvTable {
  headers: string[];
  rows: CsvRow[];
  delimiter: string;
}

type Papa = typeof import('papaparse');

let papaPromise: Promise<Papa> | undefined;

/**
 * papaparse, loaded on first use only: an element fed by attributes or JSON never downloads it.
 * (papaparse ships as UMD; bundlers and our test server expose module.exports as the default.)
 */
export function loadPapa(): Promise<Papa> {
  papaPromise ??= import('papaparse').then((module) => ((module as { default?: Papa }).default ?? module) as Papa);
  return papaPromise;
}

/**
 * Counts lines as papaparse hands out rows, so each row knows where in the file it started. The
 * text comes in pieces (a whole text is one piece); it keeps only the text from the last row's end on.
 */
export class LineTracker {
  /** `line`: the line number the text fed to it starts at. */
  constructor(private line = 1) {}

  private text = '';
  /** Absolute offset of text[0]. */
  private base = 0;
  /** Absolute offset where the last row ended. */
  private offset = 0;
  /** Index in `text` of the next '\n' at or after the last search, -1 for none, -2 for unknown. */
  private nextNewline = -2;

  append(piece: string): void {
    const done = this.offset - this.base;
    this.text = (done > 0 ? this.text.slice(done) : this.text) + piece;
    this.base = this.offset;
    this.nextNewline = -2;
  }

  /** Line of the row that ends at `cursor` (papaparse's meta.cursor); skips leading blank lines. */
  rowStart(cursor: number): number {
    const { text, base } = this;
    const end = cursor - base;
    let i = this.offset - base;
    while (i < end) {
      const code = text.charCodeAt(i);
      if (code === 10) this.line++;
      else if (code !== 13) break;
      i++;
    }
    const start = this.line;
    for (;;) {
      let next = this.nextNewline;
      if (next === -2 || (next !== -1 && next < i)) next = this.nextNewline = text.indexOf('\n', i);
      if (next === -1 || next >= end) break;
      this.line++;
      i = next + 1;
    }
    this.offset = cursor;
    return start;
  }
}

/** Drops the empty cells a trailing delimiter leaves ("a;b;" → ["a", "b"]). */
export function trimTrailingEmpty(values: string[]): string[] {
  let end = values.length;
  while (end > 0 && values[end - 1].trim() === '') end--;
  return end === values.length ? values : values.slice(0, end);
}

/** How far down a header row is looked for: title lines (system name, school year, "Aangemaakt op …") come first. */
export const HEADER_SEARCH_LINES = 20;

/** The most frequent of `;`, `,` and tab in a line, outside quotes (`;` when there is none). */
function lineDelimiter(line: string): string {
  const unquoted = line.replace(/"[^"]*"/g, '');
  let best = ';';
  let most = 0;
  for (const delimiter of [';', ',', '\t']) {
    const count = unquoted.split(delimiter).length - 1;
    if (count > most) [best, most] = [delimiter, count];
  }
  return best;
}

/** True when at least two cells of a line are known column headers (any field of the alias table). */
function looksLikeHeader(line: string, delimiter: string): boolean {
  let known = 0;
  for (const cell of line.split(delimiter)) {
    if (isKnownHeader(cell.trim().replace(/^"|"$/g, '')) && ++known === 2) return true;
  }
  return false;
}

/**
 * The header row of a CSV text and its delimiter. Pupil-tracking systems write title lines above the
 * header (system name, school year, "Aangemaakt op …", empty rows): the header is the first of the
 * first 20 lines with at least two known column headers, else the first non-blank line (so a file
 * of unknown columns is still reported as such). The delimiter is decided from that row alone, so
 * a file whose data rows use another delimiter is reported as such rather than misread.
 */
export function findHeaderRow(text: string): { line: number; delimiter: string } {
  const head = text.slice(0, 65536);
  const lines = head.split('\n', HEADER_SEARCH_LINES + 1).slice(0, HEADER_SEARCH_LINES);
  let first: { line: number; delimiter: string } | undefined;
  for (let i = 0; i < lines.length; i++) {
    // A file with only \r line breaks is one "line" here: it keeps the first-line rule.
    const line = lines[i].split('\r')[0];
    if (line.trim() === '') continue;
    const delimiter = lineDelimiter(line);
    first ??= { line: i + 1, delimiter };
    if (looksLikeHeader(line, delimiter)) return { line: i + 1, delimiter };
  }
  return first ?? { line: 1, delimiter: ';' };
}

/** The delimiter of a CSV text, from its header row (findHeaderRow). */
export function headerDelimiter(text: string): string {
  return findHeaderRow(text).delimiter;
}

/**
 * Checks a text as it comes, piece by piece, over its whole length: a NUL anywhere means binary
 * data, a BOM after the start two files pasted together. The streaming reader feeds it every
 * piece; a whole text is one piece (assertText), so both readers refuse the same files.
 */
export class TextCheck {
  private line = 1;
  /** Characters since the last line break, at the end of the pieces so far. */
  private column = 0;
  private started = false;

  constructor(private readonly file?: string) {}

  push(piece: string): void {
    const { file } = this;
    if (piece.includes('\u0000')) throw dataError('error.binary', {}, { file, line: 1 });
    const bom = piece.indexOf('\ufeff', this.started ? 0 : 1);
    this.started ||= piece.length > 0;
    const end = bom === -1 ? piece.length : bom;
    let last = -1;
    for (let i = piece.indexOf('\n'); i !== -1 && i < end; i = piece.indexOf('\n', i + 1)) {
      this.line++;
      last = i;
    }
    this.column = last === -1 ? this.column + end : end - last - 1;
    if (bom !== -1) throw dataError('error.bomInside', {}, { file, line: this.line, column: this.column + 1 });
  }
}

/** Rejects text that is clearly binary (a NUL byte anywhere), or two files pasted together (a BOM after the start). */
export function assertText(text: string, file?: string): void {
  new TextCheck(file).push(text);
}

/**
 * Turns CRLF and lone CR line breaks into LF, piece by piece (a CR at the end of a piece waits for
 * the next). papaparse takes one line ending for a whole file from its start, so a file whose
 * first lines end in CRLF and later ones in LF (two exports pasted together) had rows merged.
 */
export class NewlineNormalizer {
  private carry = false;

  push(piece: string): string {
    let text = this.carry ? `\r${piece}` : piece;
    this.carry = text.endsWith('\r');
    if (this.carry) text = text.slice(0, -1);
    return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  }

  /** What a last piece ending in CR held back. */
  end(): string {
    const rest = this.carry ? '\n' : '';
    this.carry = false;
    return rest;
  }
}

/** A whole text with LF line breaks only (NewlineNormalizer in one piece). */
export function normalizeNewlines(text: string): string {
  const normalizer = new NewlineNormalizer();
  return normalizer.push(text) + normalizer.end();
}

/**
 * A header row of one column that holds another separator (`|`, `:`) was written with a delimiter
 * we do not read; say so instead of "missing column". A huge header row is a file without line breaks.
 */
export function checkHeader(headers: readonly string[], file?: string, line = 1): void {
  // No export has a thousand columns or a 64 KB header: the line breaks were lost (or it is not a table).
  const size = headers.reduce((sum, header) => sum + header.length + 1, 0);
  if (headers.length > 1000 || size > 65536) {
    throw dataError('error.headerTooLong', { columns: String(headers.length), size: String(Math.ceil(size / 1024)) }, { file, line, column: 1 });
  }
  if (headers.length === 1 && /[|:]/.test(headers[0])) {
    throw dataError('error.delimiter', { header: clip(headers[0]) }, { file, line, column: 1 });
  }
}

/**
 * A data row must have as many values as the header row has columns: more means a stray
 * delimiter (or the wrong one), fewer means a cut-off row. Trailing empty cells are not counted
 * as extra (Excel writes them). `values` is the row as parsed, before trimming.
 */
export function checkRowLength(values: readonly string[], columns: number, delimiter: string, file: string | undefined, line: number): void {
  let count = values.length;
  if (count > columns) while (count > columns && values[count - 1].trim() === '') count--;
  if (count === columns) return;
  const shown = delimiter === '\t' ? 'tab' : delimiter;
  throw dataError('error.rowLength', { count: String(count), columns: String(columns), delimiter: shown }, { file, line, column: Math.min(count, columns) + 1 });
}

/**
 * Parses CSV text as Dutch and English spreadsheets write it: `;`, `,` or tab delimiters (detected),
 * quoted fields, blank lines, trailing delimiters. Values stay strings; numbers are parsed per
 * column later, where we know which columns are numeric.
 */
export async function parseCsv(raw: string, file?: string): Promise<CsvTable> {
  assertText(raw, file);
  const text = normalizeNewlines(raw);
  const Papa = await loadPapa();
  const tracker = new LineTracker();
  tracker.append(text);
  const all: CsvRow[] = [];
  let delimiter = ';';
  let quoteError: LzmDataError | undefined;
  const header = findHeaderRow(text);
  Papa.parse<string[]>(text, {
    delimiter: header.delimiter,
    newline: '\n',
    // Not 'greedy': a row of only delimiters (";;;;" under a title) must reach the line tracker, or
    // every later row would get the line before its own. Such rows are dropped here instead.
    skipEmptyLines: true,
    step: (result: ParseStepResult<string[]>) => {
      delimiter = result.meta.delimiter;
      const line = tracker.rowStart(result.meta.cursor);
      if (line < header.line || result.data.every((value) => value.trim() === '')) return;
      const quote = result.errors.find((error) => error.type === 'Quotes');
      if (quote && !quoteError) quoteError = dataError('error.unterminatedQuote', {}, { file, line });
      all.push({ line, values: result.data });
    },
  });
  if (quoteError) throw quoteError;
  if (all.length === 0) throw dataError('error.emptyFile', {}, { file, line: 1 });
  const [headerRow, ...rows] = all;
  const headers = trimTrailingEmpty(headerRow.values).map((h) => h.trim());
  checkHeader(headers, file, headerRow.line);
  if (rows.length === 0) throw dataError('error.headerOnly', {}, { file, line: headerRow.line + 1 });
  for (const row of rows) checkRowLength(row.values, headers.length, delimiter, file, row.line);
  return { headers, rows: rows.map((row) => ({ line: row.line, values: trimTrailingEmpty(row.values) })), delimiter };
}
