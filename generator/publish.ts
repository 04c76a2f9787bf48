/**
 * What may leave the generator for a published page. The page shows effect sizes, r, scores and
 * their spread with two decimals; the elements' `.data` (inline JSON) and attributes carry no more,
 * so a reader cannot take a full-precision d, d_z or r from the page source and work back to a
 * single pupil's scores (issue 17).
 */
const PUBLISHED_DIGITS = 2;

// Rounds as the page's tables do (Intl, half away from zero on the shortest decimal form): 2.525
// shows as 2,53, where toFixed would give 2.52 and an element would disagree with its table.
const rounding = new Intl.NumberFormat('en-US', { maximumFractionDigits: PUBLISHED_DIGITS, useGrouping: false });

/** A number as it may be published: rounded to PUBLISHED_DIGITS decimals as the page shows it, −0 as 0. */
export function publishedNumber(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return value;
  return Number(rounding.format(value)) + 0;
}

/** A copy of `value` with every number in it (at any depth) rounded by publishedNumber. */
export function publishData<T>(value: T): T {
  if (typeof value === 'number') return publishedNumber(value) as T;
  if (Array.isArray(value)) return value.map((item) => publishData(item)) as T;
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = publishData(item);
    return copy as T;
  }
  return value;
}
