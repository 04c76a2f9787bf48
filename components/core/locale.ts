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

/** Strings shared by every element. */
addMessages({
  nl: {
    'loading': 'Gegevens laden…',
    'error.title': 'Deze gegevens konden niet worden getoond',
    'error.attribute': 'attribuut {name}: "{value}" is geen getal',
    'error.scale': 'min ({min}) moet kleiner zijn dan max ({max})',
    'error.fetch': 'kon niet worden geladen ({status})',
    'table.show': 'Toon tabel',
    'table.hide': 'Verberg tabel',
    'table.caption': 'Gegevens',
  },
  en: {
    'loading': 'Loading data…',
    'error.title': 'This data could not be shown',
    'error.attribute': 'attribute {name}: "{value}" is not a number',
    'error.scale': 'min ({min}) must be less than max ({max})',
    'error.fetch': 'could not be loaded ({status})',
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

const formatters = new Map<string, Intl.NumberFormat>();

/** Formats with the language's decimal separator (nl: 0,62) and a real minus sign. */
export function formatNumber(value: number, lang: Lang, fractionDigits = 2): string {
  const key = lang + fractionDigits;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
      useGrouping: false,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(value).replace('-', '\u2212');
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
