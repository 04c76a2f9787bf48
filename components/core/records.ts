/**
 * True for a plain JSON object (not null, not an array, not a Date, Map or other built-in): the
 * shape check every JSON reader needs. The tag, not the prototype, so an object from another
 * frame counts too.
 */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object Object]';
