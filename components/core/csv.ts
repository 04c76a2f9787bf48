import type { ParseStepResult } from 'papaparse';
import { clip, dataError } from './data-errors.js';
import type { LzmDataError } from './errors.js';

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

/** Counts lines as papaparse hands out rows, so each row knows where in the file it started. */
export class LineTracker {
  private offset = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  /** Line of the row that ends at `cursor` (papaparse's meta.cursor); skips leading blank lines. */
  rowStart(cursor: number): number {
    const { text } = this;
    let i = this.offset;
    while (i < cursor && (text[i] === '\n' || text[i] === '\r')) {
      if (text[i] === '\n') this.line++;
      i++;
    }
    const start = this.line;
    for (; i < cursor; i++) if (text.charCodeAt(i) === 10) this.line++;
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

/**
 * The delimiter of a CSV text from its header row: the most frequent of `;`, `,` and tab outside
 * quotes (`;` when there is none). Decided from the header alone, as the generator does, so a file
 * whose data rows use another delimiter is reported as such rather than misread.
 */
export function headerDelimiter(text: string): string {
  let start = 0;
  while (text[start] === '\r' || text[start] === '\n') start++;
  const end = text.slice(start, start + 65536).search(/\r|\n/);
  const header = text.slice(start, end === -1 ? start + 65536 : start + end).replace(/"[^"]*"/g, '');
  let best = ';';
  let most = 0;
  for (const delimiter of [';', ',', '\t']) {
    const count = header.split(delimiter).length - 1;
    if (count > most) [best, most] = [delimiter, count];
  }
  return best;
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
  const tracker = new LineTracker(text);
  const all: CsvRow[] = [];
  let delimiter = ';';
  let quoteError: LzmDataError | undefined;
  Papa.parse<string[]>(text, {
    delimiter: headerDelimiter(text),
    newline: '\n',
    skipEmptyLines: 'greedy',
    step: (result: ParseStepResult<string[]>) => {
      delimiter = result.meta.delimiter;
      const line = tracker.rowStart(result.meta.cursor);
      const quote = result.errors.find((error) => error.type === 'Quotes');
      if (quote && !quoteError) quoteError = dataError('error.unterminatedQuote', {}, { file, line });
      all.push({ line, values: result.data });
    },
  });
  if (quoteError) throw quoteError;
  if (all.length === 0) throw dataError('error.emptyFile', {}, { file, line: 1 });
  const [header, ...rows] = all;
  const headers = trimTrailingEmpty(header.values).map((h) => h.trim());
  checkHeader(headers, file, header.line);
  if (rows.length === 0) throw dataError('error.headerOnly', {}, { file, line: header.line + 1 });
  for (const row of rows) checkRowLength(row.values, headers.length, delimiter, file, row.line);
  return { headers, rows: rows.map((row) => ({ line: row.line, values: trimTrailingEmpty(row.values) })), delimiter };
}
