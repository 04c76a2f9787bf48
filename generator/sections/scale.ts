import { extent } from 'd3-array';

/**
 * The scale a survey file was answered on, from its numbers: 0–1 when every value fits, 1–5 (a
 * team survey) when every value fits that, else the section's default. Exports carry no scale and
 * the elements need one to draw; the page states it. Guessing wider scales (1–7, 1–10, 0–100)
 * would hide typos such as 7,5 for 3,5 on a 1–5 survey, so a value that fits neither is left off
 * the default scale and the element's reader reports it with its place in the file.
 */
export function surveyScale(values: readonly number[], fallback: [number, number]): [number, number] {
  if (values.length === 0) return fallback;
  // extent walks the values once; spreading them into Math.min overflowed the stack at 50,000 respondents.
  const [low, high] = extent(values) as [number, number];
  if (low >= 0 && high <= 1) return [0, 1];
  if (low >= 1 && high <= 5) return [1, 5];
  return fallback;
}
