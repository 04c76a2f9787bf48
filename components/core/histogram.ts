/**
 * One bar of a histogram; the first and last bins are open-ended (from = -Infinity / to = Infinity).
 * A bin with from = to holds exactly that value (the zero bin).
 */
export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

export interface HistogramOptions {
  /**
   * Exact zeros in a bin of their own ({ from: 0, to: 0 }) between the bins below and above 0,
   * which then holds values above 0 only. For gains: "no growth" must not be drawn as growth.
   */
  zeroBin?: boolean;
}

/**
 * Counts values in bins of `width` between `min` and `max`, plus one open bin below `min` and one
 * above `max`, so outliers are counted, never dropped. A value on a boundary goes to the bin
 * above it ([from, to)). Non-finite values are skipped.
 */
export function histogram(values: Iterable<number>, min: number, max: number, width: number, options: HistogramOptions = {}): HistogramBin[] {
  const inner = Math.round((max - min) / width);
  const bins: HistogramBin[] = [{ from: -Infinity, to: min, count: 0 }];
  for (let i = 0; i < inner; i++) bins.push({ from: min + i * width, to: min + (i + 1) * width, count: 0 });
  bins.push({ from: max, to: Infinity, count: 0 });
  // Where the zero bin goes: before the bin that starts at 0 (only when 0 is a boundary inside the range).
  const zeroAt = options.zeroBin ? bins.findIndex((bin) => Math.abs(bin.from) < 1e-9 * width) : -1;
  const zero: HistogramBin = { from: 0, to: 0, count: 0 };
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    if (zeroAt !== -1 && value === 0) zero.count++;
    else if (value < min) bins[0].count++;
    else if (value >= max) bins[bins.length - 1].count++;
    // 1e-9 keeps a value like 0.25 (= min + k·width, give or take rounding) in the bin it starts.
    else bins[1 + Math.min(inner - 1, Math.floor((value - min) / width + 1e-9))].count++;
  }
  if (zeroAt !== -1) bins.splice(zeroAt, 0, zero);
  return bins;
}
