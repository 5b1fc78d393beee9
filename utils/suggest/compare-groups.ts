/**
 * The engine behind the "this group does better (or worse) than the rest" rules (format mix, pillars,
 * topics, hooks): each group of posts is tested against all the other posts of the same platform with
 * the Mann–Whitney U test (stats.ts), and a finding is reported only when
 *
 * - both sides have at least MIN_SAMPLE posts with a value (a hidden count is left out, never 0);
 * - the difference is significant: Holm-adjusted p < ALPHA, the adjustment over every test the rule
 *   ran on that platform and dimension (with six formats, six tests at 5 % would otherwise find
 *   something in noise one time in four);
 * - the difference is large enough to act on: the probability that a post of the group beats a post of
 *   the rest is at least MIN_EFFECT (over-performer) or at most 1 − MIN_EFFECT (under-performer).
 *
 * Confidence comes from the test and the samples, never from the size of the effect (types.ts):
 * - high: adjusted p < 0.001 and the smaller side has at least 15 posts;
 * - medium: adjusted p < 0.01 and the smaller side has at least 10 posts;
 * - low: any other finding that passed the thresholds above.
 *
 * The measure: ER by followers (engagement ÷ followers at publication) when every post of the platform
 * that shows engagement also has a follower count, since it is fair to posts from before and after the
 * account grew; else raw engagement (likes + comments + reposts) for every post of the platform, so the
 * two are never mixed in one test. Platforms are never pooled: their engagement is not comparable.
 * Abbreviated counts ("1.2K") are kept: a rank test needs only their order, which they keep.
 *
 * The comparison is one group against all the others pooled, so a group's verdict depends on the mix
 * around it: with two strong groups and one weak, each strong one beats "the rest" (half of it weak).
 */
import { median } from '@/utils/strategy/figures';
import type { DerivedPost } from '@/utils/analytics/report';
import type { Platform } from '@/utils/platforms';
import type { Confidence, EvidenceItem } from './types';
import { holm, mannWhitneyU, type MannWhitneyResult } from './stats';

export const MIN_SAMPLE = 8;
export const ALPHA = 0.05;
export const MIN_EFFECT = 0.65;

export interface CompareOptions {
  minSample?: number;
  alpha?: number;
  minEffect?: number;
}

export type Metric = 'erFollowers' | 'engagement';
export type Direction = 'higher' | 'lower';

/** The measure for one platform's posts (see the header). */
export function metricFor(posts: readonly DerivedPost[]): Metric {
  const shown = posts.filter((post) => post.engagement !== null);
  return shown.length > 0 && shown.every((post) => post.erFollowers !== null) ? 'erFollowers' : 'engagement';
}

export function valueOf(post: DerivedPost, metric: Metric): number | null {
  return metric === 'erFollowers' ? post.erFollowers : post.engagement;
}

export interface GroupFinding {
  key: string;
  direction: Direction;
  /** The group's values and the rest's. */
  group: number[];
  rest: number[];
  test: MannWhitneyResult;
  /** Holm-adjusted p-value. */
  p: number;
  confidence: Confidence;
}

export function confidenceOf(p: number, n1: number, n2: number): Confidence {
  const smaller = Math.min(n1, n2);
  if (p < 0.001 && smaller >= 15) return 'high';
  if (p < 0.01 && smaller >= 10) return 'medium';
  return 'low';
}

/**
 * Each key's values against all other keys' values. When there are only two keys, the two tests mirror
 * each other, so only the over-performer is reported.
 */
export function compareGroups(entries: readonly { key: string; value: number }[], options: CompareOptions = {}): GroupFinding[] {
  const minSample = options.minSample ?? MIN_SAMPLE;
  const alpha = options.alpha ?? ALPHA;
  const minEffect = options.minEffect ?? MIN_EFFECT;
  const groups = new Map<string, number[]>();
  for (const { key, value } of entries) groups.set(key, [...(groups.get(key) ?? []), value]);
  if (groups.size < 2) return [];

  const tests: { key: string; group: number[]; rest: number[]; test: MannWhitneyResult }[] = [];
  for (const [key, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const rest = entries.filter((entry) => entry.key !== key).map((entry) => entry.value);
    if (group.length < minSample || rest.length < minSample) continue;
    const test = mannWhitneyU(group, rest);
    if (test) tests.push({ key, group, rest, test });
  }
  const adjusted = holm(tests.map(({ test }) => test.p));

  const findings: GroupFinding[] = [];
  tests.forEach(({ key, group, rest, test }, index) => {
    const p = adjusted[index]!;
    if (!(p < alpha)) return;
    const direction: Direction | null = test.effect >= minEffect ? 'higher' : test.effect <= 1 - minEffect ? 'lower' : null;
    if (!direction) return;
    findings.push({ key, direction, group, rest, test, p, confidence: confidenceOf(p, test.n1, test.n2) });
  });
  const mirrored = groups.size === 2 ? findings.filter((finding) => finding.direction === 'higher') : findings;
  return mirrored.sort((a, b) => a.p - b.p || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The posts of the period, by platform (platforms in alphabetical order). */
export function postsByPlatform(posts: readonly DerivedPost[], period: { start: number; end: number }): [Platform, DerivedPost[]][] {
  const byPlatform = new Map<Platform, DerivedPost[]>();
  for (const post of posts) {
    if (post.post.publishedAt < period.start || post.post.publishedAt >= period.end) continue;
    byPlatform.set(post.post.platform, [...(byPlatform.get(post.post.platform) ?? []), post]);
  }
  return [...byPlatform].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The evidence items of a finding: the group's median and the rest's (each with its n), the probability
 * that a post of the group beats one of the rest (n = both sides), and the adjusted p-value.
 */
export function findingEvidence(finding: GroupFinding, metric: Metric, params: Record<string, string | number>): EvidenceItem[] {
  const measure = metric === 'erFollowers' ? 'medianErFollowers' : 'medianEngagement';
  const n = finding.group.length + finding.rest.length;
  return [
    { key: measure, params, value: median(finding.group)!, n: finding.group.length },
    { key: `${measure}Rest`, params, value: median(finding.rest)!, n: finding.rest.length },
    { key: 'probabilityHigher', params, value: finding.test.effect, n },
    { key: 'pValue', params, value: finding.p, n },
  ];
}
