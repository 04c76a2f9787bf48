/**
 * The scale a survey file was answered on, from its numbers: 0–1 when every value fits, else the
 * usual survey scales 1–5, 1–7, 1–10 (from 0 when a 0 occurs) or 0–100. Exports carry no scale,
 * and the elements need one to draw; the page states it. A value beyond 100 or below 0 stays off
 * the scale, so the element's reader reports it with its place in the file.
 */
export function surveyScale(values: readonly number[], fallback: [number, number]): [number, number] {
  if (values.length === 0) return fallback;
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (low >= 0 && high <= 1) return [0, 1];
  const top = [5, 7, 10].find((max) => high <= max) ?? 100;
  return [low >= 1 && top !== 100 ? 1 : 0, top];
}
