// Stale analytics on crafted captures: recent own posts whose counts were last read over a week ago, or
// only in their first day, are counted per platform; a couple of them, old posts, or fresh captures stay
// silent.
import { describe, expect, it } from 'vitest';
import type { Platform } from '@/utils/platforms';
import { MIN_STALE, staleAnalyticsRule, staleness, type StaleCandidate } from '@/utils/suggest/stale-analytics';
import { toInstant } from '@/utils/time/wall-clock';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = toInstant('2026-11-26', '12:00', 'Africa/Nairobi');

function observed(id: string, publishedDaysAgo: number | null, lastSeenDaysAgo: number, platform: Platform = 'instagram'): StaleCandidate {
  return { id: `${platform}:${id}`, platform, url: `https://example.com/${id}`, publishedAt: publishedDaysAgo === null ? null : NOW - publishedDaysAgo * DAY, lastSeenAt: NOW - lastSeenDaysAgo * DAY, plannedPostId: null };
}

describe('staleness', () => {
  it('tells an old capture from a first-day-only one', () => {
    expect(staleness(observed('a', 20, 8), NOW)).toBe('old-capture');
    expect(staleness(observed('b', 20, 6), NOW)).toBeNull();
    expect(staleness(observed('c', 3, 2.5), NOW)).toBe('first-day-only'); // seen 12 h after publication, not since
    expect(staleness(observed('d', 0.5, 0.4), NOW)).toBeNull(); // not a day old yet
    expect(staleness(observed('e', 3, 1), NOW)).toBeNull(); // seen on its second day
    expect(staleness(observed('f', null, 20), NOW)).toBeNull();
  });
});

describe('stale analytics', () => {
  const fresh = [observed('f1', 10, 1), observed('f2', 5, 0.5), observed('f3', 2, 0.2)];

  it('fires per platform with how many posts are stale and opens analytics', () => {
    const posts = [...fresh, observed('s1', 20, 9), observed('s2', 15, 8), observed('s3', 4, 3.8), observed('x1', 12, 10, 'x'), observed('x2', 11, 9, 'x'), observed('x3', 10, 9, 'x'), observed('x4', 9, 8, 'x')];
    const suggestions = staleAnalyticsRule({ observed: posts, now: NOW });
    expect(suggestions.map((s) => s.platform)).toEqual(['instagram', 'x']);
    const [instagram, x] = suggestions;
    expect(instagram).toMatchObject({
      rule: 'stale-analytics',
      title: { key: 'stale-analytics', params: { platform: 'instagram', count: 3 } },
      evidence: { start: NOW - 30 * DAY, end: NOW },
      confidence: 'high', // 3 of 6
      action: { kind: 'open', area: 'analytics' },
    });
    expect(instagram!.evidence.items).toEqual([
      { key: 'stalePosts', params: { platform: 'instagram' }, value: 3, n: 6 },
      { key: 'staleOldCapture', params: { platform: 'instagram', days: 7 }, value: 2, n: 6 },
      { key: 'staleFirstDayOnly', params: { platform: 'instagram' }, value: 1, n: 6 },
      { key: 'daysSinceOldestCapture', params: { platform: 'instagram' }, value: 9, n: 3 },
    ]);
    expect(x).toMatchObject({ title: { params: { count: 4 } }, confidence: 'high' });
    expect(instagram!.evidence.fingerprint).toMatch(/^stale-analytics:instagram:[0-9a-f]{8}$/);
  });

  it('keeps the fingerprint while the same posts are stale, and changes it when another goes stale', () => {
    const stale = [observed('s1', 20, 9), observed('s2', 15, 8), observed('s3', 14, 8)];
    const [a] = staleAnalyticsRule({ observed: [...fresh, ...stale], now: NOW });
    const [b] = staleAnalyticsRule({ observed: [...stale].reverse(), now: NOW + HOUR });
    const [c] = staleAnalyticsRule({ observed: [...stale, observed('s4', 13, 8)], now: NOW });
    expect(b!.evidence.fingerprint).toBe(a!.evidence.fingerprint);
    expect(c!.evidence.fingerprint).not.toBe(a!.evidence.fingerprint);
    expect([a!.confidence, c!.confidence]).toEqual(['high', 'high']);
    const [d] = staleAnalyticsRule({ observed: [...fresh, ...fresh.map((p) => ({ ...p, id: `${p.id}-2` })), ...stale], now: NOW });
    expect(d!.confidence).toBe('medium'); // 3 of 9
  });

  it(`is silent with fewer than ${MIN_STALE} stale posts on a platform`, () => {
    expect(staleAnalyticsRule({ observed: [], now: NOW })).toEqual([]);
    expect(staleAnalyticsRule({ observed: fresh, now: NOW })).toEqual([]);
    expect(staleAnalyticsRule({ observed: [...fresh, observed('s1', 20, 9), observed('s2', 15, 8), observed('x1', 12, 10, 'x')], now: NOW })).toEqual([]);
  });

  it('leaves out posts older than 30 days, without a publication time, or from the future', () => {
    const posts = [observed('old1', 31, 25), observed('old2', 40, 35), observed('old3', 60, 50), observed('n1', null, 20), observed('n2', null, 20), observed('s1', 20, 9), observed('s2', 15, 8), observed('future', -1, 20)];
    expect(staleAnalyticsRule({ observed: posts, now: NOW })).toEqual([]);
  });
});
