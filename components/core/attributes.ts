import type { ComplexAttributeConverter } from 'lit';
import { plainNumber } from './number-text.js';

/**
 * Number attributes that accept both decimal marks ("0,62" as a Dutch author types it, and
 * "0.62"). Unreadable text becomes NaN so the element can report it instead of guessing.
 */
export const numberAttribute: ComplexAttributeConverter<number | undefined> = {
  fromAttribute(value: string | null): number | undefined {
    if (value === null || value.trim() === '') return undefined;
    // The same rule as the data layer's numbers (number-text.ts), without its messages.
    return plainNumber(value.trim()) ?? NaN;
  },
  toAttribute(value: number | undefined): string | null {
    return value === undefined ? null : String(value);
  },
};

/**
 * The first of these number attributes (kebab-case names; their properties are camelCase) whose
 * text `numberAttribute` could not read, with that text: the element reports it, never guesses.
 */
export function unreadableNumber(element: Element, names: readonly string[]): { name: string; value: string } | undefined {
  for (const name of names) {
    const value: unknown = element[name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) as keyof Element];
    if (Number.isNaN(value)) return { name, value: element.getAttribute(name) ?? String(value) };
  }
  return undefined;
}
