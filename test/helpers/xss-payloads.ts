/**
 * Hostile text (issue 9) used by the browser and the CLI XSS tests: each payload would set
 * window.__xss if it ever ran.
 */
export const PAYLOADS = [
  '</script><script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=2">',
  'javascript:window.__xss=3',
  "{{constructor.constructor('window.__xss=4')()}}",
  '\u202Eevil\u202C',
  '<!--',
  'a\u2028b',
];

/** All payloads in one string, for a single text field. */
export const P = PAYLOADS.join(' ');

/** What must be readable as text wherever P went. */
export const MARKERS = ['</script><script>', '<img src=x onerror=', '{{constructor.constructor', '\u202E', '<!--', '\u2028'];
