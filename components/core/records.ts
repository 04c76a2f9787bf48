/** True for a plain JSON object (not null, not an array): the shape check every JSON reader needs. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
