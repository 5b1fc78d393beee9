/**
 * The statistics the rules stand on. Pure and dependency-free.
 *
 * - `erfc`/`normalCdf`: the complementary error function by the Chebyshev fit of Numerical Recipes
 *   (Press et al., 2nd ed., §6.2 `erfcc`), fractional error below 1.2 × 10⁻⁷ everywhere. A fractional
 *   (not absolute) bound matters here: the p-values of clear differences are tiny numbers, and
 *   1 − Φ(z) computed as a difference would lose them. (Abramowitz–Stegun 7.1.26 has an absolute error
 *   of 1.5 × 10⁻⁷, which is not enough below p ≈ 10⁻⁵.)
 * - `mannWhitneyU`: the two-sided Mann–Whitney U (Wilcoxon rank-sum) test with the normal
 *   approximation, the tie correction of the variance and a continuity correction of ½. It agrees with
 *   `scipy.stats.mannwhitneyu(a, b, method='asymptotic', use_continuity=True)` and with R's
 *   `wilcox.test(a, b, exact = FALSE, correct = TRUE)`; the approximation is good enough from about five
 *   values a side, and the rules ask for more (MIN_SAMPLE in compare-groups.ts).
 */

/** erfc(x) = 1 − erf(x), fractional error < 1.2 × 10⁻⁷ (Numerical Recipes `erfcc`). */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** erf(x) = 1 − erfc(x); absolute error < 1.2 × 10⁻⁷. */
export function erf(x: number): number {
  return 1 - erfc(x);
}

/** Φ(z), the standard normal distribution function: P(Z ≤ z). */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** Two-sided p-value of a standard normal statistic: P(|Z| ≥ |z|), at most 1. */
export function twoSidedP(z: number): number {
  return Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
}

export interface MannWhitneyResult {
  n1: number;
  n2: number;
  /** U of the first sample: pairs (a, b) with a > b, plus half the ties. Between 0 and n1·n2. */
  u: number;
  /** The normal score of U (continuity-corrected towards 0); positive when A tends to be larger. */
  z: number;
  /** Two-sided p-value. 1 when every value is tied (nothing to rank). */
  p: number;
  /**
   * The common-language effect size U ÷ (n1·n2): the probability that a random value of A beats a random
   * value of B, ties counting half. 0.5 = no difference; 1 = every A above every B.
   */
  effect: number;
}

/** Ranks (1-based) of the values, ties sharing their average rank; also Σ(t³ − t) over the tie groups. */
export function rank(values: readonly number[]): { ranks: number[]; tieTerm: number } {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length);
  let tieTerm = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]!.value === order[i]!.value) j++;
    const average = (i + j + 2) / 2; // ranks i+1 … j+1
    for (let k = i; k <= j; k++) ranks[order[k]!.index] = average;
    const t = j - i + 1;
    tieTerm += t * t * t - t;
    i = j + 1;
  }
  return { ranks, tieTerm };
}

/**
 * The two-sided Mann–Whitney U test of A against B. Null when either sample is empty or holds a value
 * that is not a finite number (the rules leave hidden counts out before they get here).
 */
export function mannWhitneyU(a: readonly number[], b: readonly number[]): MannWhitneyResult | null {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0 || ![...a, ...b].every(Number.isFinite)) return null;
  const n = n1 + n2;
  const { ranks, tieTerm } = rank([...a, ...b]);
  let r1 = 0;
  for (let i = 0; i < n1; i++) r1 += ranks[i]!;
  const u = r1 - (n1 * (n1 + 1)) / 2;
  const mean = (n1 * n2) / 2;
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  const effect = u / (n1 * n2);
  if (!(variance > 0)) return { n1, n2, u, z: 0, p: 1, effect };
  const distance = Math.max(0, Math.abs(u - mean) - 0.5);
  const z = (Math.sign(u - mean) * distance) / Math.sqrt(variance);
  return { n1, n2, u, z, p: twoSidedP(z), effect };
}

/**
 * Holm's step-down adjustment of p-values (controls the family-wise error when a rule runs several tests
 * at once, e.g. every format against the rest). Returns the adjusted values in the input's order.
 */
export function holm(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, index) => ({ p, index })).sort((a, b) => a.p - b.p);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach(({ p, index }, step) => {
    running = Math.max(running, Math.min(1, (m - step) * p));
    adjusted[index] = running;
  });
  return adjusted;
}
