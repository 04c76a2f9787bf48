/**
 * Effect-size statistics, pure and shared by the elements and the generator, so an embedded
 * barometer and a generated dashboard show the same number for the same data.
 */

const Z_95 = 1.959963984540054;

export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Sample standard deviation (n − 1 in the denominator). */
export function standardDeviation(values: readonly number[]): number {
  const m = mean(values);
  let squares = 0;
  for (const value of values) squares += (value - m) ** 2;
  return Math.sqrt(squares / (values.length - 1));
}

/**
 * Hedges' small-sample correction factor J = 1 − 3 / (4·df − 1), with df = n − 1 for a paired
 * design (Borenstein et al. 2009, Introduction to Meta-Analysis, §4.3).
 */
export function hedgesCorrection(df: number): number {
  return 1 - 3 / (4 * df - 1);
}

/**
 * Running sums for paired pre/post scores, one pass, numerically stable (Welford 1962; the
 * co-moment update is the bivariate form). Lets the generator stream a million rows.
 */
export class PairedAccumulator {
  n = 0;
  meanPre = 0;
  meanPost = 0;
  private m2Pre = 0;
  private m2Post = 0;
  private coMoment = 0;
  /** Running mean and squared deviations of the gains (post − pre), kept directly rather than
   * derived from the co-moment: var_pre + var_post − 2·cov cancels badly when all gains are equal. */
  private meanGainRunning = 0;
  private m2Gain = 0;
  /** Highest post score seen and how many pupils reached it (for the ceiling check). */
  maxPost = -Infinity;
  atMaxPost = 0;

  add(pre: number, post: number): void {
    this.n++;
    if (post > this.maxPost) {
      this.maxPost = post;
      this.atMaxPost = 1;
    } else if (post === this.maxPost) {
      this.atMaxPost++;
    }
    const deltaPre = pre - this.meanPre;
    this.meanPre += deltaPre / this.n;
    const deltaPost = post - this.meanPost;
    this.meanPost += deltaPost / this.n;
    this.m2Pre += deltaPre * (pre - this.meanPre);
    this.m2Post += deltaPost * (post - this.meanPost);
    this.coMoment += deltaPre * (post - this.meanPost);
    const gain = post - pre;
    const deltaGain = gain - this.meanGainRunning;
    this.meanGainRunning += deltaGain / this.n;
    this.m2Gain += deltaGain * (gain - this.meanGainRunning);
  }

  /**
   * Adds another set of pairs, as if its pupils had been added one by one (Chan, Golub & LeVeque
   * 1979, the pairwise update of the running moments). Lets an aggregate be built from chosen
   * groups after reading, e.g. a whole school without its suppressed groups.
   */
  merge(other: PairedAccumulator): void {
    if (other.n === 0) return;
    if (other.maxPost > this.maxPost) {
      this.maxPost = other.maxPost;
      this.atMaxPost = other.atMaxPost;
    } else if (other.maxPost === this.maxPost) {
      this.atMaxPost += other.atMaxPost;
    }
    const n = this.n + other.n;
    const weight = (this.n * other.n) / n;
    const deltaPre = other.meanPre - this.meanPre;
    const deltaPost = other.meanPost - this.meanPost;
    const deltaGain = other.meanGainRunning - this.meanGainRunning;
    this.m2Pre += other.m2Pre + deltaPre * deltaPre * weight;
    this.m2Post += other.m2Post + deltaPost * deltaPost * weight;
    this.coMoment += other.coMoment + deltaPre * deltaPost * weight;
    this.m2Gain += other.m2Gain + deltaGain * deltaGain * weight;
    this.meanPre += (deltaPre * other.n) / n;
    this.meanPost += (deltaPost * other.n) / n;
    this.meanGainRunning += (deltaGain * other.n) / n;
    this.n = n;
  }

  get varianceGain(): number {
    return this.m2Gain / (this.n - 1);
  }

  get variancePre(): number {
    return this.m2Pre / (this.n - 1);
  }

  get variancePost(): number {
    return this.m2Post / (this.n - 1);
  }

  get covariance(): number {
    return this.coMoment / (this.n - 1);
  }
}

/** Everything a teacher needs to read a pre/post effect size. */
export interface ImpactStats {
  n: number;
  meanPre: number;
  meanPost: number;
  sdPre: number;
  sdPost: number;
  /** sqrt((sd_pre² + sd_post²) / 2): Hattie's denominator for "know thy impact". */
  pooledSd: number;
  /** Hattie's d = (mean post − mean pre) / pooled SD: the headline number. */
  d: number;
  /** Hedges' g: d with the small-sample correction. */
  g: number;
  /** Standard error of d for matched groups. */
  se: number;
  /**
   * The 95% CI; undefined when every pupil gained exactly the same (r = 1, e.g. pre = post for
   * all): the formula then gives a width of 0, which is not a real interval (readingNotes says so).
   */
  ciLow?: number;
  ciHigh?: number;
  /** Pearson correlation between pre and post scores. */
  r: number;
  meanGain: number;
  sdGain: number;
  /** d_z = mean gain / SD of the gains (Lakens 2013): the paired-samples standardised mean. */
  dz: number;
  /** Share of pupils on the highest post score (a ceiling shows as a large share). */
  ceilingShare: number;
}

/**
 * Summarises paired scores. Undefined when no d can be computed (fewer than 2 pupils, or no
 * spread at all), so callers show "not computable" rather than NaN.
 *
 * CI: Borenstein et al. (2009), ch. 4, matched groups: V = (1/n + d²/(2n)) · 2(1 − r).
 */
export function summarizePairs(acc: PairedAccumulator): ImpactStats | undefined {
  const { n } = acc;
  if (n < 2) return undefined;
  const sdPre = Math.sqrt(acc.variancePre);
  const sdPost = Math.sqrt(acc.variancePost);
  const pooledSd = Math.sqrt((acc.variancePre + acc.variancePost) / 2);
  if (!(pooledSd > 0)) return undefined;
  const meanGain = acc.meanPost - acc.meanPre;
  const d = meanGain / pooledSd;
  const varianceGain = Math.max(acc.varianceGain, 0);
  // 1 − r from var(post − pre) = var_pre + var_post − 2·r·sd_pre·sd_post, i.e.
  // 1 − r = (var_gain − (sd_pre − sd_post)²) / (2·sd_pre·sd_post). Computed this way it is exactly
  // 0 for equal gains and the same whichever test is called "pre" (the SE then is too).
  const oneMinusR = sdPre > 0 && sdPost > 0
    ? Math.min(2, Math.max(0, (varianceGain - (sdPre - sdPost) ** 2) / (2 * sdPre * sdPost)))
    : 1;
  const r = 1 - oneMinusR;
  const variance = (1 / n + (d * d) / (2 * n)) * 2 * oneMinusR;
  const se = Math.sqrt(variance);
  const sdGain = Math.sqrt(varianceGain);
  return {
    n,
    meanPre: acc.meanPre,
    meanPost: acc.meanPost,
    sdPre,
    sdPost,
    pooledSd,
    d,
    g: d * hedgesCorrection(n - 1),
    se,
    ciLow: sdGain > 0 ? d - Z_95 * se : undefined,
    ciHigh: sdGain > 0 ? d + Z_95 * se : undefined,
    r,
    meanGain,
    sdGain,
    dz: sdGain > 0 ? meanGain / sdGain : NaN,
    ceilingShare: acc.atMaxPost / n,
  };
}

/** Hattie's "know thy impact" for arrays of paired scores (same pupils, same order). */
export function knowThyImpact(pre: readonly number[], post: readonly number[]): ImpactStats | undefined {
  const acc = new PairedAccumulator();
  const n = Math.min(pre.length, post.length);
  for (let i = 0; i < n; i++) acc.add(pre[i], post[i]);
  return summarizePairs(acc);
}

/** One pupil's progress in pooled-SD units: (post − pre) / pooled SD. */
export function pupilGain(pre: number, post: number, pooledSd: number): number {
  return (post - pre) / pooledSd;
}
