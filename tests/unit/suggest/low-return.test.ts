// Low return on effort on crafted months: a platform with a large share of the posts and a clearly lower
// ER by followers than the others is reported; a small share, small or hidden samples, noise and a small
// (if significant) difference stay silent.
import { describe, expect, it } from 'vitest';
import { monthPeriod } from '@/utils/analytics/period';
import type { DerivedPost } from '@/utils/analytics/report';
import type { Platform } from '@/utils/platforms';
import { lowReturnRule, MIN_SAMPLE, periodMonth } from '@/utils/suggest/low-return';
import { mannWhitneyU } from '@/utils/suggest/stats';
import { derived, PERIOD, range, seeded, skewed } from './fixtures';

/** Posts with these ERs (in percent: engagement over 1 000 followers ÷ 10). */
const withEr = (ers: readonly number[], platform: Platform): DerivedPost[] => ers.map((er) => derived({ platform, engagement: Math.round(er * 10), followers: 1000 }));
const hidden = (count: number, platform: Platform): DerivedPost[] => Array.from({ length: count }, (_, i) => derived({ platform, engagement: i % 2 ? null : 5, followers: i % 2 ? 1000 : null }));

const facebook = withEr(range(20, 0.2, 0.1), 'facebook'); // 0.2 … 2.1 %
const instagram = withEr(range(15, 2, 0.2), 'instagram'); // 2.0 … 4.8 %
const tiktok = withEr(range(10, 3, 0.3), 'tiktok'); // 3.0 … 5.7 %

describe('low return on effort', () => {
  it('reports the busy platform whose posts return less than the others', () => {
    const suggestions = lowReturnRule({ posts: [...facebook, ...instagram, ...tiktok], period: PERIOD });
    expect(suggestions).toHaveLength(1);
    const [suggestion] = suggestions;
    expect(suggestion).toMatchObject({
      rule: 'low-return',
      platform: 'facebook',
      title: { key: 'low-return.platform', params: { platform: 'facebook', share: 44, medianEr: 1.15, medianErOthers: 3.8 } },
      evidence: { start: PERIOD.start, end: PERIOD.end, fingerprint: 'low-return:facebook:2026-11' },
      confidence: 'high', // every Facebook post below every other: p < 0.001 on 20 and 25 posts
      action: { kind: 'open', area: 'strategy', page: 'networks' },
    });
    const [share, mine, others, chance, p] = suggestion!.evidence.items;
    expect(share).toEqual({ key: 'postShare', params: { platform: 'facebook' }, value: 20 / 45, n: 45 });
    expect(mine).toMatchObject({ key: 'medianErFollowers', n: 20 });
    expect(mine!.value).toBeCloseTo(1.15, 10);
    expect(others).toMatchObject({ key: 'medianErFollowersOtherPlatforms', n: 25 });
    expect(others!.value).toBeCloseTo(3.8, 10);
    expect(chance).toMatchObject({ key: 'probabilityHigher', n: 45 });
    expect(chance!.value).toBeCloseTo(mannWhitneyU(range(20, 0.2, 0.1).map((er) => Math.round(er * 10) / 10), [...range(15, 2, 0.2), ...range(10, 3, 0.3)].map((er) => Math.round(er * 10) / 10))!.effect, 10);
    expect(chance!.value).toBeLessThan(0.1);
    expect(p).toMatchObject({ key: 'pValue', n: 45 });
    expect(p!.value).toBeLessThan(0.001);
  });

  it('is silent when the platform has less than a quarter of the posts', () => {
    const few = facebook.slice(0, 10); // 10 of 60 posts: 17 %
    const more = [...instagram, ...withEr(range(15, 2.1, 0.2), 'instagram'), ...tiktok, ...withEr(range(10, 3.1, 0.3), 'tiktok')];
    expect(lowReturnRule({ posts: [...few, ...more], period: PERIOD })).toEqual([]);
  });

  it('is silent on small samples, however large the difference', () => {
    const small = facebook.slice(0, MIN_SAMPLE - 1);
    expect(lowReturnRule({ posts: [...small, ...instagram.slice(0, 12)], period: PERIOD })).toEqual([]);
    // …and with one platform only there is nothing to compare with.
    expect(lowReturnRule({ posts: facebook, period: PERIOD })).toEqual([]);
  });

  it('leaves out hidden counts and posts without a follower count, which still count as effort', () => {
    // 7 Facebook posts with ER and 13 without: a third of the posts, but too few values to test.
    const posts = [...facebook.slice(0, MIN_SAMPLE - 1), ...hidden(13, 'facebook'), ...instagram, ...tiktok];
    expect(lowReturnRule({ posts, period: PERIOD })).toEqual([]);
    // With 8 values it fires; the share counts all 21 Facebook posts, the medians only the 8 values.
    const [suggestion] = lowReturnRule({ posts: [...facebook.slice(0, MIN_SAMPLE), ...hidden(13, 'facebook'), ...instagram, ...tiktok], period: PERIOD });
    expect(suggestion!.title.params.share).toBe(Math.round((21 / 46) * 100));
    expect(suggestion!.evidence.items.map(({ n }) => n)).toEqual([46, 8, 25, 33, 33]);
  });

  it('ignores posts outside the period', () => {
    const outside = withEr(range(30, 0.1, 0.01), 'instagram').map((post) => ({ ...post, post: { ...post.post, publishedAt: PERIOD.end + 3_600_000 } }));
    expect(lowReturnRule({ posts: [...facebook, ...instagram, ...tiktok, ...outside], period: PERIOD })).toHaveLength(1);
    expect(lowReturnRule({ posts: outside, period: PERIOD })).toEqual([]);
  });

  it('is silent on a difference that is significant but small', () => {
    const random = seeded(3);
    const low = withEr(Array.from({ length: 300 }, () => skewed(random, 1000) / 100), 'facebook');
    const high = withEr(Array.from({ length: 300 }, () => (skewed(random, 1000) / 100) * 1.35), 'instagram');
    const test = mannWhitneyU(low.map((post) => post.erFollowers!), high.map((post) => post.erFollowers!))!;
    expect(test.p).toBeLessThan(0.05);
    expect(test.effect).toBeGreaterThan(0.35);
    expect(test.effect).toBeLessThan(0.5);
    expect(lowReturnRule({ posts: [...low, ...high], period: PERIOD })).toEqual([]);
  });

  it('is silent on noise: platforms drawn from the same spread', () => {
    let fired = 0;
    const runs = 200;
    for (let seed = 1; seed <= runs; seed++) {
      const random = seeded(seed);
      const draw = (count: number, platform: Platform) => withEr(Array.from({ length: count }, () => skewed(random, 150) / 100), platform);
      const posts = [...draw(30, 'facebook'), ...draw(25, 'instagram'), ...draw(20, 'tiktok')];
      if (lowReturnRule({ posts, period: PERIOD }).length > 0) fired++;
    }
    // Two-sided at 5 % with the effect floor: far below 5 % for the lower side alone.
    expect(fired / runs).toBeLessThanOrEqual(0.05);
  });

  it('adjusts over the platforms and orders by adjusted p, then platform', () => {
    const linkedin = withEr(range(20, 0.3, 0.1), 'linkedin');
    const strong = withEr(range(25, 4, 0.2), 'instagram');
    const posts = [...facebook, ...linkedin, ...strong];
    const forward = lowReturnRule({ posts, period: PERIOD });
    const backward = lowReturnRule({ posts: [...posts].reverse(), period: PERIOD });
    expect(forward.map((s) => s.platform)).toEqual(['facebook', 'linkedin']);
    expect(backward).toEqual(forward);
    // Facebook and LinkedIn are each tested against the pooled others, which include the other one.
    expect(forward[0]!.evidence.items[2]!.n).toBe(45);
  });

  it('names the month on the brand calendar', () => {
    const nairobi = monthPeriod('2026-11-15', 'Africa/Nairobi'); // starts 31 October 21:00 UTC
    expect(new Date(nairobi.start).toISOString().slice(0, 7)).toBe('2026-10');
    expect(periodMonth(nairobi)).toBe('2026-11');
    expect(periodMonth({ start: nairobi.start, end: nairobi.end })).toBe('2026-11');
    const kiritimati = monthPeriod('2026-11-15', 'Pacific/Kiritimati'); // UTC+14
    expect(periodMonth({ start: kiritimati.start, end: kiritimati.end })).toBe('2026-11');
    const bakerIsland = monthPeriod('2026-11-15', 'Etc/GMT+12'); // UTC−12
    expect(periodMonth({ start: bakerIsland.start, end: bakerIsland.end })).toBe('2026-11');
    const [suggestion] = lowReturnRule({ posts: [...facebook, ...instagram, ...tiktok].map((p) => ({ ...p, post: { ...p.post, publishedAt: nairobi.start + 3_600_000 } })), period: nairobi });
    expect(suggestion!.evidence.fingerprint).toBe('low-return:facebook:2026-11');
  });
});
