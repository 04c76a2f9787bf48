import { parseCsv, assertText, type CsvTable } from './csv.js';
import { decodeBytes } from './decode.js';
import { dataError } from './data-errors.js';
import { LzmDataError } from './errors.js';
import { jsonErrorOffset } from './json-position.js';
import { addMessages } from './locale.js';

/** The loading state's text travels with the data layer, which only elements with data load. */
addMessages({ nl: { loading: 'Gegevens laden…' }, en: { loading: 'Loading data…' } });

/**
 * Largest data file an element reads (20 MiB): a browser holds the whole file, its decoded text and
 * the parsed rows at once, so a bigger file would freeze the page rather than fail. Documented in
 * the README ("Limits"); the generator has its own limits (generator/read.ts).
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const MB = 1024 * 1024;

/** "the file is too large: 50 MB, the limit is 20 MB" (sizes in MiB, rounded up). */
export function tooLarge(bytes: number, file?: string, limit = MAX_FILE_BYTES): LzmDataError {
  return dataError('error.tooLarge', { size: String(Math.ceil(bytes / MB)), limit: String(Math.round(limit / MB)) }, { file });
}

/** Parsed content of a data file, with the file name errors should cite. */
export type LoadedData =
  | { kind: 'json'; file: string; value: unknown }
  | { kind: 'csv'; file: string; table: CsvTable };

export type DataFormat = 'json' | 'csv';

/** The file name of a URL or path, for messages ("data/effecten.csv?v=2" → "effecten.csv"). */
function fileNameOf(url: string): string {
  const path = url.split(/[?#]/)[0];
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || url;
}

/** JSON or CSV: by content type, then file extension, then the first non-blank character. */
export function detectFormat(text: string, file = '', contentType = ''): DataFormat {
  const type = contentType.toLowerCase();
  if (type.includes('json')) return 'json';
  if (type.includes('csv') || type.includes('tab-separated')) return 'csv';
  const extension = file.toLowerCase().match(/\.(\w+)$/)?.[1];
  if (extension === 'json') return 'json';
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return 'csv';
  const first = text.trimStart()[0];
  return first === '{' || first === '[' ? 'json' : 'csv';
}

/** 1-based line and column of a character offset. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** JSON.parse with an error that says where (line and column) and what was found there. */
export function parseJson(text: string, file?: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const match = message.match(/position (\d+)/);
    // Not every engine message says where (V8: `Unexpected token 'o', "…" is not valid JSON`).
    const offset = match ? Number(match[1]) : jsonErrorOffset(text);
    const where = positionOf(text, offset);
    if (offset < 0 || offset >= text.length || /end of (JSON|data) input/i.test(message)) {
      return raise(dataError('error.jsonEnd', {}, { file, ...positionOf(text, text.length) }));
    }
    return raise(dataError('error.json', { found: JSON.stringify(text[offset]) }, { file, ...where }));
  }
}

function raise(error: Error): never {
  throw error;
}

/** Parses decoded text as JSON or CSV. */
export async function parseData(text: string, file: string, contentType = ''): Promise<LoadedData> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  assertText(body, file);
  if (body.trim() === '') throw dataError('error.emptyFile', {}, { file, line: 1 });
  return detectFormat(body, file, contentType) === 'json'
    ? { kind: 'json', file, value: parseJson(body, file) }
    : { kind: 'csv', file, table: await parseCsv(body, file) };
}

/**
 * How long a `src` may take, from the request to its last byte, before the element gives up with
 * "geen antwoord binnen … s" (30 s; an element's `timeout` attribute sets its own, in ms).
 */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** The body's bytes, read chunk by chunk and cut off as soon as they pass MAX_FILE_BYTES. */
async function readBody(response: Response, file: string): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    // Without Content-Length (chunked, compressed) the size is known only while reading: stop here.
    if (size > MAX_FILE_BYTES) {
      void reader.cancel();
      throw dataError('error.tooLargeStream', { limit: String(Math.round(MAX_FILE_BYTES / MB)) }, { file });
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** An HTML page (a 404 page answered with 200, a login page) is neither CSV nor JSON: say what came. */
function assertNotHtml(text: string, contentType: string, file: string): void {
  if (/\btext\/html\b|\bxhtml\b/i.test(contentType) || /^\s*<(!doctype\s+html|html|head|body)\b/i.test(text.slice(0, 1024))) {
    throw dataError('error.html', {}, { file, line: 1 });
  }
}

/**
 * Fetches `src` (relative to the page), decodes its bytes and parses it. `timeout` (ms) covers the
 * whole load; `signal` aborts it silently (the element went away).
 */
export async function loadSource(url: string, signal?: AbortSignal, timeout = DEFAULT_TIMEOUT_MS): Promise<LoadedData> {
  const file = fileNameOf(url);
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal?.addEventListener('abort', abort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const failed = (error: unknown): never => {
    if (timedOut) {
      // Whole seconds as they are ("30 s"); a fraction formatted for the language ("0,50 s").
      const seconds = timeout / 1000;
      throw dataError('error.timeout', { seconds: Number.isInteger(seconds) ? String(seconds) : seconds }, { file });
    }
    if (signal?.aborted || error instanceof LzmDataError) throw error;
    throw new LzmDataError('error.fetch', { status: error instanceof Error ? error.message : String(error) }, { file });
  };
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal });
    } catch (error) {
      return failed(error);
    }
    if (!response.ok) throw new LzmDataError('error.fetch', { status: `HTTP ${response.status}` }, { file });
    const announced = Number(response.headers.get('content-length'));
    if (announced > MAX_FILE_BYTES) throw tooLarge(announced, file);
    const contentType = response.headers.get('content-type') ?? '';
    const bytes = await readBody(response, file).catch(failed);
    const text = decodeBytes(bytes, file);
    assertNotHtml(text, contentType, file);
    return await parseData(text, file, contentType);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

/** Reads a dropped or pasted file (a `File` or `Blob`) like a fetched `src`. */
export async function loadBlob(blob: Blob): Promise<LoadedData> {
  const file = (blob as File).name || 'data';
  if (blob.size > MAX_FILE_BYTES) throw tooLarge(blob.size, file);
  return parseData(decodeBytes(new Uint8Array(await blob.arrayBuffer()), file), file, blob.type);
}
