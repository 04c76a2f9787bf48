import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { assertText, checkHeader, checkRowLength, CsvReader, HEADER_SEARCH_LINES, loadPapa, trimTrailingEmpty, type CsvRow } from '../components/core/csv.js';
import { clip, dataError } from '../components/core/data-errors.js';
import { assertNotMixed, bomEncoding, decodeBytes, decoderFor, type Encoding } from '../components/core/decode.js';
import { LzmDataError, toDataError } from '../components/core/errors.js';
import { detectFormat, parseJson, tooLarge } from '../components/core/load.js';
import { st } from '../components/core/sittings.messages.js';
import type { Problems, Section } from './sections/section.js';

/** A file that went into the dashboard, for the "sources" list in its header. */
export interface Source {
  file: string;
  kind: string;
  rows: number;
}

/**
 * Largest input files (documented in the README, "Limits"). A CSV is streamed row by row, but its
 * text is held whole: 100 MiB is about 2.5 million pupil rows. A JSON file is parsed whole into
 * objects (several times its size), so it gets less. Above these the generator says so at once
 * instead of running out of memory.
 */
export const MAX_CSV_BYTES = 100 * 1024 * 1024;
export const MAX_JSON_BYTES = 20 * 1024 * 1024;

const DATA_EXTENSIONS = new Set(['.csv', '.tsv', '.txt', '.json']);
const CONFIG_NAME = 'dashboard.json';

/**
 * Paths on the command line → data files. A folder contributes every CSV/JSON file directly in
 * it (sorted by name), and its dashboard.json as the config unless one was given.
 */
export async function expandInputs(paths: readonly string[], errors: LzmDataError[]): Promise<{ files: string[]; config?: string }> {
  const files: string[] = [];
  let config: string | undefined;
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      errors.push(new LzmDataError('gen.error.notFound', {}, { file: path }));
      continue;
    }
    if (info.isFile()) {
      files.push(path);
      continue;
    }
    if (!info.isDirectory()) {
      // /dev/zero or a pipe has no size and no end: reading it would never finish.
      errors.push(new LzmDataError('gen.error.notRegular', {}, { file: path }));
      continue;
    }
    const names = (await readdir(path)).filter((name) => DATA_EXTENSIONS.has(extname(name).toLowerCase()) && !name.startsWith('.')).sort();
    if (names.length === 0) errors.push(new LzmDataError('gen.error.noInputs', {}, { file: path }));
    for (const name of names) {
      if (name.toLowerCase() === CONFIG_NAME) config ??= join(path, name);
      else files.push(join(path, name));
    }
  }
  return { files, config };
}

/** Reads a file's bytes and decodes them (UTF-8, UTF-8/16 with BOM, or Windows-1252). */
export async function readText(file: string): Promise<string> {
  const text = decodeBytes(await readFile(file));
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export type Progress = (file: string, fraction: number) => void;

/**
 * What the generator does with each row the CsvReader hands on: the header row picks the section,
 * every row is checked against the header's length, and good rows go to the section's aggregator.
 */
class CsvRows {
  private consume?: (row: CsvRow) => void;
  private columns = 0;
  private sawHeader = false;
  kind = '';
  rows = 0;

  constructor(
    private readonly file: string,
    private readonly sections: readonly Section[],
    private readonly problems: Problems,
    private readonly reader: () => CsvReader,
  ) {}

  /** Takes one row; returns an error that must stop the file, else undefined. */
  take(values: string[], line: number, quoteError: boolean): LzmDataError | undefined {
    const { file } = this;
    if (quoteError) return dataError('error.unterminatedQuote', {}, { file, line });
    if (!this.sawHeader) return this.header(values, line);
    this.rows++;
    if (values.length !== this.columns) {
      try {
        checkRowLength(values, this.columns, this.reader().header.delimiter, file, line);
      } catch (error) {
        this.problems.errors.push(error as LzmDataError);
        return undefined;
      }
    }
    this.consume!({ line, values: trimTrailingEmpty(values) });
    return undefined;
  }

  private header(values: string[], line: number): LzmDataError | undefined {
    const { file, sections } = this;
    this.sawHeader = true;
    const { titleLines } = this.reader();
    if (titleLines > 0) {
      this.problems.warnings.push({ text: st(this.problems.lang ?? 'nl', 'sitting.titleLines', { file, count: String(titleLines) }), publish: false });
    }
    const headers = trimTrailingEmpty(values).map((header) => header.trim());
    this.columns = headers.length;
    try {
      checkHeader(headers, file, line);
    } catch (error) {
      return error as LzmDataError;
    }
    const section = sections.find((candidate) => candidate.matchesHeaders(headers));
    if (!section) {
      return new LzmDataError('gen.error.unknownFile', {
        seen: clip(headers.join(', '), 200) || '—',
        accepted: sections.map((candidate) => candidate.accepted).join(' | '),
      }, { file, line, column: 1 });
    }
    try {
      this.consume = section.beginCsv(headers, file);
      this.kind = section.id;
    } catch (error) {
      return toDataError(error, { file, line, column: 1 });
    }
    return undefined;
  }

  /** After the last row: the source, or the empty / header-only error. */
  finish(): Source | undefined {
    const { file } = this;
    if (!this.sawHeader) {
      this.problems.errors.push(dataError('error.emptyFile', {}, { file, line: 1 }));
      return undefined;
    }
    if (this.rows === 0) {
      this.problems.errors.push(dataError('error.headerOnly', {}, { file, line: 2 }));
      return undefined;
    }
    return { file, kind: this.kind, rows: this.rows };
  }
}

/**
 * Reads CSV text that comes in pieces (textPieces of a file, or a whole text as one piece) into the
 * section its header row names. Rows are not kept: each goes to the section's aggregator as it is
 * read, so memory stays flat whatever the file size. `fraction` tells how far the reading is.
 */
async function readCsv(
  pieces: AsyncIterable<string> | Iterable<string>,
  file: string,
  sections: readonly Section[],
  problems: Problems,
  progress?: Progress,
  fraction: () => number = () => 0,
): Promise<Source | undefined> {
  const Papa = await loadPapa();
  const csv = new CsvRows(file, sections, problems, () => reader);
  const reader: CsvReader = new CsvReader(Papa, file, (values, line, quoteError) => {
    const error = csv.take(values, line, quoteError);
    if (error) problems.errors.push(error);
    else if (progress && csv.rows > 0 && (csv.rows & 0xffff) === 0) progress(file, fraction());
    return error;
  });
  try {
    for await (const piece of pieces) {
      reader.push(piece);
      if (reader.stopped) break;
    }
    reader.end();
  } catch (failure) {
    if (failure instanceof LzmDataError) problems.errors.push(failure.at({ file }));
    else if ((failure as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') problems.errors.push(toDataError(new Error('the file changed while it was read'), { file }));
    else problems.errors.push(toDataError(failure, { file }));
    return undefined;
  }
  return reader.stopped ? undefined : csv.finish();
}

/**
 * Reads one input file into its section the simple way: the whole file decoded into one string.
 * Used for JSON, and kept as the reference the streaming reader is tested against.
 */
export async function readInputWhole(file: string, sections: readonly Section[], problems: Problems): Promise<Source | undefined> {
  let text: string;
  try {
    const limit = detectFormat('', file) === 'json' ? MAX_JSON_BYTES : MAX_CSV_BYTES;
    const { size } = await stat(file);
    if (size > limit) throw tooLarge(size, file, limit);
    text = await readText(file);
    assertText(text, file);
    if (text.trim() === '') throw dataError('error.emptyFile', {}, { file, line: 1 });
  } catch (error) {
    problems.errors.push(toDataError(error, { file }));
    return undefined;
  }
  if (detectFormat(text, file) === 'csv') return readCsv([text], file, sections, problems);
  let value: unknown;
  try {
    value = parseJson(text, file);
  } catch (error) {
    problems.errors.push(toDataError(error, { file }));
    return undefined;
  }
  const section = sections.find((candidate) => candidate.matchesJson(value));
  if (!section) {
    problems.errors.push(new LzmDataError('gen.error.unknownJson', {
      accepted: sections.map((candidate) => candidate.accepted).join(' | '),
    }, { file, line: 1, column: 1 }));
    return undefined;
  }
  return { file, kind: section.id, rows: section.readJson(value, file) };
}

/* ------------------------------------------------------------------ streaming */

/** Bytes read per chunk: small enough that a piece's rows die young (measured: 64 KiB beats 16 KiB and 256 KiB–1 MiB). */
const CHUNK_BYTES = 1 << 16;

/** Piece sizes; tests make them tiny so that chunk boundaries fall everywhere. */
export interface Chunking {
  /** Bytes read from the file at a time. */
  bytes: number;
  /** Least characters in the first piece given to papaparse (see FIRST_PIECE_CHARS). */
  firstChars: number;
}

/**
 * papaparse guesses the line ending from the first 1 MiB of what it is given first, and we take the
 * delimiter from the header line: the first piece handed to it holds at least this many characters
 * and a whole first line (or the whole file), so a stream is read exactly like the whole text.
 */
const FIRST_PIECE_CHARS = 1 << 20;

const DEFAULT_CHUNKING: Chunking = { bytes: CHUNK_BYTES, firstChars: FIRST_PIECE_CHARS };

/** Length of an incomplete UTF-8 sequence at the end of `bytes` (0 when it ends on a boundary). */
function incompleteTail(bytes: Uint8Array): number {
  const end = bytes.length;
  for (let back = 1; back <= 3 && back <= end; back++) {
    const byte = bytes[end - back];
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

/**
 * The encoding of a file: a BOM in its first bytes, else UTF-8 if the WHOLE file is valid UTF-8,
 * else Windows-1252 (decodeBytes' rule, with its bomEncoding and decoderFor). The check runs over the file in chunks before
 * parsing (node's isUtf8, a few ms for 40 MB), so an invalid byte far into the file cannot turn up
 * after rows were already counted as UTF-8.
 */
export async function detectEncoding(file: string, chunking = DEFAULT_CHUNKING): Promise<Encoding> {
  let carry: Uint8Array | undefined;
  let first = true;
  for await (const chunk of createReadStream(file, { highWaterMark: chunking.bytes })) {
    let bytes = chunk as Buffer;
    if (first) {
      first = false;
      const head = bytes.length < 3 ? await readStart(file, bytes) : bytes;
      const bom = bomEncoding(head);
      if (bom) return bom;
    }
    if (carry) bytes = Buffer.concat([carry, bytes]);
    const tail = incompleteTail(bytes);
    if (!isUtf8(bytes.subarray(0, bytes.length - tail))) return 'windows-1252';
    carry = tail ? bytes.subarray(bytes.length - tail) : undefined;
  }
  return carry ? 'windows-1252' : 'utf-8';
}

/** The first bytes of a file when a tiny first chunk cannot show the whole BOM. */
async function readStart(file: string, bytes: Buffer): Promise<Buffer> {
  const start: Buffer[] = [];
  for await (const chunk of createReadStream(file, { start: 0, end: 2 })) start.push(chunk as Buffer);
  return start.length ? Buffer.concat(start) : bytes;
}

/** Line breaks (\n, or \r not followed by \n) in a text. */
function countBreaks(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count > 0 ? count : text.includes('\r') ? 1 : 0;
}

/**
 * A file's text in pieces, BOM removed as readText does; the first piece is big enough for
 * papaparse's line-ending guess and holds the first HEADER_SEARCH_LINES lines (or the whole file). `bytes` reports progress.
 */
async function* textPieces(file: string, encoding: Encoding, chunking: Chunking, bytes?: (read: number) => void): AsyncGenerator<string> {
  const { skip, decode, end } = decoderFor(encoding);
  const stream = createReadStream(file, { highWaterMark: chunking.bytes, start: skip });
  let read = skip;
  let pending = '';
  let first = true;
  // Line breaks in the pending first piece, counted per chunk (not rescanned): the header row is
  // looked for among its first HEADER_SEARCH_LINES lines, which must all be in the first piece.
  let breaks = 0;
  const ready = (text: string) => !first || (text.length >= chunking.firstChars && breaks > HEADER_SEARCH_LINES);
  try {
    for await (const chunk of stream) {
      read += (chunk as Buffer).length;
      bytes?.(read);
      const decoded = decode(chunk as Buffer);
      if (first) breaks += countBreaks(decoded);
      let text = pending + decoded;
      if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (!ready(text)) {
        pending = text;
        continue;
      }
      pending = '';
      first = false;
      yield text;
    }
    let last = pending + end();
    if (first && last.charCodeAt(0) === 0xfeff) last = last.slice(1);
    if (last !== '' || first) yield last;
  } finally {
    stream.destroy();
  }
}

/**
 * Streams a CSV file in pieces into the section its header row names (readCsv); a test reads
 * every file in tiny chunks too, so that chunk boundaries fall everywhere.
 */
function streamCsvFile(
  file: string,
  encoding: Encoding,
  sections: readonly Section[],
  problems: Problems,
  progress: Progress | undefined,
  size: number,
  chunking: Chunking,
): Promise<Source | undefined> {
  let read = 0;
  const pieces = textPieces(file, encoding, chunking, (bytes) => (read = bytes));
  return readCsv(pieces, file, sections, problems, progress, () => (size > 0 ? read / size : 0));
}

const CSV_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);

/**
 * Reads one input file into its section; problems are collected, never thrown. CSV is streamed
 * (streamCsvFile); JSON, and a file whose kind its first piece cannot tell, are read whole.
 */
export async function readInput(file: string, sections: readonly Section[], problems: Problems, progress?: Progress, chunking = DEFAULT_CHUNKING): Promise<Source | undefined> {
  let encoding: Encoding;
  let size: number;
  let csv: boolean;
  try {
    size = (await stat(file)).size;
    // Size first, before a byte is read: a 50 MB JSON or a 200 MB CSV is refused at once.
    const limit = detectFormat('', file) === 'json' ? MAX_JSON_BYTES : MAX_CSV_BYTES;
    if (size > limit) throw tooLarge(size, file, limit);
    encoding = await detectEncoding(file, chunking);
    if (CSV_EXTENSIONS.has(extname(file).toLowerCase())) {
      csv = true;
      // Not UTF-8: refuse a UTF-8 file with pasted Windows-1252 lines (decodeBytes' rule). The bytes
      // are held only for this check, then streamed.
      if (encoding === 'windows-1252') assertNotMixed(await readFile(file), file);
    }
    else {
      // Peek at the first piece: JSON starts with { or [ (detectFormat), and a blank start is left
      // to the whole-file reader, which looks further.
      const pieces = textPieces(file, encoding, chunking);
      const first = await pieces.next();
      await pieces.return(undefined);
      const text = first.done ? '' : first.value;
      csv = text.trim() !== '' && detectFormat(text, file) === 'csv';
    }
  } catch (error) {
    if (error instanceof LzmDataError) {
      problems.errors.push(error);
      return undefined;
    }
    return readInputWhole(file, sections, problems);
  }
  if (!csv) return readInputWhole(file, sections, problems);
  return streamCsvFile(file, encoding, sections, problems, progress, size, chunking);
}
