/**
 * A goal's progress and its forecast, from the figures captured while browsing and from the plan. Pure:
 * storage/goals.ts gathers the rows, this module does the arithmetic. Days are the brand's wall-calendar
 * days (settings.timeZone); "day 0" is the period's first day.
 *
 * ## What "current" is, per metric (as of now, or as of the period's end once it is over)
 * - followers: the latest follower reading of the goal's own account; for 'all', the sum over the own
 *   accounts that have a reading (the others are counted in `missingAccounts`, never as 0).
 * - engagement rate: the median per-post rate of own posts published in the period, each post's
 *   engagement (likes + comments + reposts, figures.ts) over its account's followers at the reading
 *   nearest the post's publication — a quarter's posts are measured against the audience they had then.
 * - views, likes, comments, reposts: the sum of the latest counts of own posts published in the period.
 *   A post whose count the page hid is unknown, not 0: it is left out and counted in `unknownPosts`.
 *   With no post of the period showing the count, the total is unknown (null).
 * - posts published: planned posts with status 'published' that went out in the period (their
 *   `publishedAt`, else their planned time). 0 is a real answer here: the plan is ours.
 * - custom: the value entered by hand (`manualValue`).
 *
 * ## Baseline (where the way to the target starts)
 * Taken from the data at the period's start unless set by hand (a stored number wins):
 * followers — the reading nearest the start (either side; per account, summed for 'all');
 * engagement rate — the median per-post rate of the 30 days before the start;
 * totals — 0 (a count of the period starts from nothing); custom — entered by hand, 0 when left empty.
 *
 * ## Progress
 * progress = (current − baseline) / (target − baseline), for every metric. For the totals the baseline is
 * 0, so this is current / target; for followers and engagement rate it is the share of the planned growth
 * achieved. It may be below 0 (fell back) or above 1 (beyond the target).
 *
 * ## Forecast and status
 * Daily values, one per day that has data since the period's start (x = day index):
 * - followers: the latest reading at the end of each day that has a reading;
 * - totals: the cumulative sum of the period's counts up to each day's end, every day elapsed (today
 *   included) once any count is known;
 * - engagement rate: the median rate of the posts published that day, each day with a rated post. (A
 *   running median would be ruled by the period's first few posts and then flatten whatever the trend.)
 * The trend is the least-squares line through them. The forecast is the line on the period's last day
 * for followers and totals — a total can only grow, so never below the current value, and nothing below
 * 0. For engagement rate, whose target is the period's median, the forecast is that median if the days
 * to come bring posts at the pace so far (rated posts ÷ days elapsed), each rated as the line says for
 * its day (not below 0): the weighted median of the rates so far and those to come. (The line alone,
 * taken far out on noisy days, runs to 0 or past any real rate.)
 * Status: with fewer than 3 days of data, 'not-enough-data'; otherwise 'on-track' when the forecast
 * reaches the target, 'at-risk' when it covers at least 90 % of the way from the baseline to the target,
 * else 'off-track'. A goal already at its target is 'on-track' whatever the trend. When the baseline is
 * unknown the way starts at the first daily value. Once the period is over the forecast is the final
 * value; before it starts there is nothing to forecast.
 */
import type { Goal } from '@/storage/schemas';
import { parseLocalDate, formatDateParts } from '@/utils/time/local-date';
import { addDays, daysBetween, toInstant, toWallClock, todayIn } from '@/utils/time/wall-clock';
import { DAY_MS, engagementOf, engagementRate, median, type FollowerReading } from './figures';

export type GoalMetric = Goal['metric'];
export type GoalKind = 'level' | 'total' | 'manual';

/** Read at a time: how many follow us, how much they engage. */
export const LEVEL_METRICS = ['followers', 'engagement-rate'] as const satisfies readonly GoalMetric[];
/** Counted over the period, from 0 on its first day. */
export const TOTAL_METRICS = ['views', 'likes', 'comments', 'reposts', 'posts-published'] as const satisfies readonly GoalMetric[];
/** Engagement rate's baseline looks this far back before the period's start. */
export const BASELINE_WINDOW_DAYS = 30;
/** Fewer days of data than this give no forecast. */
export const MIN_FORECAST_DAYS = 3;
/** A forecast covering at least this share of the way to the target is "at risk", not "off track". */
export const AT_RISK_SHARE = 0.9;

export function kindOfMetric(metric: GoalMetric): GoalKind {
  if (metric === 'custom') return 'manual';
  return (TOTAL_METRICS as readonly GoalMetric[]).includes(metric) ? 'total' : 'level';
}

/** Whether the metric is read from captured posts and profiles (and so needs a tracked own account). */
export function isCapturedMetric(metric: GoalMetric): boolean {
  return metric !== 'custom' && metric !== 'posts-published';
}

// ── Periods ──────────────────────────────────────────────────────────────────────────────────────

const PERIOD_MONTHS = { month: 1, quarter: 3, year: 12 } as const;
export type FixedPeriod = keyof typeof PERIOD_MONTHS;

/** The calendar month, quarter or year that contains `today` (a local date), first and last day. */
export function periodDates(period: FixedPeriod, today: string): { start: string; end: string } {
  const { year, month } = parseLocalDate(today);
  const months = PERIOD_MONTHS[period];
  const first = month - ((month - 1) % months);
  // Day 0 of the month after the period is the period's last day (formatDateParts rolls over like Date.UTC).
  return { start: formatDateParts(year, first, 1), end: formatDateParts(year, first + months, 0) };
}

/** Whether start…end is exactly one calendar month, quarter or year. */
export function isWholePeriod(period: FixedPeriod, start: string, end: string): boolean {
  const whole = periodDates(period, start);
  return whole.start === start && whole.end === end;
}

// ── Inputs ───────────────────────────────────────────────────────────────────────────────────────

/** One own post as the goals need it; `account` indexes `GoalData.accounts` (its follower history). */
export interface GoalPost {
  account: number;
  publishedAt: number | null;
  likes: number | null;
  comments: number | null;
  reposts: number | null;
  views: number | null;
}

export interface GoalData {
  /** Follower readings of each own account on the goal's platform(s), one list per account. */
  accounts: readonly (readonly FollowerReading[])[];
  /** Own observed posts of those accounts, any time (the baseline looks before the period). */
  posts: readonly GoalPost[];
  /** When each planned post with status 'published' on the goal's platform(s) went out. */
  published: readonly number[];
}

export type GoalGoal = Pick<Goal, 'metric' | 'target' | 'baseline' | 'manualValue' | 'periodStart' | 'periodEnd'>;

// ── Small pieces ─────────────────────────────────────────────────────────────────────────────────

/** Finds, for any instant, the followers of the reading with a known count nearest it (either side; the earlier on a tie). */
export function followersFinder(readings: readonly FollowerReading[]): (at: number) => number | null {
  const known = readings.filter((r) => r.followers !== null).sort((a, b) => a.at - b.at);
  return (at) => {
    // Binary search for the first reading at or after `at`; the nearest is it or the one before.
    let low = 0;
    let high = known.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (known[middle]!.at < at) low = middle + 1;
      else high = middle;
    }
    const before = known[low - 1];
    const after = known[low];
    const best = before && (!after || at - before.at <= after.at - at) ? before : after;
    return best?.followers ?? null;
  };
}

/** The followers of the known reading nearest `at` (either side; the earlier on a tie), or null. */
export function nearestFollowers(readings: readonly FollowerReading[], at: number): number | null {
  return followersFinder(readings)(at);
}

type FollowersAt = (at: number) => number | null;

/** A post's engagement rate in percent against its account's followers when it went out, or null. */
function rateOf(post: GoalPost, finders: readonly FollowersAt[]): number | null {
  if (post.publishedAt === null) return null;
  return engagementRate(engagementOf(post), finders[post.account]?.(post.publishedAt) ?? null);
}

/** The least-squares line y = intercept + slope·x through the points (at least two distinct x). */
export function leastSquares(points: readonly { x: number; y: number }[]): { slope: number; intercept: number } | null {
  const n = points.length;
  if (n < 2) return null;
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const { x, y } of points) {
    sxy += (x - meanX) * (y - meanY);
    sxx += (x - meanX) ** 2;
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: meanY - slope * meanX };
}

// ── The period on the brand's calendar ───────────────────────────────────────────────────────────

interface Timeline {
  timeZone: string;
  start: string;
  startAt: number;
  /** The first instant after the period (midnight after its last day). */
  endAt: number;
  /** Index of the period's last day. */
  endDay: number;
  /** The instant the figures are taken at: now, or the period's last moment once it is over. */
  asOf: number;
  /** Index of the day of `asOf` (negative before the period starts). */
  asOfDay: number;
  phase: 'upcoming' | 'active' | 'ended';
  /** The instant each day of the period begins, and the one after its last (day index → instant). */
  midnights: number[];
}

function timelineOf(goal: Pick<Goal, 'periodStart' | 'periodEnd'>, now: number, timeZone: string): Timeline {
  const startAt = toInstant(goal.periodStart, '00:00', timeZone);
  const endAt = toInstant(addDays(goal.periodEnd, 1), '00:00', timeZone);
  const phase = now < startAt ? 'upcoming' : now >= endAt ? 'ended' : 'active';
  const asOf = Math.min(now, endAt - 1);
  const endDay = daysBetween(goal.periodStart, goal.periodEnd);
  // Days are placed by the period's midnights (a binary search), not a time-zone lookup per row.
  const midnights = phase === 'upcoming' ? [] : midnightsOf(goal.periodStart, endDay + 2, timeZone);
  return { timeZone, start: goal.periodStart, startAt, endAt, endDay, asOf, asOfDay: daysBetween(goal.periodStart, todayIn(timeZone, asOf)), phase, midnights };
}

/**
 * The instants `count` days from `start` begin at. Most midnights are a day after the one before; that
 * guess is checked on the wall clock (one lookup) and only a day with a clock change takes the full rule.
 */
function midnightsOf(start: string, count: number, timeZone: string): number[] {
  const midnights: number[] = [];
  for (let day = 0; day < count; day++) {
    const date = addDays(start, day);
    const guess = day > 0 ? midnights[day - 1]! + DAY_MS : null;
    const wall = guess === null ? null : toWallClock(guess, timeZone);
    midnights.push(guess !== null && wall?.localDate === date && wall.localTime === '00:00' ? guess : toInstant(date, '00:00', timeZone));
  }
  return midnights;
}

/** The index of the period's day an instant of the period falls on. */
function dayIndex(line: Timeline, instant: number): number {
  let low = 0;
  let high = line.midnights.length - 1;
  // The last midnight at or before the instant.
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (line.midnights[middle]! <= instant) low = middle;
    else high = middle - 1;
  }
  return low;
}
const inPeriod = (line: Timeline, instant: number | null): instant is number => instant !== null && instant >= line.startAt && instant <= line.asOf;

// ── Baseline ─────────────────────────────────────────────────────────────────────────────────────

/** The baseline the data gives at the period's start (see the module comment), or null when it gives none. */
export function baselineFromData(goal: Pick<Goal, 'metric' | 'periodStart'>, data: GoalData, timeZone: string): number | null {
  const kind = kindOfMetric(goal.metric);
  if (kind === 'total') return 0;
  if (kind === 'manual') return null;
  const startAt = toInstant(goal.periodStart, '00:00', timeZone);
  const finders = data.accounts.map(followersFinder);
  if (goal.metric === 'followers') {
    const known = finders.map((find) => find(startAt)).filter((f): f is number => f !== null);
    return known.length ? known.reduce((sum, f) => sum + f, 0) : null;
  }
  const from = startAt - BASELINE_WINDOW_DAYS * DAY_MS;
  const rates = data.posts
    .filter((post) => post.publishedAt !== null && post.publishedAt >= from && post.publishedAt < startAt)
    .map((post) => rateOf(post, finders))
    .filter((rate): rate is number => rate !== null);
  return median(rates);
}

// ── Current value and the daily series ───────────────────────────────────────────────────────────

export interface DailyValue {
  /** Day index from the period's first day. */
  day: number;
  value: number;
}

interface Measured {
  current: number | null;
  series: DailyValue[];
  /** Posts of the period counted, and those whose number the page did not show. */
  posts: number;
  unknownPosts: number;
  /** Own accounts without any follower reading (left out of followers and rates). */
  missingAccounts: number;
  /** Engagement rate: the per-post rates of the period so far (the forecast adds the days to come). */
  rates?: number[];
}

function measureFollowers(line: Timeline, data: GoalData): Measured {
  // Readings up to the moment measured, oldest first; accounts without any are left out, not counted as 0.
  const histories = data.accounts.map((readings) => readings.filter((r) => r.followers !== null && r.at <= line.asOf).sort((a, b) => a.at - b.at));
  const known = histories.filter((h) => h.length > 0);
  const missingAccounts = data.accounts.length - known.length;
  if (!known.length) return { current: null, series: [], posts: 0, unknownPosts: 0, missingAccounts };
  const current = known.reduce((sum, h) => sum + (h.at(-1)!.followers as number), 0);
  const days = new Set(known.flatMap((h) => h.filter((r) => r.at >= line.startAt).map((r) => dayIndex(line, r.at))));
  // Per account, the index of its latest reading before the current day's end (they only move forward).
  const latest = known.map(() => -1);
  const series = [...days]
    .sort((a, b) => a - b)
    .map((day) => {
      const endOfDay = line.midnights[day + 1]!;
      // Each account's latest reading by the day's end; one not read yet counts with its first reading,
      // so a sum over several accounts does not jump the day a new one is first read.
      const value = known.reduce((sum, h, k) => {
        while (latest[k]! + 1 < h.length && h[latest[k]! + 1]!.at < endOfDay) latest[k]!++;
        return sum + (h[Math.max(0, latest[k]!)]!.followers as number);
      }, 0);
      return { day, value };
    });
  return { current, series, posts: 0, unknownPosts: 0, missingAccounts };
}

function measureRate(line: Timeline, data: GoalData): Measured {
  const missingAccounts = data.accounts.filter((readings) => readings.every((r) => r.followers === null)).length;
  const period = data.posts.filter((post) => inPeriod(line, post.publishedAt));
  const finders = data.accounts.map(followersFinder);
  const rated = period
    .map((post) => ({ day: dayIndex(line, post.publishedAt as number), rate: rateOf(post, finders) }))
    .filter((p): p is { day: number; rate: number } => p.rate !== null)
    .sort((a, b) => a.day - b.day);
  const byDay = new Map<number, number[]>();
  for (const { day, rate } of rated) byDay.set(day, [...(byDay.get(day) ?? []), rate]);
  const series = [...byDay].map(([day, rates]) => ({ day, value: median(rates) as number }));
  const rates = rated.map((p) => p.rate);
  return { current: median(rates), series, rates, posts: period.length, unknownPosts: period.length - rated.length, missingAccounts };
}

function cumulative(line: Timeline, items: readonly { day: number; value: number }[]): DailyValue[] {
  const perDay = new Array<number>(line.asOfDay + 1).fill(0);
  for (const item of items) perDay[item.day]! += item.value;
  let total = 0;
  return perDay.map((value, day) => ({ day, value: (total += value) }));
}

function measureTotal(line: Timeline, data: GoalData, count: 'views' | 'likes' | 'comments' | 'reposts'): Measured {
  const period = data.posts.filter((post) => inPeriod(line, post.publishedAt));
  const known = period.filter((post) => post[count] !== null).map((post) => ({ day: dayIndex(line, post.publishedAt as number), value: post[count] as number }));
  const current = known.length ? known.reduce((sum, k) => sum + k.value, 0) : null;
  return { current, series: current === null ? [] : cumulative(line, known), posts: period.length, unknownPosts: period.length - known.length, missingAccounts: 0 };
}

function measurePublished(line: Timeline, data: GoalData): Measured {
  const days = data.published.filter((at) => inPeriod(line, at)).map((at) => ({ day: dayIndex(line, at), value: 1 }));
  return { current: days.length, series: cumulative(line, days), posts: days.length, unknownPosts: 0, missingAccounts: 0 };
}

function measure(goal: GoalGoal, line: Timeline, data: GoalData): Measured {
  switch (goal.metric) {
    case 'followers':
      return measureFollowers(line, data);
    case 'engagement-rate':
      return measureRate(line, data);
    case 'posts-published':
      return measurePublished(line, data);
    case 'custom':
      return { current: goal.manualValue, series: [], posts: 0, unknownPosts: 0, missingAccounts: 0 };
    default:
      return measureTotal(line, data, goal.metric);
  }
}

/**
 * The median of weighted values: the value where the running weight passes half the total, or the mean
 * of two neighbours when it lands exactly on half (so equal weights give `median`'s answer).
 */
export function weightedMedian(items: readonly { value: number; weight: number }[]): number | null {
  const sorted = items.filter((item) => item.weight > 0).sort((a, b) => a.value - b.value);
  const half = sorted.reduce((sum, item) => sum + item.weight, 0) / 2;
  let running = 0;
  for (const [index, item] of sorted.entries()) {
    running += item.weight;
    const next = sorted[index + 1];
    // Fractional weights add up with rounding error: "exactly half" is within a billionth.
    if (next && Math.abs(running - half) < 1e-9) return (item.value + next.value) / 2;
    if (running > half) return item.value;
  }
  return sorted.at(-1)?.value ?? null;
}

/**
 * The period's median rate on its last day, if the days to come follow the trend: each remaining day
 * adds posts at the pace so far (rated posts ÷ days elapsed), rated as the line says for that day (not
 * below 0), and the forecast is the weighted median of the rates so far and those to come.
 */
function forecastMedianRate(rates: readonly number[], trend: { slope: number; intercept: number }, line: Timeline): number | null {
  const pace = rates.length / (line.asOfDay + 1);
  const items = rates.map((value) => ({ value, weight: 1 }));
  for (let day = line.asOfDay + 1; day <= line.endDay; day++) items.push({ value: Math.max(0, trend.intercept + trend.slope * day), weight: pace });
  return weightedMedian(items);
}

// ── Progress ─────────────────────────────────────────────────────────────────────────────────────

export type GoalStatus = 'on-track' | 'at-risk' | 'off-track' | 'not-enough-data';

export interface GoalProgress {
  kind: GoalKind;
  phase: Timeline['phase'];
  /** The value now (or at the period's end), null when the data gives none. */
  current: number | null;
  /** The baseline used: the goal's own, else the data's; null when neither is known. */
  baseline: number | null;
  /** What the data gives as baseline (followers and engagement rate; see baselineFromData). */
  dataBaseline: number | null;
  /**
   * Whether `baseline` is the data's: the goal has none stored yet, or the one stored (taken from the
   * data on saving) is still what the data says. A number typed by hand that differs is not.
   */
  baselineFromData: boolean;
  /** (current − baseline) / (target − baseline); null when either is unknown. */
  progress: number | null;
  /** The value the trend reaches on the period's last day, or null without enough data. */
  forecast: number | null;
  /** (forecast − baseline) / (target − baseline), the way the forecast covers. */
  forecastProgress: number | null;
  status: GoalStatus;
  /** The current value has reached the target. */
  reached: boolean;
  /** Days of data the forecast stands on. */
  dataDays: number;
  /** The daily values the forecast was fitted to. */
  series: DailyValue[];
  /** The fitted line (value per day), null without a forecast. */
  trend: { slope: number; intercept: number } | null;
  posts: number;
  unknownPosts: number;
  missingAccounts: number;
  /** Own accounts on the goal's platform(s): with none tracked, captured metrics cannot be measured. */
  ownAccounts: number;
  /** Days left after today, the last day included (0 once over). */
  daysLeft: number;
}

export function goalProgress(goal: GoalGoal, data: GoalData, now: number, timeZone: string): GoalProgress {
  const kind = kindOfMetric(goal.metric);
  const line = timelineOf(goal, now, timeZone);
  const dataBaseline = baselineFromData(goal, data, timeZone);
  // A total starts at 0 whatever is stored; a custom goal without a baseline starts at 0 too.
  const baseline = kind === 'total' ? 0 : (goal.baseline ?? (kind === 'manual' ? 0 : dataBaseline));
  const baselineFromDataUsed = kind === 'level' && dataBaseline !== null && (goal.baseline === null || Math.abs(goal.baseline - dataBaseline) < 1e-9);
  const measured: Measured = line.phase === 'upcoming' ? { current: null, series: [], posts: 0, unknownPosts: 0, missingAccounts: 0 } : measure(goal, line, data);
  const { current, series } = measured;
  const share = (value: number | null, from: number | null) =>
    value === null || from === null || goal.target === from ? null : (value - from) / (goal.target - from);

  let trend: GoalProgress['trend'] = null;
  let forecast: number | null = null;
  if (line.phase === 'ended') {
    forecast = current;
  } else if (series.length >= MIN_FORECAST_DAYS) {
    trend = leastSquares(series.map((p) => ({ x: p.day, y: p.value })));
    if (trend && measured.rates) forecast = forecastMedianRate(measured.rates, trend, line);
    else if (trend) {
      forecast = Math.max(0, trend.intercept + trend.slope * line.endDay);
      if (kind === 'total' && current !== null) forecast = Math.max(forecast, current);
    }
  }

  const reached = current !== null && current >= goal.target;
  const wayStart = baseline ?? series[0]?.value ?? null;
  let status: GoalStatus;
  if (reached) status = 'on-track';
  else if (forecast === null) status = 'not-enough-data';
  else if (forecast >= goal.target) status = 'on-track';
  else status = (share(forecast, wayStart) ?? -Infinity) >= AT_RISK_SHARE ? 'at-risk' : 'off-track';

  return {
    kind,
    phase: line.phase,
    current,
    baseline,
    dataBaseline: kind === 'level' ? dataBaseline : null,
    baselineFromData: baselineFromDataUsed,
    progress: share(current, baseline),
    forecast,
    forecastProgress: share(forecast, wayStart),
    status,
    reached,
    dataDays: series.length,
    series,
    trend,
    posts: measured.posts,
    unknownPosts: measured.unknownPosts,
    missingAccounts: measured.missingAccounts,
    ownAccounts: data.accounts.length,
    daysLeft: line.phase === 'ended' ? 0 : line.endDay - Math.max(0, line.asOfDay) + (line.phase === 'upcoming' ? 1 : 0),
  };
}
