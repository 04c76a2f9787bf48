import type { DataLocation } from './errors.js';
import { clip, dataError } from './data-errors.js';

// One optional sign, digits, at most one decimal separator (point or comma, as Dutch Excel
// writes "0,62"). Thousands separators are refused on purpose: "1.234" would be ambiguous.
const NUMBER = /^[+\-\u2212]?(\d+([.,]\d+)?|[.,]\d+)$/;

const THOUSANDS = /^([+\-\u2212]?\d{1,3})((?:[.,\s\u00a0\u202f']\d{3})+)([.,]\d+)?$/;

/** Parses "0,62", "0.62", "-0,2", "−0.2"; undefined for blank; throws for anything else. */
export function parseNumber(raw: string, location: DataLocation = {}): number | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  if (!NUMBER.test(text)) {
    // "1.234,5" / "1,234.5" / "12 345": a thousands separator, which we refuse rather than guess.
    const grouped = text.match(THOUSANDS);
    if (grouped) throw dataError('error.thousands', { value: text, plain: grouped[1] + grouped[2].replace(/[.,\s\u00a0\u202f']/g, '') + (grouped[3] ?? '') }, location);
    throw dataError('error.notANumber', { value: clip(text) }, location);
  }
  return Number(text.replace(',', '.').replace('\u2212', '-'));
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
