/** One bar of a histogram; the first and last bins are open-ended (from = -Infinity / to = Infinity). */
export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

/**
 * Counts values in bins of `width` between `min` and `max`, plus one open bin below `min` and one
 * above `max`, so outliers are counted, never dropped. A value on a boundary goes to the bin
 * above it ([from, to)). Non-finite values are skipped.
 */
export function histogram(values: Iterable<number>, min: number, max: number, width: number): HistogramBin[] {
  const inner = Math.round((max - min) / width);
  const bins: HistogramBin[] = [{ from: -Infinity, to: min, count: 0 }];
  for (let i = 0; i < inner; i++) bins.push({ from: min + i * width, to: min + (i + 1) * width, count: 0 });
  bins.push({ from: max, to: Infinity, count: 0 });
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    if (value < min) bins[0].count++;
    else if (value >= max) bins[bins.length - 1].count++;
    // 1e-9 keeps a value like 0.25 (= min + k·width, give or take rounding) in the bin it starts.
    else bins[1 + Math.min(inner - 1, Math.floor((value - min) / width + 1e-9))].count++;
  }
  return bins;
}
