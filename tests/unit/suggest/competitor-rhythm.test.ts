// Competitor rhythm on crafted histories: a competitor that posts clearly more or less often, or moved
// to reels, is reported; small samples, modest changes, noise, and platforms nobody looked at lately stay
// silent. The exact tests match scipy.
import { describe, expect, it } from 'vitest';
import type { ReportAccount, ReportPost } from '@/utils/analytics/report';
import type { Platform } from '@/utils/platforms';
import {
  BASELINE_DAYS,
  binomialTwoSided,
  competitorRhythmRule,
  fisherTwoSided,
  isoWeekOf,
  MIN_POSTS,
  RECENT_DAYS,
  type CompetitorPosts,
} from '@/utils/suggest/competitor-rhythm';
import { seeded } from './fixtures';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 26, 12); // Thursday 26 November 2026
const RECENT_START = NOW - RECENT_DAYS * DAY; // Thursday 29 October: ISO week 2026-W44
const BASELINE_START = RECENT_START - BASELINE_DAYS * DAY;
const WEEK = '2026-W44';

let counter = 0;
function post(publishedAt: number, platform: Platform = 'instagram', format: 'post' | 'reel' = 'post', likes: number | null = 40): ReportPost {
  const id = `c${++counter}`;
  const path = format === 'reel' ? `/reel/${id}/` : `/p/${id}/`;
  return { id: `${platform}:${id}`, platform, author: 'rival', url: `https://www.instagram.com${path}`, text: id, publishedAt, likes, reposts: null, comments: null, views: null, precision: {}, plannedPostId: null };
}

/** `count` posts spread evenly over [from, to). */
function spread(count: number, from: number, to: number, platform: Platform = 'instagram', format: 'post' | 'reel' = 'post'): ReportPost[] {
  return Array.from({ length: count }, (_, i) => post(from + ((i + 0.5) * (to - from)) / count, platform, format));
}
const baseline = (count: number, platform?: Platform, format?: 'post' | 'reel') => spread(count, BASELINE_START, RECENT_START, platform, format);
const recent = (count: number, platform?: Platform, format?: 'post' | 'reel') => spread(count, RECENT_START, NOW, platform, format);

const rival = (id: string, posts: ReportPost[], extra: Partial<CompetitorPosts> = {}): CompetitorPosts => ({ id, name: id.toUpperCase(), posts, ...extra });
const OPEN = { kind: 'open', area: 'strategy', page: 'competitors' };

describe('exact tests', () => {
  it('match scipy (binomtest, fisher_exact) on known tables', () => {
    expect(binomialTwoSided(0, 12, 1 / 3)).toBeCloseTo(0.011562901620311566, 12);
    expect(binomialTwoSided(20, 36, 1 / 3)).toBeCloseTo(0.007166393316911759, 12);
    expect(binomialTwoSided(2, 26, 1 / 3)).toBeCloseTo(0.005481149797020961, 12);
    expect(binomialTwoSided(10, 30, 1 / 3)).toBeCloseTo(1, 12);
    expect(fisherTwoSided(2, 10, 9, 3)).toBeCloseTo(0.012278137799742319, 12);
    expect(fisherTwoSided(9, 3, 4, 20)).toBeCloseTo(0.0010709066719012407, 12);
    expect(fisherTwoSided(3, 5, 4, 4)).toBeCloseTo(1, 12);
  });

  it('names ISO weeks as Python isocalendar does', () => {
    expect(isoWeekOf(RECENT_START)).toBe(WEEK);
    expect(isoWeekOf(Date.UTC(2026, 0, 1))).toBe('2026-W01');
    expect(isoWeekOf(Date.UTC(2027, 0, 1, 23, 59))).toBe('2026-W53');
    expect(isoWeekOf(Date.UTC(2024, 11, 30))).toBe('2025-W01');
  });
});

describe('competitor rhythm', () => {
  it('reports a competitor posting clearly more often', () => {
    // 2 a week for eight weeks, then 5 a week.
    const suggestions = competitorRhythmRule({ competitors: [rival('rival-a', [...baseline(16), ...recent(20)])], now: NOW });
    expect(suggestions).toEqual([
      {
        rule: 'competitor-rhythm',
        platform: 'instagram',
        title: { key: 'competitor-rhythm.more', params: { competitor: 'rival-a', platform: 'instagram', perWeekBefore: 2, perWeekNow: 5 } },
        evidence: {
          start: BASELINE_START,
          end: NOW,
          items: [
            { key: 'postsPerWeekBefore', params: { competitor: 'rival-a', platform: 'instagram' }, value: 2, n: 16 },
            { key: 'postsPerWeekNow', params: { competitor: 'rival-a', platform: 'instagram' }, value: 5, n: 20 },
            { key: 'pValue', params: { competitor: 'rival-a', platform: 'instagram' }, value: expect.closeTo(0.007166393316911759, 12) as number, n: 36 },
          ],
          fingerprint: `competitor-rhythm:rival-a:instagram:more:${WEEK}`,
        },
        confidence: 'medium', // p < 0.01 on 36 posts
        action: OPEN,
      },
    ]);
  });

  it('reports a competitor going quiet, rounding rates to one decimal', () => {
    const [suggestion, ...rest] = competitorRhythmRule({ competitors: [rival('rival-b', [...baseline(24, 'tiktok'), ...recent(2, 'tiktok')])], now: NOW });
    expect(rest).toEqual([]);
    expect(suggestion).toMatchObject({
      platform: 'tiktok',
      title: { key: 'competitor-rhythm.fewer', params: { competitor: 'rival-b', platform: 'tiktok', perWeekBefore: 3, perWeekNow: 0.5 } },
      evidence: { fingerprint: `competitor-rhythm:rival-b:tiktok:fewer:${WEEK}` },
      confidence: 'medium',
      action: OPEN,
    });
    expect(suggestion!.evidence.items.map(({ n }) => n)).toEqual([24, 2, 26]);
  });

  it('reports a shift to reels once, with shares in whole percents', () => {
    // Three a week throughout; reels 4 of 24 before, 9 of 12 now.
    const posts = [...baseline(4, 'instagram', 'reel'), ...baseline(20), ...recent(9, 'instagram', 'reel'), ...recent(3)];
    const suggestions = competitorRhythmRule({ competitors: [rival('rival-c', posts)], now: NOW });
    expect(suggestions).toHaveLength(1); // the "posts" share fell by as much: told once
    const [suggestion] = suggestions;
    expect(suggestion).toMatchObject({
      platform: 'instagram',
      title: { key: 'competitor-rhythm.format', params: { competitor: 'rival-c', platform: 'instagram', format: 'reel', shareBefore: 17, shareNow: 75 } },
      evidence: { start: BASELINE_START, end: NOW, fingerprint: `competitor-rhythm:rival-c:instagram:format-reel-up:${WEEK}` },
      confidence: 'medium', // confidenceOf(0.0011, 12, 24)
      action: OPEN,
    });
    const [before, now, p] = suggestion!.evidence.items;
    expect(before).toEqual({ key: 'formatShareBefore', params: { competitor: 'rival-c', platform: 'instagram', format: 'reel' }, value: 4 / 24, n: 24 });
    expect(now).toEqual({ key: 'formatShareNow', params: { competitor: 'rival-c', platform: 'instagram', format: 'reel' }, value: 9 / 12, n: 12 });
    expect(p!.value).toBeCloseTo(0.0010709066719012407, 12);
    expect(p!.n).toBe(36);
  });

  it('is silent below the minimum sample, however large the change', () => {
    const few = MIN_POSTS - 1; // 2 before, 9 now: 4.5 times the rate
    expect(competitorRhythmRule({ competitors: [rival('r', [...baseline(2), ...recent(few - 2)])], now: NOW })).toEqual([]);
    // A format shift needs eight posts in each window.
    const formats = [...baseline(7), ...recent(7, 'instagram', 'reel'), ...recent(1)];
    expect(competitorRhythmRule({ competitors: [rival('r', formats)], now: NOW }).filter((s) => s.title.key.endsWith('.format'))).toEqual([]);
  });

  it('is silent on a change below 50 %, even when it is significant', () => {
    // 20 a week, then 28 a week (+40 %): p ≈ 0.006 on 272 posts, but not a new rhythm.
    const posts = [...baseline(160), ...recent(112)];
    expect(binomialTwoSided(112, 272, 1 / 3)).toBeLessThan(0.05);
    expect(competitorRhythmRule({ competitors: [rival('r', posts)], now: NOW })).toEqual([]);
  });

  it('is silent on noise: steady random posting with a steady format mix', () => {
    let fired = 0;
    const runs = 100;
    for (let seed = 1; seed <= runs; seed++) {
      const random = seeded(seed);
      const competitors = ['r1', 'r2', 'r3'].map((id) => {
        const posts: ReportPost[] = [];
        for (const platform of ['instagram', 'facebook'] as const) {
          // Each day: a post with probability 0.45, a reel a third of the time.
          for (let day = 0; day < RECENT_DAYS + BASELINE_DAYS; day++) {
            if (random() < 0.45) posts.push(post(BASELINE_START + day * DAY + 9 * 3_600_000, platform, random() < 1 / 3 ? 'reel' : 'post'));
          }
        }
        return rival(id, posts);
      });
      if (competitorRhythmRule({ competitors, now: NOW }).length > 0) fired++;
    }
    expect(fired / runs).toBeLessThanOrEqual(0.05);
  });

  it('counts every post, whether its counts were shown or hidden, and ignores posts outside the windows', () => {
    const hidden = recent(20).map((p) => ({ ...p, likes: null }));
    const old = spread(40, BASELINE_START - 60 * DAY, BASELINE_START);
    const future = spread(10, NOW, NOW + 7 * DAY);
    const [suggestion] = competitorRhythmRule({ competitors: [rival('rival-a', [...old, ...baseline(16), ...hidden, ...future])], now: NOW });
    expect(suggestion).toMatchObject({ title: { key: 'competitor-rhythm.more', params: { perWeekBefore: 2, perWeekNow: 5 } } });
    expect(suggestion!.evidence.items.map(({ n }) => n)).toEqual([16, 20, 36]);
  });

  it('needs a recent and a baseline profile visit when the accounts are given', () => {
    const posts = [...baseline(24, 'tiktok'), ...recent(2, 'tiktok')];
    const account = (at: number[]): ReportAccount => ({ platform: 'tiktok', handle: 'rival', readings: at.map((t) => ({ at: t, followers: null, approximate: false })) });
    const visitedBoth = [account([BASELINE_START + 10 * DAY, NOW - 2 * DAY])];
    const notLately = [account([BASELINE_START + 10 * DAY, NOW - 20 * DAY])];
    const otherPlatform: ReportAccount[] = [{ ...visitedBoth[0]!, platform: 'instagram' }];
    expect(competitorRhythmRule({ competitors: [rival('r', posts, { accounts: visitedBoth })], now: NOW })).toHaveLength(1);
    expect(competitorRhythmRule({ competitors: [rival('r', posts, { accounts: notLately })], now: NOW })).toEqual([]);
    expect(competitorRhythmRule({ competitors: [rival('r', posts, { accounts: otherPlatform })], now: NOW })).toEqual([]);
  });

  it('adjusts over every competitor and platform, and orders by adjusted p then competitor', () => {
    const strong = [...baseline(24, 'tiktok'), ...recent(0, 'tiktok')]; // went silent: p ≈ 6e-5
    const weaker = [...baseline(16), ...recent(20)]; // p ≈ 0.007
    const steady = (platform: Platform) => [...baseline(16, platform), ...recent(8, platform)];
    const competitors = [rival('b-weak', [...weaker, ...steady('facebook')]), rival('a-strong', [...strong, ...steady('x')]), rival('c-steady', steady('linkedin'))];
    const suggestions = competitorRhythmRule({ competitors, now: NOW });
    expect(suggestions.map((s) => s.evidence.fingerprint)).toEqual([`competitor-rhythm:a-strong:tiktok:fewer:${WEEK}`, `competitor-rhythm:b-weak:instagram:more:${WEEK}`]);
    // Five rhythm tests: the weaker finding's p is multiplied by four (Holm's second step).
    expect(suggestions[1]!.evidence.items[2]!.value).toBeCloseTo(4 * 0.007166393316911759, 10);
    expect(suggestions[1]!.confidence).toBe('low');
  });

  it('gives the same suggestions whatever the order of competitors and posts', () => {
    const a = rival('rival-a', [...baseline(16), ...recent(20), ...baseline(4, 'facebook', 'reel'), ...baseline(20, 'facebook'), ...recent(9, 'facebook', 'reel'), ...recent(3, 'facebook')]);
    const b = rival('rival-b', [...baseline(24, 'tiktok'), ...recent(2, 'tiktok')]);
    const forward = competitorRhythmRule({ competitors: [a, b], now: NOW });
    const backward = competitorRhythmRule({ competitors: [{ ...b, posts: [...b.posts].reverse() }, { ...a, posts: [...a.posts].reverse() }], now: NOW });
    expect(forward).toHaveLength(3);
    expect(backward).toEqual(forward);
  });
});
