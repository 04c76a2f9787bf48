import type { LoadedData } from '../core/load.js';
import { influencesFromCsv, influencesFromJson, type Influence } from '../core/influences.js';
import type { IndexedRow } from './effect-plot.rows.js';

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
