/**
 * The generated date from SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/):
 * whole seconds since 1970-01-01 UTC. With it, the same exports give a byte-identical page, so
 * two runs can be compared. Undefined when unset or empty; throws a RangeError when malformed
 * (the spec asks tools to refuse rather than fall back to the clock).
 */
export function sourceDate(env: Readonly<Record<string, string | undefined>> = process.env): Date | undefined {
  const raw = env.SOURCE_DATE_EPOCH;
  if (raw === undefined || raw === '') return undefined;
  const seconds = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  const date = new Date(seconds * 1000);
  if (Number.isNaN(date.getTime())) throw new RangeError(raw);
  return date;
}
