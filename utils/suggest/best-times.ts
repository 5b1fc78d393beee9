/**
 * Best times (issue 8): per platform, a weekday × time-of-day window whose posts reliably do better than
 * the window of an existing posting slot — move that slot there — or, when no slot window has enough
 * posts to compare with, better than the platform's other posts — add a slot there.
 *
 * Windows: the ISO weekday and a WINDOW_HOURS-hour block of the wall clock in the brand's zone
 * (00–03, 03–06 … 21–24), so a post at 18:00 in Berlin is in the same window in winter and in summer.
 * A window needs MIN_WINDOW_SAMPLE posts with a value before it is compared at all; with a month of
 * daily posts few windows get there, so in practice this rule speaks on a quarter's data. That is
 * intended: a median of three Tuesdays says nothing.
 *
 * The comparison (stats.ts, compare-groups.ts conventions):
 * - the measure is ER by followers when every post of the platform that shows engagement also has a
 *   follower count, else engagement (`metricFor`), never mixed in one test; hidden counts are left out;
 * - the best window is the eligible one with the highest median; it is tested against the weakest
 *   eligible slot window (move) or the rest of the platform's posts (add) with the Mann–Whitney U test;
 * - the best window was picked among the eligible windows without a slot, so its p-value is multiplied
 *   by their number (Bonferroni: any one of them could have come out on top by chance);
 * - a finding needs adjusted p < ALPHA and a probability of at least MIN_EFFECT that a post of the best
 *   window beats one of the other side;
 * - confidence is `confidenceOf` (compare-groups.ts): from the adjusted p and the smaller sample.
 * When the best window already holds an active slot of the platform, the rule is silent: the plan
 * already uses it.
 *
 * The suggested time is the median wall-clock time of the best window's posts, rounded down to the
 * half hour. At most one suggestion per platform.
 */
import type { DerivedPost } from '@/utils/analytics/report';
import type { Platform } from '@/utils/platforms';
import type { Slot } from '@/storage/schemas';
import { median } from '@/utils/strategy/figures';
import { toWallClock } from '@/utils/time/wall-clock';
import { confidenceOf, metricFor, postsByPlatform, valueOf, type Metric } from './compare-groups';
import { mannWhitneyU } from './stats';
import type { EvidenceItem, Suggestion, SuggestedAction } from './types';

export const BEST_TIMES_RULE = 'best-hours';
export const WINDOW_HOURS = 3;
export const MIN_WINDOW_SAMPLE = 6;
export const ALPHA = 0.05;
export const MIN_EFFECT = 0.65;

const WEEKDAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export interface BestTimesInput {
  posts: readonly DerivedPost[];
  /** The plan's posting slots (inactive ones are ignored). */
  slots: readonly Slot[];
  /** The brand's zone: windows are read on its wall clock. */
  timeZone: string;
  period: { start: number; end: number };
}

interface Window {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** First hour of the block (0, 3 … 21). */
  block: number;
  values: number[];
  /** Minutes of the day of each post, for the suggested time. */
  minutes: number[];
  formats: string[];
}

const windowKey = (weekday: number, block: number) => `${WEEKDAY_NAMES[weekday - 1]}-${String(block).padStart(2, '0')}`;
const blockOf = (localTime: string) => Math.floor(Number(localTime.slice(0, 2)) / WINDOW_HOURS) * WINDOW_HOURS;
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const minutesOf = (localTime: string) => Number(localTime.slice(0, 2)) * 60 + Number(localTime.slice(3, 5));

function windowsOf(posts: readonly DerivedPost[], metric: Metric, timeZone: string): Map<string, Window> {
  const windows = new Map<string, Window>();
  for (const post of posts) {
    const value = valueOf(post, metric);
    if (value === null) continue;
    const { localTime, weekday } = toWallClock(post.post.publishedAt, timeZone);
    const block = blockOf(localTime);
    const key = windowKey(weekday, block);
    const window = windows.get(key) ?? { weekday, block, values: [], minutes: [], formats: [] };
    window.values.push(value);
    window.minutes.push(minutesOf(localTime));
    window.formats.push(post.format);
    windows.set(key, window);
  }
  return windows;
}

/** The median publication time of the window's posts, rounded down to the half hour. */
function suggestedTime(window: Window): string {
  const middle = median(window.minutes) ?? window.block * 60;
  return hhmm(Math.floor(middle / 30) * 30);
}

/** The most frequent format among the window's posts (alphabetical on ties). */
function commonFormat(window: Window): string {
  const counts = new Map<string, number>();
  for (const format of window.formats) counts.set(format, (counts.get(format) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))[0]?.[0] ?? 'image';
}

const bySlotOrder = (a: Slot, b: Slot) => a.weekday - b.weekday || minutesOf(a.localTime) - minutesOf(b.localTime) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function windowParams(window: Window): Record<string, string | number> {
  return { weekday: window.weekday, from: hhmm(window.block * 60), to: hhmm((window.block + WINDOW_HOURS) * 60) };
}

export function bestTimesRule({ posts, slots, timeZone, period }: BestTimesInput): Suggestion[] {
  const suggestions: Suggestion[] = [];
  for (const [platform, mine] of postsByPlatform(posts, period)) {
    const suggestion = forPlatform(platform, mine, slots, timeZone, period);
    if (suggestion) suggestions.push(suggestion);
  }
  return suggestions;
}

function forPlatform(platform: Platform, posts: readonly DerivedPost[], allSlots: readonly Slot[], timeZone: string, period: { start: number; end: number }): Suggestion | null {
  const metric = metricFor(posts);
  const windows = windowsOf(posts, metric, timeZone);
  const slots = allSlots.filter((slot) => slot.active && slot.platform === platform).sort(bySlotOrder);
  const slotKeys = new Set(slots.map((slot) => windowKey(slot.weekday, blockOf(slot.localTime))));

  const eligible = [...windows].filter(([, window]) => window.values.length >= MIN_WINDOW_SAMPLE);
  const ranked = eligible
    .map(([key, window]) => ({ key, window, median: median(window.values)! }))
    .sort((a, b) => b.median - a.median || b.window.values.length - a.window.values.length || (a.key < b.key ? -1 : 1));
  const best = ranked[0];
  if (!best || slotKeys.has(best.key)) return null;
  const candidates = ranked.filter(({ key }) => !slotKeys.has(key)).length;

  // The weakest slot window that has enough posts; else the rest of the platform's posts.
  const slotWindows = ranked.filter(({ key }) => slotKeys.has(key));
  const weakest = slotWindows[slotWindows.length - 1];
  const baseline = weakest
    ? weakest.window.values
    : [...windows].filter(([key]) => key !== best.key).flatMap(([, window]) => window.values);
  if (baseline.length < MIN_WINDOW_SAMPLE) return null;

  const test = mannWhitneyU(best.window.values, baseline);
  if (!test) return null;
  const p = Math.min(1, test.p * candidates);
  if (!(p < ALPHA) || test.effect < MIN_EFFECT) return null;

  const measure = metric === 'erFollowers' ? 'medianErFollowers' : 'medianEngagement';
  const bestParams = { platform, ...windowParams(best.window) };
  const toLocalTime = suggestedTime(best.window);
  const n = test.n1 + test.n2;
  const items: EvidenceItem[] = [{ key: measure, params: bestParams, value: best.median, n: best.window.values.length }];
  let action: SuggestedAction;
  let title: Suggestion['title'];
  let fingerprint: string;
  if (weakest) {
    const slot = slots.find((candidate) => windowKey(candidate.weekday, blockOf(candidate.localTime)) === weakest.key)!;
    items.push({ key: measure, params: { platform, ...windowParams(weakest.window), slotTime: slot.localTime }, value: weakest.median, n: weakest.window.values.length });
    action = { kind: 'move-slot', slotId: slot.id, toWeekday: best.window.weekday, toLocalTime };
    title = { key: `${BEST_TIMES_RULE}.move`, params: { platform, weekday: best.window.weekday, localTime: toLocalTime, slotWeekday: slot.weekday, slotTime: slot.localTime } };
    fingerprint = `${BEST_TIMES_RULE}:${platform}:${best.key}:move:${slot.id}`;
  } else {
    items.push({ key: `${measure}Rest`, params: { platform }, value: median(baseline)!, n: baseline.length });
    action = { kind: 'add-slot', platform, weekday: best.window.weekday, localTime: toLocalTime, format: commonFormat(best.window) };
    title = { key: `${BEST_TIMES_RULE}.add`, params: { platform, weekday: best.window.weekday, localTime: toLocalTime } };
    fingerprint = `${BEST_TIMES_RULE}:${platform}:${best.key}:add`;
  }
  items.push({ key: 'probabilityHigher', params: bestParams, value: test.effect, n }, { key: 'pValue', params: bestParams, value: p, n });
  return {
    rule: BEST_TIMES_RULE,
    platform,
    title,
    evidence: { start: period.start, end: period.end, items, fingerprint },
    confidence: confidenceOf(p, test.n1, test.n2),
    action,
  };
}
