import type { DataLocation } from './errors.js';
import { clip, dataError } from './data-errors.js';
import { plainNumber } from './number-text.js';

const THOUSANDS = /^([+\-\u2212]?\d{1,3})((?:[.,\s\u00a0\u202f']\d{3})+)([.,]\d+)?$/;

/** Parses "0,62", "0.62", "-0,2", "−0.2"; undefined for blank; throws for anything else. */
export function parseNumber(raw: string, location: DataLocation = {}): number | undefined {
  return parseNumberAt(raw, location.file, location.line, location.column);
}

/** Like parseNumber, for values that must be present. */
export function requireNumber(raw: string, location: DataLocation = {}): number {
  const value = parseNumber(raw, location);
  if (value === undefined) throw dataError('error.notANumber', { value: raw }, location);
  return value;
}

/** Accepts a number from JSON: a finite number, or a string in either decimal notation. */
export function numberFromJson(value: unknown, location: DataLocation = {}): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw dataError('error.notANumber', { value: String(value) }, location);
    return value;
  }
  if (typeof value === 'string') return parseNumber(value, location);
  throw dataError('error.notANumber', { value: JSON.stringify(value) }, location);
}

// Powers of ten that are exact doubles, for the fast path.
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * parseNumber with the location as arguments, for hot loops (the generator's million rows): no
 * location object per call. Fast path: a value of at most 15 digits with an optional sign and
 * separator is read without a regular expression or string copy; the digits form an exact integer
 * and dividing it by an exact power of ten rounds once, so the double equals `Number()` of the same
 * text. Anything else (spaces, more digits, separators out of place, any other character) goes to
 * the full rules, which decide and build the error with `file:line:column`.
 */
export function parseNumberAt(raw: string, file: string | undefined, line: number | undefined, column: number | undefined): number | undefined {
  const length = raw.length;
  if (length === 0) return undefined;
  let i = 0;
  let code = raw.charCodeAt(0);
  let negative = false;
  if (code === 45 || code === 0x2212) {
    negative = true;
    i = 1;
  } else if (code === 43) {
    i = 1;
  }
  let mantissa = 0;
  let digits = 0;
  let decimals = 0;
  let separator = false;
  for (; i < length; i++) {
    code = raw.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + (code - 48);
      digits++;
      if (separator) decimals++;
    } else if ((code === 44 || code === 46) && !separator) {
      separator = true;
    } else {
      return parseNumberText(raw, { file, line, column });
    }
  }
  if (digits === 0 || digits > 15 || (separator && decimals === 0)) return parseNumberText(raw, { file, line, column });
  const value = decimals === 0 ? mantissa : mantissa / POW10[decimals];
  return negative ? -value : value;
}

/** The full rules (trim, regular expressions, errors) for what the fast path does not read. */
function parseNumberText(raw: string, location: DataLocation): number | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  const value = plainNumber(text);
  if (value === undefined) {
    // "1.234,5" / "1,234.5" / "12 345": a thousands separator, which we refuse rather than guess.
    const grouped = text.match(THOUSANDS);
    if (grouped) throw dataError('error.thousands', { value: text, plain: grouped[1] + grouped[2].replace(/[.,\s\u00a0\u202f']/g, '') + (grouped[3] ?? '') }, location);
    throw dataError('error.notANumber', { value: clip(text) }, location);
  }
  // 309 digits are more than a double holds: Number() gives Infinity, which no score can be.
  if (!Number.isFinite(value)) throw dataError('error.numberTooLarge', { value: clip(text) }, location);
  return value;
}
