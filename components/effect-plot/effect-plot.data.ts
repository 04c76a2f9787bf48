import type { LoadedData } from '../core/load.js';
import { influencesFromCsv, influencesFromJson, type Influence } from '../core/influences.js';
import type { EffectPlotRow, IndexedRow } from './effect-plot.rows.js';

/** The influences reader the barometer uses, for the plot; loaded on first need (not for typed rows). */
const toRow = (influence: Influence, index: number): IndexedRow => ({
  index,
  name: influence.name,
  value: influence.d,
  ciLow: influence.ciLow,
  ciHigh: influence.ciHigh,
  n: influence.n,
});

/**
 * Reads `.data` or a JSON file: a list of `{ name, value, ciLow?, ciHigh?, n? }` (Dutch keys and
 * decimal commas too) or `{ "influences": [...] }`, with the reader's errors.
 */
export function rowsFromData(data: unknown, file?: string): IndexedRow[] {
  return influencesFromJson(data, file).map(toRow);
}

/** Reads a loaded `src`: the influences CSV (`invloed;effectgrootte[;n;ci_laag;ci_hoog]`) or JSON. */
export function rowsFromLoaded(loaded: LoadedData): IndexedRow[] {
  if (loaded.kind === 'json') return rowsFromData(loaded.value, loaded.file);
  return influencesFromCsv(loaded.table, loaded.file).map(toRow);
}

/**
 * The plot's `.data` as the plot itself reads it without this reader: its own typed rows (see
 * typedRows). What the dashboard generator hands over, built by toData.
 */
export type EffectPlotData = EffectPlotRow[];

/** An effect size with what may come with it: an influence, or a group's impact statistics with its name. */
export interface NamedEffect {
  name: string;
  d: number;
  ciLow?: number;
  ciHigh?: number;
  n?: number;
}

/** `.data` for the plot from effect sizes, in their order: one row each, with only the row's own keys. */
export function toData(effects: Iterable<NamedEffect>): EffectPlotData {
  return Array.from(effects, ({ name, d, ciLow, ciHigh, n }) => ({ name, value: d, ciLow, ciHigh, n }));
}
