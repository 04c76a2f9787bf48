import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { ParseStepResult, Parser } from 'papaparse';
import { assertText, checkHeader, checkRowLength, LineTracker, loadPapa, trimTrailingEmpty, type CsvRow } from '../components/core/csv.js';
import { clip, dataError } from '../components/core/data-errors.js';
import { decodeBytes } from '../components/core/decode.js';
import { LzmDataError, toDataError } from '../components/core/errors.js';
import { detectFormat, parseJson, tooLarge } from '../components/core/load.js';
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
export const CONFIG_NAME = 'dashboard.json';

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
    if (!info.isDirectory()) {
      files.push(path);
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

/**
 * The delimiter of a CSV file from its header row: the most frequent of `;`, `,` and tab outside
 * quotes. Decided once from the first line, so a broken quote further on cannot change it and a
 * million-row file is not scanned twice.
 */
export function delimiterOf(text: string): string {
  const end = text.search(/\r|\n/);
  const header = (end === -1 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((delimiter) => [delimiter, header.split(delimiter).length - 1] as const);
  const [best] = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best;
}

export type Progress = (file: string, fraction: number) => void;

/**
 * Streams a CSV text through papaparse row by row into the section its header row names. Rows are
 * not kept: each goes to the section's aggregator as it is parsed. Returns the number of data rows.
 */
export async function streamCsv(text: string, file: string, sections: readonly Section[], problems: Problems, progress?: Progress): Promise<Source | undefined> {
  const Papa = await loadPapa();
  const tracker = new LineTracker(text);
  let consume: ((row: CsvRow) => void) | undefined;
  let kind = '';
  let rows = 0;
  let columns = 0;
  let sawHeader = false;
  let stopped = false;
  const stop = (parser: Parser, error: LzmDataError) => {
    problems.errors.push(error);
    stopped = true;
    parser.abort();
  };
  const delimiter = delimiterOf(text);
  Papa.parse<string[]>(text, {
    delimiter,
    // 'greedy' would test every row with join+trim; only a row whose first cell is empty can be blank.
    skipEmptyLines: true,
    step: (result: ParseStepResult<string[]>, parser: Parser) => {
      const line = tracker.rowStart(result.meta.cursor);
      if (result.errors.some((error) => error.type === 'Quotes')) return stop(parser, dataError('error.unterminatedQuote', {}, { file, line }));
      if (result.data[0].trim() === '' && result.data.every((value) => value.trim() === '')) return;
      if (!sawHeader) {
        sawHeader = true;
        const headers = trimTrailingEmpty(result.data).map((header) => header.trim());
        columns = headers.length;
        try {
          checkHeader(headers, file, line);
        } catch (error) {
          return stop(parser, error as LzmDataError);
        }
        const section = sections.find((candidate) => candidate.matchesHeaders(headers));
        if (!section) {
          return stop(parser, new LzmDataError('gen.error.unknownFile', {
            seen: clip(headers.join(', '), 200) || '—',
            accepted: sections.map((candidate) => candidate.accepted).join(' | '),
          }, { file, line, column: 1 }));
        }
        try {
          consume = section.beginCsv(headers, file);
          kind = section.id;
        } catch (error) {
          stop(parser, toDataError(error, { file, line, column: 1 }));
        }
        return;
      }
      rows++;
      if (result.data.length !== columns) {
        try {
          checkRowLength(result.data, columns, delimiter, file, line);
        } catch (error) {
          problems.errors.push(error as LzmDataError);
          return;
        }
      }
      if (progress && (rows & 0xffff) === 0) progress(file, result.meta.cursor / text.length);
      consume!({ line, values: trimTrailingEmpty(result.data) });
    },
  });
  if (stopped) return undefined;
  if (!sawHeader) {
    problems.errors.push(dataError('error.emptyFile', {}, { file, line: 1 }));
    return undefined;
  }
  if (rows === 0) {
    problems.errors.push(dataError('error.headerOnly', {}, { file, line: 2 }));
    return undefined;
  }
  return { file, kind, rows };
}

/** Reads one input file into its section; problems are collected, never thrown. */
export async function readInput(file: string, sections: readonly Section[], problems: Problems, progress?: Progress): Promise<Source | undefined> {
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
  if (detectFormat(text, file) === 'csv') return streamCsv(text, file, sections, problems, progress);
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
