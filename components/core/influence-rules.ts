/**
 * Largest |d| (and CI bound) an influence may have. Hattie's largest effects are below 2 and a
 * school's own pre/post d rarely passes 3; a d of 10 SD is a typo or a shifted column.
 */
export const EFFECT_SIZE_LIMIT = 10;

export type InfluenceField = 'd' | 'n' | 'ciLow' | 'ciHigh';

/** Which rule an influence breaks (its message key) and at which field. */
export interface InfluenceProblem {
  key: 'error.effectRange' | 'error.influenceN' | 'error.ciOrder' | 'error.ciOutside';
  field: InfluenceField;
}

/**
 * The first rule no influence may break, or undefined: n a whole number ≥ 1, the effect size and CI
 * bounds within ±EFFECT_SIZE_LIMIT, CI bounds in order and around d. Pure and import-free, so an
 * element can tell valid typed rows without loading the reader (core/influences.ts), which turns a
 * problem into its error.
 */
export function influenceProblem(influence: { d: number; n?: number; ciLow?: number; ciHigh?: number }): InfluenceProblem | undefined {
  const { d, n, ciLow, ciHigh } = influence;
  for (const field of ['d', 'ciLow', 'ciHigh'] as const) {
    const value = influence[field];
    if (value !== undefined && Math.abs(value) > EFFECT_SIZE_LIMIT) return { key: 'error.effectRange', field };
  }
  if (n !== undefined && !(Number.isInteger(n) && n >= 1)) return { key: 'error.influenceN', field: 'n' };
  if (ciLow !== undefined && ciHigh !== undefined && ciLow > ciHigh) return { key: 'error.ciOrder', field: 'ciLow' };
  if (ciLow !== undefined && d < ciLow) return { key: 'error.ciOutside', field: 'ciLow' };
  if (ciHigh !== undefined && d > ciHigh) return { key: 'error.ciOutside', field: 'ciHigh' };
  return undefined;
}
