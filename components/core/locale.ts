/**
 * UI strings and number formatting. Each module owns its strings (nl and en) and adds them with
 * `addMessages` when it loads, so an element's bundle carries only the texts it can show: the
 * data layer's error texts travel with the (lazily loaded) data layer.
 */
export type Lang = 'nl' | 'en';

export const DEFAULT_LANG: Lang = 'nl';

export type Messages = Record<string, string>;

/** A module's strings: the nl table is the reference, en must have the same keys. */
export type MessageTables<K extends string = string> = { nl: Record<K, string>; en: Record<K, string> };

const registry: Record<Lang, Messages> = { nl: {}, en: {} };

/** Adds a module's strings; returns its tables so a module can `export const m = addMessages({...})`. */
export function addMessages<K extends string>(tables: MessageTables<K>): MessageTables<K> {
  Object.assign(registry.nl, tables.nl);
  Object.assign(registry.en, tables.en);
  return tables;
}

/**
 * Adds a module's strings and returns their lookup, typed to their keys:
 * `export const st = messageLookup({ nl: {…}, en: {…} })`, and `Parameters<typeof st>[1]` is the key type.
 */
export function messageLookup<K extends string>(tables: MessageTables<K>): (lang: Lang, key: K, params?: MessageParams) => string {
  addMessages(tables);
  return (lang, key, params) => t(lang, key, params);
}

/** Strings shared by every element (the error texts are in errors.ts, the loading text in load.ts: both lazy). */
addMessages({
  nl: {
    'table.show': 'Toon tabel',
    'table.hide': 'Verberg tabel',
    'table.caption': 'Gegevens',
  },
  en: {
    'table.show': 'Show table',
    'table.hide': 'Hide table',
    'table.caption': 'Data',
  },
});

export type MessageParams = Record<string, string | number>;

/** Normalises any BCP 47 tag to a supported language ("nl-BE" → "nl", "fr" → "nl"). */
export function toLang(tag: string | null | undefined): Lang {
  const base = (tag ?? '').trim().toLowerCase().split('-')[0];
  return base === 'en' ? 'en' : DEFAULT_LANG;
}

/** Looks up a message and fills `{name}` placeholders; numbers are formatted for the language. */
export function t(lang: Lang, key: string, params: MessageParams = {}): string {
  const template = registry[lang][key] ?? registry.nl[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, lang) : value;
  });
}

/**
 * Formats with the language's decimal separator (nl: 0,62) and a real minus sign, exactly as
 * `Intl.NumberFormat` (nl-NL / en-GB, fixed fraction digits, no grouping) does, without it: the
 * first Intl formatter of a page loads the locale's data (tens of ms), and a table of 25,000 cells
 * would make 100,000 calls. Like Intl, it rounds the shortest decimal form of the number half
 * away from zero (1.005 → 1,01, where `toFixed` gives 1.00) and keeps the sign of −0.
 */
export function formatNumber(value: number, lang: Lang, fractionDigits = 2): string {
  const negative = value < 0 || Object.is(value, -0);
  const digits = roundDecimal(Math.abs(value), fractionDigits);
  return (negative ? '\u2212' : '') + (lang === 'nl' ? digits.replace('.', ',') : digits);
}

/** "1.5e+21" → "1500000000000000000000", "5e-7" → "0.0000005": the same digits, written out. */
function plainDecimal(text: string): string {
  const [mantissa, exponent] = text.split('e');
  if (exponent === undefined) return text;
  const [whole, fraction = ''] = mantissa.split('.');
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  return point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** `x` (≥ 0) rounded half up on its shortest decimal form, with exactly `places` decimals. */
function roundDecimal(x: number, places: number): string {
  if (!Number.isFinite(x)) return x === Infinity ? '∞' : 'NaN';
  const shortest = String(x);
  const [whole, fraction = ''] = plainDecimal(shortest).split('.');
  if (fraction.length <= places) return places ? `${whole}.${fraction.padEnd(places, '0')}` : whole;
  // toFixed rounds the binary value, Intl the shortest form: past the shortest form's last digit
  // they differ only where it has a 5 just past the kept digits (a tie). Elsewhere toFixed is quicker.
  if (!shortest.includes('e') && fraction.charCodeAt(places) !== 53) return x.toFixed(places);
  // Digits as an integer string, rounded up when the first dropped digit is 5 or more.
  let kept = whole + fraction.slice(0, places);
  if (fraction.charCodeAt(places) >= 53) {
    const up = [...kept];
    let i = up.length - 1;
    while (i >= 0 && up[i] === '9') up[i--] = '0';
    if (i < 0) up.unshift('1');
    else up[i] = String(Number(up[i]) + 1);
    kept = up.join('');
  }
  const point = kept.length - places;
  return places ? `${kept.slice(0, point) || '0'}.${kept.slice(point)}` : kept;
}

/**
 * The language of an element: its own `lang`, else the nearest ancestor's, crossing shadow roots,
 * else nl.
 */
export function langOf(element: Element): Lang {
  // Under Lit SSR there is no DOM tree to climb (and no Element or ShadowRoot): only the element's own lang.
  if (typeof ShadowRoot === 'undefined') return toLang(element.getAttribute('lang'));
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return toLang(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return DEFAULT_LANG;
}
