import type { Lang } from '../core/locale.js';

/** One row of the forest plot: an influence (or group, or period) with its effect size. */
export interface EffectPlotRow {
  /** What the effect size is of: an influence ("Feedback"), a group, a period. */
  name: string;
  /** The effect size (Cohen's d). */
  value: number;
  /** Lower end of the 95% confidence interval. */
  ciLow?: number;
  /** Upper end of the 95% confidence interval. */
  ciHigh?: number;
  /** Number of pupils (or studies) behind the value. */
  n?: number;
}

/** A row as the plot keeps it: with its position in the data, which `lzm-select` reports. */
export interface IndexedRow extends EffectPlotRow {
  index: number;
}

/** Row order: by value (largest first), by name, or as given. */
export type SortOrder = 'value' | 'name' | 'none';

export const SORT_ORDERS: readonly SortOrder[] = ['value', 'name', 'none'];

const ROW_KEYS = new Set(['name', 'value', 'ciLow', 'ciHigh', 'n']);
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isOptionalNumber = (x: unknown): x is number | undefined => x === undefined || isNumber(x);

/**
 * `.data` that already is the plot's own typed rows (what the dashboard generator hands over, on the
 * server too): `{ name, value, ciLow?, ciHigh?, n? }` with numbers and no other keys. Anything else
 * returns undefined and goes through the influences reader (effect-plot.data.ts), which accepts
 * aliases and decimal commas and owns every error. This only recognises, it never reads or rejects.
 */
export function typedRows(data: unknown): IndexedRow[] | undefined {
  if (!Array.isArray(data)) return undefined;
  const rows: IndexedRow[] = [];
  for (let index = 0; index < data.length; index++) {
    const item: unknown = data[index];
    if (typeof item !== 'object' || item === null) return undefined;
    for (const key in item) if (!ROW_KEYS.has(key)) return undefined;
    const { name, value, ciLow, ciHigh, n } = item as Record<string, unknown>;
    if (typeof name !== 'string' || !isNumber(value) || !isOptionalNumber(ciLow) || !isOptionalNumber(ciHigh) || !isOptionalNumber(n)) return undefined;
    rows.push({ index, name, value, ciLow, ciHigh, n });
  }
  return rows;
}

/** Case- and accent-insensitive text for matching a filter ("Ëxpectations" matches "expect"). */
const folded = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

const collators = new Map<Lang, Intl.Collator>();

/** The rows to show: those whose name contains `filter`, in the chosen order. Never changes `rows`. */
export function visibleRows(rows: readonly IndexedRow[], sort: SortOrder, filter = '', lang: Lang = 'nl'): IndexedRow[] {
  const wanted = folded(filter.trim());
  const shown = wanted ? rows.filter((row) => folded(row.name).includes(wanted)) : [...rows];
  if (sort === 'value') return shown.sort((a, b) => b.value - a.value || a.index - b.index);
  if (sort === 'name') {
    let collator = collators.get(lang);
    if (!collator) {
      collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
      collators.set(lang, collator);
    }
    const compare = collator.compare;
    return shown.sort((a, b) => compare(a.name, b.name) || a.index - b.index);
  }
  return shown;
}
