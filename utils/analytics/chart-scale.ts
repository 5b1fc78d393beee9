/**
 * The arithmetic behind the Analytics charts (components/analytics/charts): scales, axis ticks and SVG
 * path data. Pure, so the charts stay small hand-made SVG instead of a chart library (bundle budget).
 *
 * A value that is unknown (a hidden count) is `null`, never 0: lines break at it instead of dropping to
 * the axis, because a drop to zero would tell the reader something that did not happen.
 */
import { dayNumberOf, formatDateParts, formatLocalDate, parseLocalDate } from '@/utils/time/local-date';
import { toInstant, toWallClock } from '@/utils/time/wall-clock';

/** Maps a domain linearly onto a range (pixels). An empty domain maps everything to the range's middle. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d0 === d1) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}

export interface NiceTicks {
  /** The first tick, at or below the domain's minimum; the axis starts here. */
  min: number;
  /** The last tick, at or above the domain's maximum. */
  max: number;
  step: number;
  ticks: number[];
}

/**
 * About `count` ticks at round steps (1, 2 or 5 × 10ⁿ) covering [min, max]: the axis a person can read
 * at a glance (0, 20, 40 rather than 0, 17.3, 34.6). An empty domain widens to one step around it.
 */
export function niceTicks(min: number, max: number, count = 5): NiceTicks {
  if (!Number.isFinite(min) || !Number.isFinite(max)) throw new RangeError(`Not a numeric domain: ${min}…${max}`);
  let low = Math.min(min, max);
  let high = Math.max(min, max);
  if (low === high) {
    // All values equal: show them against a zero baseline (or 0…1 when they are all 0).
    if (low === 0) high = 1;
    else if (low > 0) low = 0;
    else high = 0;
  }
  const rough = (high - low) / Math.max(1, count);
  let power = Math.floor(Math.log10(rough));
  const residual = rough / 10 ** power;
  // The thresholds are the geometric means between 1, 2, 5 and 10, so the step is the nearest round one.
  let factor = residual >= Math.sqrt(50) ? 10 : residual >= Math.sqrt(10) ? 5 : residual >= Math.sqrt(2) ? 2 : 1;
  if (factor === 10) {
    factor = 1;
    power += 1;
  }
  // Below 1, divide by the step's inverse (an integer) instead of multiplying by the step, so 3 × 0.1
  // comes out 0.3 and not 0.30000000000000004.
  const inverse = power < 0 ? 10 ** -power / factor : 0;
  const at = (i: number) => (inverse ? i / inverse : i * factor * 10 ** power);
  const step = at(1);
  const first = Math.floor(inverse ? low * inverse : low / step);
  const last = Math.ceil(inverse ? high * inverse : high / step);
  const ticks: number[] = [];
  // `+ 0` turns the -0 of Math.floor(-0.2) × … into 0, which formats as "0", not "-0".
  for (let i = first; i <= last; i++) ticks.push(at(i) + 0);
  return { min: ticks[0]!, max: ticks[ticks.length - 1]!, step, ticks };
}

// ── Time ticks ───────────────────────────────────────────────────────────────────────────────────

export type TimeUnit = 'hour' | 'day' | 'week' | 'month';
export interface TimeTick {
  /** The instant of the tick: the start of the hour, day, ISO week (Monday) or month on the zone's wall clock. */
  at: number;
  /** Its wall-calendar date in the zone, 'YYYY-MM-DD'. */
  localDate: string;
}
export interface TimeTicks {
  unit: TimeUnit;
  /** How many units between ticks (every 2 days, every 3 months…). */
  step: number;
  ticks: TimeTick[];
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Candidate intervals, finest first, with their rough length for choosing one. */
const INTERVALS: { unit: TimeUnit; step: number; ms: number }[] = [
  ...[1, 3, 6, 12].map((step) => ({ unit: 'hour' as const, step, ms: step * HOUR_MS })),
  ...[1, 2].map((step) => ({ unit: 'day' as const, step, ms: step * DAY_MS })),
  ...[1, 2].map((step) => ({ unit: 'week' as const, step, ms: step * 7 * DAY_MS })),
  ...[1, 2, 3, 6, 12].map((step) => ({ unit: 'month' as const, step, ms: step * 30.44 * DAY_MS })),
];

/**
 * At most about `count` ticks on calendar boundaries of the zone's wall clock between two instants:
 * hours for a day or two, then days, Mondays, or first days of months. Boundaries are found on the wall
 * calendar (utils/time) rather than by adding milliseconds, so a tick stays at midnight across a DST
 * change, and @date-fns/tz's TZDate is avoided for the reason given in utils/time/wall-clock.ts.
 */
export function timeTicks(start: number, end: number, timeZone: string, count = 6): TimeTicks {
  const from = Math.min(start, end);
  const to = Math.max(start, end);
  const wanted = Math.max(1, count);
  const span = to - from;
  const interval = INTERVALS.find((each) => span / each.ms <= wanted) ?? yearsInterval(span, wanted);
  const ticks: TimeTick[] = [];
  const push = (localDate: string, localTime = '00:00') => {
    const at = toInstant(localDate, localTime, timeZone);
    // A midnight that the zone skips resolves to the same instant as the next hour: keep one.
    if (at >= from && at <= to && ticks[ticks.length - 1]?.at !== at) ticks.push({ at, localDate });
  };
  const firstDate = toWallClock(from, timeZone).localDate;
  const lastDay = dayNumberOf(toWallClock(to, timeZone).localDate);
  const { unit, step } = interval;
  if (unit === 'month') {
    const { year, month } = parseLocalDate(firstDate);
    // Months counted from year 0 so "every 3 months" lands on January, April, July and October.
    for (let index = year * 12 + month - 1; ; index++) {
      const localDate = formatDateParts(Math.floor(index / 12), (index % 12) + 1, 1);
      if (dayNumberOf(localDate) > lastDay) break;
      if (index % step === 0) push(localDate);
    }
  } else {
    for (let day = dayNumberOf(firstDate); day <= lastDay; day++) {
      const localDate = formatLocalDate(day);
      if (unit === 'hour') {
        for (let hour = 0; hour < 24; hour += step) push(localDate, `${String(hour).padStart(2, '0')}:00`);
      } else if (unit === 'day' && day % step === 0) push(localDate);
      // Day 4 (1970-01-05) was a Monday: weeks are counted from it, so every other week is stable.
      else if (unit === 'week' && (day - 4) % 7 === 0 && ((day - 4) / 7) % step === 0) push(localDate);
    }
  }
  return { unit, step, ticks };
}

/** Whole years between ticks, at a round step, for spans beyond a dozen years. */
function yearsInterval(span: number, wanted: number): { unit: TimeUnit; step: number; ms: number } {
  const years = Math.max(1, niceTicks(0, span / (365.25 * DAY_MS), wanted).step);
  return { unit: 'month', step: Math.ceil(years) * 12, ms: years * 365.25 * DAY_MS };
}

/**
 * How to label a tick, as Intl.DateTimeFormat options (the caller adds locale and zone): the hour for
 * hour ticks, day and month for days and weeks, the month with its year where a year starts (and on
 * the first tick) for months, the year alone for yearly ticks.
 */
export function timeTickFormat(ticks: Pick<TimeTicks, 'unit' | 'step'>, tick: TimeTick, first: boolean): Intl.DateTimeFormatOptions {
  if (ticks.unit === 'hour') return { hour: 'numeric', minute: '2-digit' };
  if (ticks.unit !== 'month') return { day: 'numeric', month: 'short' };
  if (ticks.step >= 12) return { year: 'numeric' };
  return first || tick.localDate.slice(5, 7) === '01' ? { month: 'short', year: 'numeric' } : { month: 'short' };
}

// ── Paths ────────────────────────────────────────────────────────────────────────────────────────

export interface PlotPoint {
  x: number;
  y: number | null;
}

/** The runs of consecutive points with a value: a `null` ends one run and the next value starts another. */
export function segments<P extends PlotPoint>(points: readonly P[]): (P & { y: number })[][] {
  const runs: (P & { y: number })[][] = [];
  let run: (P & { y: number })[] = [];
  for (const point of points) {
    if (point.y === null || !Number.isFinite(point.y)) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push(point as P & { y: number });
  }
  if (run.length) runs.push(run);
  return runs;
}

/** SVG path data for one run of points already in pixels: "M1,2L3,4L5,6". */
export function segmentPath(run: readonly { x: number; y: number }[]): string {
  return run.map((point, i) => `${i === 0 ? 'M' : 'L'}${round(point.x)},${round(point.y)}`).join('');
}

/**
 * SVG path data for points in pixels, with a gap wherever y is null: each run starts with its own
 * move-to ("M1,2L3,4 M7,8L9,10"), so the line never bridges or sinks through a missing value.
 */
export function linePath(points: readonly PlotPoint[]): string {
  return segments(points).map(segmentPath).join(' ');
}

/** A tenth of a pixel is finer than any screen shows; shorter numbers keep the markup small. */
function round(value: number): number {
  return Math.round(value * 10) / 10 + 0;
}
