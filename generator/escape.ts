/** Escaping for the two places generated text goes: HTML text/attributes and inline JSON. */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

/**
 * JSON for a `<script type="application/json">` block. `<` and `>` as \u escapes mean no
 * `</script>` or `<!--` can end or confuse the script element; `&` too (XHTML readers); U+2028
 * and U+2029 because older JS engines refuse them in string literals. JSON.parse reads it back
 * unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Makes JavaScript source safe inside an inline `<script>`: `</script` and `<!--` cannot appear
 * in real code outside strings, regexes and templates, where `<\/script` and `<\!--` mean the
 * same thing.
 */
export function scriptForInline(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}
