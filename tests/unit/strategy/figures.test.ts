// The strategy figures (utils/strategy/figures.ts) against values worked out by hand.
import { describe, expect, it } from 'vitest';
import { DAY_MS, accountFigures, combinedFigures, engagementOf, formatOfUrl, median, type FigurePost } from '@/utils/strategy/figures';

const NOW = Date.UTC(2026, 10, 26, 12);
const daysAgo = (days: number) => NOW - days * DAY_MS;
const post = (days: number, likes: number | null, comments: number | null = null, reposts: number | null = null, format: FigurePost['format'] = 'post'): FigurePost => ({ publishedAt: daysAgo(days), likes, comments, reposts, format });

describe('engagement and medians', () => {
  it('adds likes, comments and reposts; all hidden is unknown, not zero', () => {
    expect(engagementOf({ likes: 10, comments: null, reposts: 2 })).toBe(12);
    expect(engagementOf({ likes: 0, comments: 0, reposts: 0 })).toBe(0);
    expect(engagementOf({ likes: null, comments: null, reposts: null })).toBeNull();
  });
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });
});

describe('formatOfUrl', () => {
  it('tells reels, videos and stories by their addresses', () => {
    expect(formatOfUrl('instagram', 'https://www.instagram.com/reel/DAbc/')).toBe('reel');
    expect(formatOfUrl('instagram', 'https://www.instagram.com/p/DAbc/')).toBe('post');
    expect(formatOfUrl('youtube', 'https://www.youtube.com/shorts/abc')).toBe('reel');
    expect(formatOfUrl('youtube', 'https://www.youtube.com/watch?v=abc')).toBe('video');
    expect(formatOfUrl('facebook', 'https://www.facebook.com/brand/videos/123/')).toBe('video');
    expect(formatOfUrl('tiktok', 'https://www.tiktok.com/@a/video/1')).toBe('video');
    expect(formatOfUrl('x', 'not a url')).toBe('post');
  });
});

describe('accountFigures', () => {
  it('computes followers, 30-day growth, posts per week, median engagement, rate and best format', () => {
    const readings = [
      { at: daysAgo(45), followers: 900 },
      { at: daysAgo(31), followers: 1000 },
      { at: daysAgo(20), followers: null },
      { at: daysAgo(1), followers: 1200 },
    ];
    const posts = [
      post(2, 30, 5, 5, 'reel'), // 40
      post(5, 50, 10, 0, 'reel'), // 60
      post(9, 10, 0, null), // 10
      post(12, 20, null, null), // 20
      post(16, null, null, null), // hidden: no engagement
      post(40, 999), // outside the window
    ];
    const figures = accountFigures(readings, posts, NOW);
    expect(figures.followers).toBe(1200);
    expect(figures.followersAt).toBe(daysAgo(1));
    // The last reading at least 30 days before the latest (day −31 ≤ −1 − 30): +200 over 30 days.
    expect(figures.growth).toBe(200);
    expect(figures.growthDays).toBe(30);
    // Five posts in the window (the hidden one was published all the same): 5 × 7 / 30.
    expect(figures.postsPerWeek).toBeCloseTo(35 / 30, 10);
    // Engagements 40, 60, 10, 20 → median 30; 30 / 1200 = 2.5 %.
    expect(figures.medianEngagement).toBe(30);
    expect(figures.engagementRate).toBeCloseTo(2.5, 10);
    expect(figures.bestFormat).toBe('reel');
    expect(figures.sample).toBe(4);
  });

  it('says nothing it cannot stand on', () => {
    const figures = accountFigures([], [], NOW);
    expect(figures).toEqual({ followers: null, followersAt: null, growth: null, growthDays: null, postsPerWeek: null, medianEngagement: null, engagementRate: null, bestFormat: null, sample: 0 });
    // One reading: followers but no growth; a short history gives growth over fewer days.
    expect(accountFigures([{ at: daysAgo(3), followers: 50 }], [], NOW).growth).toBeNull();
    const short = accountFigures([{ at: daysAgo(10), followers: 50 }, { at: daysAgo(0), followers: 80 }], [], NOW);
    expect([short.growth, short.growthDays]).toEqual([30, 10]);
    // Posts seen but none in the window: zero per week, which is a fact, not a gap.
    expect(accountFigures([], [post(60, 5)], NOW).postsPerWeek).toBe(0);
  });
});

describe('combinedFigures', () => {
  it('adds followers and growth, pools posts, and rates each post by its own account', () => {
    const a = { readings: [{ at: daysAgo(35), followers: 100 }, { at: daysAgo(0), followers: 200 }], posts: [post(1, 10), post(2, 20)] };
    const b = { readings: [{ at: daysAgo(1), followers: 1000 }], posts: [post(3, 100)] };
    const figures = combinedFigures([a, b], NOW);
    expect(figures.followers).toBe(1200);
    expect(figures.growth).toBe(100);
    expect(figures.postsPerWeek).toBeCloseTo(3 * 7 / 30, 10);
    expect(figures.medianEngagement).toBe(20);
    // Rates: 10/200 = 5 %, 20/200 = 10 %, 100/1000 = 10 % → median 10 %.
    expect(figures.engagementRate).toBeCloseTo(10, 10);
  });
});
