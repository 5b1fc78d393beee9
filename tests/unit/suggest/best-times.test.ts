// Best times on crafted data: a Thursday-evening window that clearly beats the Monday-morning slot moves
// the slot; with no slot it adds one; small or noisy samples, or a best window already in the plan, stay
// silent. Windows are read on the brand's wall clock, also across a DST change.
import { describe, expect, it } from 'vitest';
import type { DerivedPost, ReportPost } from '@/utils/analytics/report';
import type { Platform } from '@/utils/platforms';
import type { Slot } from '@/storage/schemas';
import { bestTimesRule, MIN_WINDOW_SAMPLE } from '@/utils/suggest/best-times';
import { addDays, toInstant } from '@/utils/time/wall-clock';

const NAIROBI = 'Africa/Nairobi';
const BERLIN = 'Europe/Berlin';

/** A deterministic stream of numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let counter = 0;
function derived(publishedAt: number, engagement: number | null, platform: Platform = 'instagram', format = 'image'): DerivedPost {
  const id = `p${++counter}`;
  const post: ReportPost = { id: `${platform}:${id}`, platform, author: 'kahawabora', url: `https://example.com/${id}`, text: id, publishedAt, likes: engagement, reposts: 0, comments: 0, views: null, precision: {}, plannedPostId: null };
  return { post, engagement, approximate: false, followers: null, erFollowers: null, erViews: null, format, planned: null };
}

/** `count` weekly instants from `firstDate` at `localTime` in `zone`. */
function weekly(firstDate: string, count: number, localTime: string, zone: string): number[] {
  return Array.from({ length: count }, (_, week) => toInstant(addDays(firstDate, week * 7), localTime, zone));
}

function slot(id: string, weekday: number, localTime: string, extra: Partial<Slot> = {}): Slot {
  return { id, weekday, localTime, platform: 'instagram', format: 'image', pillar: '', active: true, createdAt: 0, updatedAt: 0, ...extra };
}

// 12 weeks from Monday 3 August 2026.
const PERIOD = { start: toInstant('2026-08-03', '00:00', NAIROBI), end: toInstant('2026-10-26', '00:00', NAIROBI) };
const MONDAY = '2026-08-03';
const THURSDAY = '2026-08-06';

describe('best times', () => {
  const next = random(42);
  const between = (low: number, high: number) => Math.round(low + next() * (high - low));
  const mondays = weekly(MONDAY, 10, '09:15', NAIROBI).map((at) => derived(at, between(30, 60)));
  const thursdays = weekly(THURSDAY, 10, '18:30', NAIROBI).map((at) => derived(at, between(140, 220), 'instagram', 'reel'));
  const others = weekly('2026-08-05', 8, '12:00', NAIROBI).map((at) => derived(at, between(60, 110)));

  it('moves the weakest slot to a window that clearly does better', () => {
    const [suggestion, ...rest] = bestTimesRule({ posts: [...mondays, ...thursdays, ...others], slots: [slot('s-mon', 1, '09:00'), slot('s-wed', 3, '12:00')], timeZone: NAIROBI, period: PERIOD });
    expect(rest).toEqual([]);
    expect(suggestion).toMatchObject({
      rule: 'best-hours',
      platform: 'instagram',
      action: { kind: 'move-slot', slotId: 's-mon', toWeekday: 4, toLocalTime: '18:30' },
      evidence: { start: PERIOD.start, end: PERIOD.end, fingerprint: 'best-hours:instagram:thu-18:move:s-mon' },
    });
    const [best, slotWindow, chance, p] = suggestion!.evidence.items;
    expect(best).toMatchObject({ key: 'medianEngagement', n: 10, params: { weekday: 4, from: '18:00', to: '21:00' } });
    expect(slotWindow).toMatchObject({ key: 'medianEngagement', n: 10, params: { weekday: 1, from: '09:00', to: '12:00', slotTime: '09:00' } });
    expect(best!.value).toBeGreaterThan(slotWindow!.value);
    expect(chance!.value).toBe(1); // every Thursday post beats every Monday post
    expect(p!.value).toBeLessThan(0.05);
    expect(['low', 'medium', 'high']).toContain(suggestion!.confidence);
  });

  it('gives the same fingerprint for the same evidence, whatever the order', () => {
    const input = { slots: [slot('s-mon', 1, '09:00')], timeZone: NAIROBI, period: PERIOD };
    const a = bestTimesRule({ ...input, posts: [...mondays, ...thursdays] });
    const b = bestTimesRule({ ...input, posts: [...thursdays].reverse().concat(mondays) });
    expect(b).toEqual(a);
  });

  it('adds a slot when no slot window has posts to compare with', () => {
    const [suggestion] = bestTimesRule({ posts: [...mondays, ...thursdays, ...others], slots: [slot('s-tiktok', 1, '09:00', { platform: 'tiktok' }), slot('s-off', 1, '09:00', { active: false })], timeZone: NAIROBI, period: PERIOD });
    expect(suggestion).toMatchObject({
      action: { kind: 'add-slot', platform: 'instagram', weekday: 4, localTime: '18:30', format: 'reel' },
      evidence: { fingerprint: 'best-hours:instagram:thu-18:add' },
    });
    expect(suggestion!.evidence.items[1]).toMatchObject({ key: 'medianEngagementRest', n: 18 });
  });

  it('is silent when the best window already holds a slot', () => {
    expect(bestTimesRule({ posts: [...mondays, ...thursdays], slots: [slot('s-mon', 1, '09:00'), slot('s-thu', 4, '19:00')], timeZone: NAIROBI, period: PERIOD })).toEqual([]);
  });

  it('is silent on small samples, however large the difference', () => {
    const few = MIN_WINDOW_SAMPLE - 1;
    const posts = [...mondays.slice(0, few), ...thursdays.slice(0, few)];
    expect(bestTimesRule({ posts, slots: [slot('s-mon', 1, '09:00')], timeZone: NAIROBI, period: PERIOD })).toEqual([]);
    expect(bestTimesRule({ posts, slots: [], timeZone: NAIROBI, period: PERIOD })).toEqual([]);
  });

  it('is silent on noise: windows drawn from the same spread', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const noise = random(seed);
      const draw = () => Math.round(50 + noise() * 150);
      const posts = [
        ...weekly(MONDAY, 10, '09:15', NAIROBI),
        ...weekly(THURSDAY, 10, '18:30', NAIROBI),
        ...weekly('2026-08-05', 10, '12:00', NAIROBI),
        ...weekly('2026-08-08', 10, '10:00', NAIROBI),
      ].map((at) => derived(at, draw()));
      expect(bestTimesRule({ posts, slots: [slot('s-mon', 1, '09:00')], timeZone: NAIROBI, period: PERIOD })).toEqual([]);
    }
  });

  it('leaves out hidden counts, posts outside the period and other platforms', () => {
    const hidden = weekly(THURSDAY, 10, '18:30', NAIROBI).map((at) => derived(at, null));
    const outside = weekly('2026-11-05', 10, '18:30', NAIROBI).map((at) => derived(at, 500));
    const x = weekly(THURSDAY, 10, '18:30', NAIROBI).map((at) => derived(at, 900, 'x'));
    expect(bestTimesRule({ posts: [...mondays, ...hidden, ...outside, ...x], slots: [slot('s-mon', 1, '09:00')], timeZone: NAIROBI, period: PERIOD })).toEqual([]);
  });

  it('reads windows on the brand wall clock across a DST change (Europe/Berlin)', () => {
    // Thursdays 19:30 in Berlin from 10 September to 26 November 2026: 17:30 UTC in summer, 18:30 in winter.
    const period = { start: toInstant('2026-09-07', '00:00', BERLIN), end: toInstant('2026-11-30', '00:00', BERLIN) };
    const noise = random(7);
    const evenings = weekly('2026-09-10', 12, '19:30', BERLIN).map((at) => derived(at, Math.round(150 + noise() * 50)));
    const mornings = weekly('2026-09-07', 12, '09:00', BERLIN).map((at) => derived(at, Math.round(30 + noise() * 30)));
    const [suggestion] = bestTimesRule({ posts: [...evenings, ...mornings], slots: [slot('s-mon', 1, '09:00')], timeZone: BERLIN, period });
    expect(suggestion).toMatchObject({ action: { kind: 'move-slot', slotId: 's-mon', toWeekday: 4, toLocalTime: '19:30' }, evidence: { fingerprint: 'best-hours:instagram:thu-18:move:s-mon' } });
    expect(suggestion!.evidence.items[0]).toMatchObject({ n: 12 }); // one window, both sides of 25 October
    // Read in UTC the evenings split across two windows (15–18 and 18–21).
    const utc = bestTimesRule({ posts: [...evenings, ...mornings], slots: [slot('s-mon', 1, '09:00')], timeZone: 'UTC', period });
    expect(utc[0]?.evidence.items[0]?.n).not.toBe(12);
  });
});

describe('best times on pure noise', () => {
  it('fires no more often than the 5 % it allows', () => {
    let fired = 0;
    const runs = 200;
    for (let seed = 100; seed < 100 + runs; seed++) {
      const noise = random(seed);
      const posts = ['2026-08-03', '2026-08-04', '2026-08-05', '2026-08-06', '2026-08-07', '2026-08-08'].flatMap((first, i) =>
        weekly(first, 10, `${String(8 + i * 2).padStart(2, '0')}:00`, NAIROBI).map((at) => derived(at, Math.round(20 + noise() * 200))),
      );
      if (bestTimesRule({ posts, slots: [slot('s-mon', 1, '08:00'), slot('s-tue', 2, '10:00')], timeZone: NAIROBI, period: PERIOD }).length > 0) fired++;
    }
    expect(fired / runs).toBeLessThanOrEqual(0.05);
  });
});
