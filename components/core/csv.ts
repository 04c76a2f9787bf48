import type { ParseStepResult, Parser } from 'papaparse';
import { clip, dataError } from './data-errors.js';
import type { LzmDataError } from './errors.js';
import { isKnownHeader, normalizeHeader } from './headers.js';

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

/**
 * True when at least two different cells of a line are known column headers (any field of the
 * alias table). Different: a data row of "D;D" (a group named D) is not a header row.
 */
function looksLikeHeader(line: string, delimiter: string): boolean {
  const known = new Set<string>();
  for (const cell of line.split(delimiter)) {
    const header = cell.trim().replace(/^"|"$/g, '');
    if (isKnownHeader(header) && known.add(normalizeHeader(header)).size === 2) return true;
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
 * What a CsvReader hands on: a row at or below the header row that is not blank, with the line it
 * starts on and whether papaparse found an unterminated quote in it. Return an error to stop reading.
 */
export type CsvRowSink = (values: string[], line: number, quoteError: boolean) => LzmDataError | undefined;

/**
 * Reads CSV text that comes in pieces (a whole text is one piece): the one CSV reader of the
 * elements and the generator. Every piece is checked (a NUL or BOM far into the text) and gets LF
 * line breaks; the header row and delimiter come from the first piece, which must hold the first
 * HEADER_SEARCH_LINES lines (or the whole text). Title lines above the header and blank rows are
 * skipped, the others go to the sink with their line.
 *
 * Fast path: lines without a quote are split at the line break and the delimiter here, all
 * papaparse would do with them. From the first piece with a quote on, papaparse reads the rest,
 * so every quoted field is still decided by its rules.
 */
export class CsvReader {
  /** The header row's line and delimiter (findHeaderRow of the first piece). */
  header: { line: number; delimiter: string } = { line: 1, delimiter: ';' };
  /** Non-blank lines above the header row (title lines), skipped. */
  titleLines = 0;
  /** True once the sink returned an error. */
  stopped = false;
  private started = false;
  private failure: unknown;
  private readonly check: TextCheck;
  private readonly newlines = new NewlineNormalizer();
  private papa?: { feed: (piece: string) => void; end: () => void };
  /** The unfinished last line of the pieces so far (fast path), and the line it starts on. */
  private carry = '';
  private line = 1;

  constructor(private readonly Papa: Papa, file: string | undefined, private readonly sink: CsvRowSink) {
    this.check = new TextCheck(file);
  }

  /** Takes the next piece; throws for text that is not CSV (binary, a BOM inside) or a papaparse failure. */
  push(raw: string): void {
    if (this.stopped) return;
    this.check.push(raw);
    const piece = this.newlines.push(raw);
    if (!this.started) {
      this.started = true;
      this.header = findHeaderRow(piece);
    }
    this.feed(piece);
  }

  /** After the last piece. */
  end(): void {
    const last = this.newlines.end();
    if (last) this.feed(last);
    if (this.stopped) return;
    if (this.papa) this.papa.end();
    else if (this.carry !== '') this.split('\n'); // the last line, without a line break
    this.rethrow();
  }

  private feed(piece: string): void {
    if (this.stopped) return;
    if (!this.papa && piece.includes('"')) {
      this.papa = this.papaFrom(this.line);
      piece = this.carry + piece;
      this.carry = '';
    }
    if (this.papa) this.papa.feed(piece);
    else this.split(piece);
    this.rethrow();
  }

  private rethrow(): void {
    if (this.failure !== undefined) throw this.failure;
  }

  /** One row as parsed: blank rows and title lines are skipped here. */
  private take(values: string[], line: number, quoteError: boolean): void {
    // Only a row whose first cell is empty can be blank: most rows are decided by one trim.
    if (values[0].trim() === '' && values.every((value) => value.trim() === '')) return;
    if (line < this.header.line) {
      this.titleLines++;
      return;
    }
    if (this.sink(values, line, quoteError)) this.stopped = true;
  }

  private split(piece: string): void {
    const { delimiter } = this.header;
    const chunk = this.carry + piece;
    let start = 0;
    for (let end = chunk.indexOf('\n'); end !== -1 && !this.stopped; end = chunk.indexOf('\n', start)) {
      const row = chunk.slice(start, end);
      if (row !== '') this.take(row.split(delimiter), this.line, false);
      this.line++;
      start = end + 1;
    }
    this.carry = chunk.slice(start);
  }

  /** papaparse from the start of line `line` on, fed piece by piece: its quoting rules decide. */
  private papaFrom(line: number) {
    const tracker = new LineTracker(line);
    const source = new PieceSource();
    this.Papa.parse<string[]>(source as unknown as NodeJS.ReadableStream, {
      delimiter: this.header.delimiter,
      newline: '\n',
      // Not 'greedy': a row of only delimiters (";;;;" under a title) must reach the line tracker, or
      // every later row would get the line before its own. Such rows are dropped in take().
      skipEmptyLines: true,
      error: (error: unknown) => {
        this.failure ??= error;
      },
      step: (result: ParseStepResult<string[]>, parser: Parser) => {
        const row = tracker.rowStart(result.meta.cursor);
        this.take(result.data, row, result.errors.length > 0 && result.errors.some((e) => e.type === 'Quotes'));
        if (this.stopped) parser.abort();
      },
    });
    return {
      feed(piece: string) {
        tracker.append(piece);
        source.emit('data', piece);
      },
      end: () => source.emit('end'),
    };
  }
}

/**
 * The little of a Node stream papaparse uses ('data', 'end' and 'error' listeners). We emit the
 * pieces ourselves, so each is parsed, row by row, before the next one is read.
 */
class PieceSource {
  readonly readable = true;
  private readonly listeners = new Map<string, (value?: unknown) => void>();
  read(): null {
    return null;
  }
  pause(): this {
    return this;
  }
  resume(): this {
    return this;
  }
  on(event: string, listener: (value?: unknown) => void): this {
    this.listeners.set(event, listener);
    return this;
  }
  removeListener(event: string): this {
    this.listeners.delete(event);
    return this;
  }
  emit(event: string, value?: unknown): void {
    this.listeners.get(event)?.(value);
  }
}

/**
 * Parses CSV text as Dutch and English spreadsheets write it: `;`, `,` or tab delimiters (detected),
 * quoted fields, blank lines, trailing delimiters. Values stay strings; numbers are parsed per
 * column later, where we know which columns are numeric.
 */
export async function parseCsv(raw: string, file?: string): Promise<CsvTable> {
  const Papa = await loadPapa();
  const all: CsvRow[] = [];
  let quoteError: LzmDataError | undefined;
  const reader = new CsvReader(Papa, file, (values, line, quote) => {
    if (quote) quoteError ??= dataError('error.unterminatedQuote', {}, { file, line });
    all.push({ line, values });
    return undefined;
  });
  reader.push(raw);
  reader.end();
  const { delimiter } = reader.header;
  if (quoteError) throw quoteError;
  if (all.length === 0) throw dataError('error.emptyFile', {}, { file, line: 1 });
  const [headerRow, ...rows] = all;
  const headers = trimTrailingEmpty(headerRow.values).map((h) => h.trim());
  checkHeader(headers, file, headerRow.line);
  if (rows.length === 0) throw dataError('error.headerOnly', {}, { file, line: headerRow.line + 1 });
  for (const row of rows) checkRowLength(row.values, headers.length, delimiter, file, row.line);
  return { headers, rows: rows.map((row) => ({ line: row.line, values: trimTrailingEmpty(row.values) })), delimiter };
}
