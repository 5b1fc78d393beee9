// The statistics against reference values: the normal distribution from tables (and scipy), and the
// Mann–Whitney U test against scipy.stats.mannwhitneyu(a, b, method='asymptotic', use_continuity=True),
// which is R's wilcox.test(a, b, exact = FALSE, correct = TRUE).
import { describe, expect, it } from 'vitest';
import { erf, erfc, holm, mannWhitneyU, normalCdf, rank, twoSidedP } from '@/utils/suggest/stats';

describe('normal distribution', () => {
  it('matches the tables within the documented accuracy', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(0.5)).toBeCloseTo(0.6914624612740131, 7);
    expect(normalCdf(1)).toBeCloseTo(0.8413447460685429, 7);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 7);
    expect(normalCdf(-1.96)).toBeCloseTo(0.0249978951482205, 7);
    expect(normalCdf(3)).toBeCloseTo(0.9986501019683699, 7);
    expect(erf(0.5)).toBeCloseTo(0.5204998778130465, 7);
    expect(erf(1)).toBeCloseTo(0.8427007929497148, 7);
    expect(erf(-1)).toBeCloseTo(-0.8427007929497148, 7);
    expect(twoSidedP(1.959963985)).toBeCloseTo(0.05, 7);
    expect(twoSidedP(-1.959963985)).toBeCloseTo(0.05, 7);
    expect(twoSidedP(0)).toBe(1);
  });

  it('keeps tiny tail probabilities to a relative error, not just an absolute one', () => {
    // erfc(3) = 2.209049699858544e-5, erfc(5) = 1.5374597944280349e-12 (scipy.special.erfc).
    expect(Math.abs(erfc(3) / 2.209049699858544e-5 - 1)).toBeLessThan(1.2e-7);
    expect(Math.abs(erfc(5) / 1.5374597944280349e-12 - 1)).toBeLessThan(1.2e-7);
    expect(twoSidedP(8)).toBeGreaterThan(0);
    expect(twoSidedP(8)).toBeLessThan(1e-14);
  });
});

describe('ranks', () => {
  it('gives ties their average rank and counts the tie term', () => {
    // 1 → 1; the two 2s share ranks 2 and 3 → 2.5; the three 3s share 4, 5, 6 → 5.
    expect(rank([3, 1, 2, 3, 2, 3])).toEqual({ ranks: [5, 1, 2.5, 5, 2.5, 5], tieTerm: 2 * 2 * 2 - 2 + (3 * 3 * 3 - 3) });
    expect(rank([])).toEqual({ ranks: [], tieTerm: 0 });
  });
});

describe('Mann–Whitney U', () => {
  it('matches the worked example of R and scipy (Hollander & Wolfe, no ties)', () => {
    const x = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
    const y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
    const result = mannWhitneyU(x, y)!;
    expect(result.u).toBe(58); // R: W = 58
    expect(result.p).toBeCloseTo(0.13291945818531892, 6);
    expect(result.effect).toBeCloseTo(58 / 81, 12);
    expect(result.z).toBeGreaterThan(0);
    // The same test the other way round: U' = n1·n2 − U, the same p, the mirrored effect.
    const back = mannWhitneyU(y, x)!;
    expect(back.u).toBe(81 - 58);
    expect(back.p).toBeCloseTo(result.p, 12);
    expect(back.z).toBeCloseTo(-result.z, 12);
  });

  it('corrects the variance for ties', () => {
    // By hand: 1 → rank 1; the three 2s → 3; the four 3s → 6.5; the three 4s → 10; the three 5s → 13;
    // the two 6s → 15.5. R1 = 1 + 2·3 + 3·6.5 + 10 + 13 = 49.5, U = 49.5 − 8·9/2 = 13.5.
    // Σ(t³ − t) = 24 + 60 + 24 + 24 + 6 = 138, σ² = 64/12 · (17 − 138/240) = 87.6,
    // z = (13.5 − 32 + ½)/√87.6 = −1.923, p = 0.0545 (scipy: 0.054457160064589755).
    const a = [1, 2, 2, 3, 3, 3, 4, 5];
    const b = [2, 3, 4, 4, 5, 5, 6, 6];
    const result = mannWhitneyU(a, b)!;
    expect(result.u).toBe(13.5);
    expect(result.p).toBeCloseTo(0.054457160064589755, 6);
    expect(result.effect).toBeCloseTo(13.5 / 64, 12);
    const other = mannWhitneyU([3, 1, 4, 1, 5, 9, 2, 6], [5, 3, 5, 8, 9, 7, 9, 3, 2])!;
    expect(other.u).toBe(22.5);
    expect(other.p).toBeCloseTo(0.20702196820234253, 6);
  });

  it('finds nothing between identical samples', () => {
    const same = mannWhitneyU([5, 5, 5, 5, 5], [5, 5, 5, 5, 5])!;
    expect(same).toMatchObject({ u: 12.5, z: 0, p: 1, effect: 0.5 });
    const mirror = mannWhitneyU([1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 6])!;
    expect(mirror.p).toBe(1);
    expect(mirror.effect).toBe(0.5);
  });

  it('gives a small p to clearly separated samples', () => {
    const result = mannWhitneyU([10, 11, 12, 13, 14, 15, 16, 17], [1, 2, 3, 4, 5, 6, 7, 8])!;
    expect(result.u).toBe(64);
    expect(result.effect).toBe(1);
    expect(result.p).toBeCloseTo(0.0009391056991171899, 6);
  });

  it('refuses empty samples and values that are not numbers', () => {
    expect(mannWhitneyU([], [1, 2])).toBeNull();
    expect(mannWhitneyU([1, 2], [])).toBeNull();
    expect(mannWhitneyU([1, Number.NaN], [1, 2])).toBeNull();
  });
});

describe('Holm adjustment', () => {
  it('multiplies step-down and keeps the order monotone', () => {
    // Sorted 0.01, 0.02, 0.04 → 3 × 0.01 = 0.03, 2 × 0.02 = 0.04, 1 × 0.04 = 0.04.
    const adjusted = holm([0.04, 0.01, 0.02]);
    expect(adjusted[0]).toBeCloseTo(0.04, 12);
    expect(adjusted[1]).toBeCloseTo(0.03, 12);
    expect(adjusted[2]).toBeCloseTo(0.04, 12);
    expect(holm([0.5, 0.6])).toEqual([1, 1]);
    expect(holm([])).toEqual([]);
  });
});
