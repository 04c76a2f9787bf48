import { nothing, type TemplateResult } from 'lit';
import { html, unsafeStatic, type StaticValue } from 'lit/static-html.js';

// Only these six tag names are ever made static: no attribute value reaches unsafeStatic.
const TAGS: readonly StaticValue[] = [1, 2, 3, 4, 5, 6].map((level) => unsafeStatic(`h${level}`));

/** A `heading-level` attribute as a heading level: a whole number 1–6, else the default 2. */
export function headingLevel(value: number | undefined): number {
  return value !== undefined && Number.isInteger(value) && value >= 1 && value <= 6 ? value : 2;
}

/** An `<h1>`–`<h6>` (levels past 6 stay 6, as HTML has no deeper heading). */
export function heading(level: number, className: string, content: unknown, id?: string, part?: string): TemplateResult {
  const tag = TAGS[Math.min(6, Math.max(1, level)) - 1];
  // A static tag name (lit/static-html), which the template lint rules do not know.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} class=${className} id=${id ?? nothing} part=${part ?? nothing}>${content}</${tag}>`;
}
