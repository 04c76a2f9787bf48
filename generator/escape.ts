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
  const json = JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return escapeForbiddenCodePoints(json);
}

/**
 * Makes JavaScript source safe inside an inline `<script>`: `</script` and `<!--` cannot appear
 * in real code outside strings, regexes and templates, where `<\/script` and `<\!--` mean the
 * same thing.
 */
export function scriptForInline(code: string): string {
  return escapeForbiddenCodePoints(code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--'));
}

/**
 * Code points HTML forbids in a document (the Nu HTML Checker's "Forbidden code point"): C0
 * controls other than tab, line feed, form feed and carriage return, DEL and the C1 controls, and
 * the noncharacters U+FDD0–U+FDEF, U+FFFE and U+FFFF.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /(\\*)([\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff])/g;

/**
 * Writes forbidden code points in JavaScript or JSON source as `\uXXXX` escapes, which mean the
 * same inside string, template and regular-expression literals and comments, the only places
 * such characters can occur (papaparse's record separators, the Windows-1252 decoding table). A
 * raw character after an odd run of backslashes was an identity escape (`\<U+001E>` is U+001E):
 * that backslash goes, so the escape is not itself escaped. `String.raw` would see the change;
 * no code inlined here uses it on such characters. Used at build time (vite.config.ts) and by the
 * generator, so every page it writes is valid HTML.
 */
export function escapeForbiddenCodePoints(code: string): string {
  return code.replace(FORBIDDEN, (_, slashes: string, char: string) => {
    const kept = slashes.length % 2 ? slashes.slice(1) : slashes;
    return `${kept}\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
