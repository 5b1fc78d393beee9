/**
 * A pattern of missed posts (issue 8): the plan's posts go missing on one weekday, at one time of day
 * or on one platform much more often than elsewhere, so the manager can move the upcoming ones.
 *
 * What counts (as the report's adherence, utils/analytics/report.ts):
 * - a due post is one scheduled in the period that was due more than MISSED_AFTER_MS (24 h) before
 *   `now` or is already marked published or missed; ideas, cancelled posts and posts without a time are
 *   not planned; a post due less than a day ago is still pending and counted nowhere;
 * - a due post is missed when its status is 'missed', or it still waits (draft, scheduled, ready)
 *   24 h after its time.
 *
 * Groups, read on the brand's wall clock: the ISO weekday, the part of the day (DAYPARTS: 00–06,
 * 06–12, 12–18, 18–24) and the platform. A group is a candidate when it holds at least MIN_MISSED missed
 * posts and at least MIN_RATE of its due posts were missed. Every group is tested against all other
 * due posts with a one-sided Fisher exact test (are misses more likely in this group than in the
 * rest?), Holm-adjusted over every group of every dimension (not only the candidates, which would pick
 * the tests by their outcome); a candidate fires at adjusted p < ALPHA. Of each
 * dimension only the strongest finding is kept, so one bad Friday is not told three times over.
 *
 * Confidence: high at adjusted p < 0.001 with at least 10 due posts in the group; medium at p < 0.01;
 * low otherwise.
 *
 * The action moves the upcoming posts of the group (scheduled after `now`, still awaiting publication):
 * - weekday: forward by whole days to the nearest weekday with the lowest miss rate (among weekdays with
 *   at least MIN_TARGET_DUE due posts);
 * - part of the day: to the part of the same day with the lowest miss rate (same sample floor); posts
 *   the shift would put in the past are left out;
 * - platform: nothing to move to ({ kind: 'none' }); the evidence is the suggestion.
 * With no upcoming post in the group, the action is { kind: 'none' }.
 * `shiftMinutes` is wall-clock minutes: applying it keeps each post's wall-clock intent
 * (moveKeepingWallClock), so a shift across a DST change does not move the time of day.
 */
import { MISSED_AFTER_MS, type ReportPlanned } from '@/utils/analytics/report';
import type { Platform } from '@/utils/platforms';
import { toWallClock } from '@/utils/time/wall-clock';
import { holm } from './stats';
import type { Confidence, Suggestion, SuggestedAction } from './types';

export const MISSED_PATTERN_RULE = 'missed-pattern';
export const MIN_MISSED = 3;
export const MIN_RATE = 0.4;
export const ALPHA = 0.05;
export const MIN_TARGET_DUE = 2;
/** First hours of the parts of the day. */
export const DAYPARTS = [0, 6, 12, 18] as const;

const DAY_MINUTES = 24 * 60;

export interface MissedPatternInput {
  planned: readonly ReportPlanned[];
  timeZone: string;
  period: { start: number; end: number };
  now: number;
}

type Dimension = 'weekday' | 'daypart' | 'platform';
const DIMENSIONS: readonly Dimension[] = ['weekday', 'daypart', 'platform'];

interface Classified {
  post: ReportPlanned;
  keys: Record<Dimension, string>;
}

interface Tally {
  missed: number;
  due: number;
}

const awaiting = (status: ReportPlanned['status']) => status === 'draft' || status === 'scheduled' || status === 'ready';

function keysOf(post: ReportPlanned, scheduledAt: number, timeZone: string): Record<Dimension, string> {
  const { weekday, localTime } = toWallClock(scheduledAt, timeZone);
  const hour = Number(localTime.slice(0, 2));
  const daypart = [...DAYPARTS].reverse().find((start) => hour >= start) ?? 0;
  return { weekday: String(weekday), daypart: String(daypart), platform: post.platform };
}

/** ln(n!) by summation; the samples here are small (a period's plan). */
function logFactorial(n: number): number {
  let sum = 0;
  for (let k = 2; k <= n; k++) sum += Math.log(k);
  return sum;
}

const logChoose = (n: number, k: number) => logFactorial(n) - logFactorial(k) - logFactorial(n - k);

/**
 * One-sided Fisher exact test: the probability, with the margins fixed, that a group of `groupDue` posts
 * drawn from `totalDue` (of which `totalMissed` missed) holds `groupMissed` or more missed posts.
 */
export function fisherGreater(groupMissed: number, groupDue: number, totalMissed: number, totalDue: number): number {
  const max = Math.min(groupDue, totalMissed);
  const denominator = logChoose(totalDue, groupDue);
  let p = 0;
  for (let k = groupMissed; k <= max; k++) {
    if (groupDue - k > totalDue - totalMissed) continue;
    p += Math.exp(logChoose(totalMissed, k) + logChoose(totalDue - totalMissed, groupDue - k) - denominator);
  }
  return Math.min(1, p);
}

function confidenceOf(p: number, due: number): Confidence {
  if (p < 0.001 && due >= 10) return 'high';
  if (p < 0.01) return 'medium';
  return 'low';
}

export function missedPatternRule({ planned, timeZone, period, now }: MissedPatternInput): Suggestion[] {
  const due: (Classified & { missed: boolean })[] = [];
  const upcoming: Classified[] = [];
  for (const post of planned) {
    const at = post.scheduledAt;
    if (at === null || post.status === 'idea' || post.status === 'cancelled') continue;
    if (at > now) {
      if (awaiting(post.status)) upcoming.push({ post, keys: keysOf(post, at, timeZone) });
      continue;
    }
    if (at < period.start || at >= period.end) continue;
    const missed = post.status === 'missed' || (awaiting(post.status) && at + MISSED_AFTER_MS < now);
    const settled = missed || post.status === 'published';
    if (settled) due.push({ post, keys: keysOf(post, at, timeZone), missed });
  }
  const totalMissed = due.filter((entry) => entry.missed).length;
  const totalDue = due.length;
  if (totalMissed < MIN_MISSED) return [];

  const tallies = new Map<Dimension, Map<string, Tally>>();
  for (const dimension of DIMENSIONS) {
    const tally = new Map<string, Tally>();
    for (const entry of due) {
      const t = tally.get(entry.keys[dimension]) ?? { missed: 0, due: 0 };
      t.due++;
      if (entry.missed) t.missed++;
      tally.set(entry.keys[dimension], t);
    }
    tallies.set(dimension, tally);
  }

  // Every group is tested (a group holding every due post has nothing to compare with), and Holm runs
  // over all of them: adjusting over only the groups that look bad would pick them by the same data.
  const tests: { dimension: Dimension; key: string; tally: Tally; p: number }[] = [];
  for (const dimension of DIMENSIONS) {
    for (const [key, tally] of [...tallies.get(dimension)!].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (tally.due === totalDue) continue;
      tests.push({ dimension, key, tally, p: fisherGreater(tally.missed, tally.due, totalMissed, totalDue) });
    }
  }
  const adjusted = holm(tests.map((test) => test.p));
  const candidates = tests
    .map((test, index) => ({ ...test, p: adjusted[index]! }))
    .filter(({ tally }) => tally.missed >= MIN_MISSED && tally.missed / tally.due >= MIN_RATE);

  const suggestions: Suggestion[] = [];
  for (const dimension of DIMENSIONS) {
    const found = candidates
      .filter((candidate) => candidate.dimension === dimension && candidate.p < ALPHA)
      .sort((a, b) => a.p - b.p || b.tally.missed - a.tally.missed || (a.key < b.key ? -1 : 1))[0];
    if (!found) continue;
    const { key, tally, p } = found;
    const rest = { missed: totalMissed - tally.missed, due: totalDue - tally.due };
    const params: Record<string, string | number> = { dimension, [dimension]: dimension === 'platform' ? key : Number(key) };
    const platform: Platform | 'all' = dimension === 'platform' ? (key as Platform) : 'all';
    suggestions.push({
      rule: MISSED_PATTERN_RULE,
      platform,
      title: { key: `${MISSED_PATTERN_RULE}.${dimension}`, params: { ...params, missed: tally.missed, due: tally.due } },
      evidence: {
        start: period.start,
        end: period.end,
        items: [
          { key: 'missedRate', params, value: tally.missed / tally.due, n: tally.due },
          { key: 'missedRateRest', params, value: rest.due === 0 ? 0 : rest.missed / rest.due, n: rest.due },
          { key: 'missedCount', params, value: tally.missed, n: tally.due },
          { key: 'pValue', params, value: p, n: totalDue },
        ],
        fingerprint: `${MISSED_PATTERN_RULE}:${dimension}-${key}`,
      },
      confidence: confidenceOf(p, tally.due),
      action: actionFor(dimension, key, tallies.get(dimension)!, upcoming, now),
    });
  }
  return suggestions;
}

function actionFor(dimension: Dimension, key: string, tally: ReadonlyMap<string, Tally>, upcoming: readonly Classified[], now: number): SuggestedAction {
  if (dimension === 'platform') return { kind: 'none' };
  const rate = (k: string) => {
    const t = tally.get(k);
    return t && t.due >= MIN_TARGET_DUE ? t.missed / t.due : null;
  };
  let shiftMinutes: number | null = null;
  if (dimension === 'weekday') {
    // Forward by 1–6 days; the lowest miss rate wins, then the nearest.
    const from = Number(key);
    let best: { rate: number; days: number } | null = null;
    for (let days = 1; days <= 6; days++) {
      const r = rate(String(((from - 1 + days) % 7) + 1));
      if (r !== null && (!best || r < best.rate)) best = { rate: r, days };
    }
    if (best) shiftMinutes = best.days * DAY_MINUTES;
  } else {
    const from = Number(key);
    let best: { rate: number; hours: number } | null = null;
    for (const start of DAYPARTS) {
      if (start === from) continue;
      const r = rate(String(start));
      if (r !== null && (!best || r < best.rate || (r === best.rate && Math.abs(start - from) < Math.abs(best.hours)))) best = { rate: r, hours: start - from };
    }
    if (best) shiftMinutes = best.hours * 60;
  }
  if (shiftMinutes === null) return { kind: 'none' };
  const shift = shiftMinutes;
  const postIds = upcoming
    .filter((entry) => entry.keys[dimension] === key && entry.post.scheduledAt! + shift * 60_000 > now)
    .sort((a, b) => a.post.scheduledAt! - b.post.scheduledAt! || (a.post.id < b.post.id ? -1 : 1))
    .map((entry) => entry.post.id);
  return postIds.length === 0 ? { kind: 'none' } : { kind: 'reschedule', postIds, shiftMinutes: shift };
}
