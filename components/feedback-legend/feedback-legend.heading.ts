import { html, nothing, type TemplateResult } from 'lit';

/** A `heading-level` attribute as a heading level: a whole number 1–6, else the default 2. */
export function headingLevel(value: number | undefined): number {
  return value !== undefined && Number.isInteger(value) && value >= 1 && value <= 6 ? value : 2;
}

/**
 * An `<h1>`–`<h6>` (levels past 6 stay 6, as HTML has no deeper heading). Six literal templates
 * rather than lit/static-html, which would add its module to every legend bundle.
 */
export function heading(level: number, className: string, content: unknown, id?: string, part?: string): TemplateResult {
  const [i, p] = [id ?? nothing, part ?? nothing];
  switch (Math.min(6, Math.max(1, level))) {
    case 1: return html`<h1 class=${className} id=${i} part=${p}>${content}</h1>`;
    case 2: return html`<h2 class=${className} id=${i} part=${p}>${content}</h2>`;
    case 3: return html`<h3 class=${className} id=${i} part=${p}>${content}</h3>`;
    case 4: return html`<h4 class=${className} id=${i} part=${p}>${content}</h4>`;
    case 5: return html`<h5 class=${className} id=${i} part=${p}>${content}</h5>`;
    default: return html`<h6 class=${className} id=${i} part=${p}>${content}</h6>`;
  }
}
