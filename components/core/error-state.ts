import { css, html, type TemplateResult } from 'lit';
import { t, type Lang } from './locale.js';
import type { LzmDataError } from './errors.js';
import * as theme from './theme-defaults.js';

/**
 * An element's error state, a lazy chunk with LzmDataError and the error texts: an element whose
 * data is fine never loads its template, styles or texts.
 */
export { LzmDataError, toDataError } from './errors.js';

/** The error box's styles: adopted by an element when it first shows an error (and written by a server render). */
export const errorStyles = css`
  .error {
    border: 2px solid ${theme.errorColor};
    border-left-width: 0.5em;
    border-radius: 4px;
    padding: 0.5em 0.75em;
    color: ${theme.errorTextColor};
    background: ${theme.errorBackground};
    font-size: 0.9em;
  }
  .error strong {
    display: block;
  }
  .error code {
    font-family: inherit;
    overflow-wrap: anywhere;
  }
`;

/** The error state: an alert with the title and the message (`file:line:column: …`). */
export function renderError(error: LzmDataError, lang: Lang): TemplateResult {
  return html`<div class="error" role="alert" part="error">
    <strong>${t(lang, 'error.title')}</strong>
    <code>${error.format(lang)}</code>
  </div>`;
}
