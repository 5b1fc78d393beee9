/**
 * Wall-clock time in an IANA time zone ⇄ instants (epoch milliseconds).
 *
 * A planned post keeps its intent ('2026-03-29', '09:00', 'Europe/Berlin') and the instant is derived
 * from it, so "every Tuesday at 09:00" stays 09:00 on the wall across DST changes. Two wall-clock times
 * need a rule, because the zone's clock either skips or repeats them (ARCHITECTURE.md "Storage contract"):
 * - a time in a spring-forward gap does not exist: it moves forward by the length of the gap
 *   (Berlin 2026-03-29 02:30 → 03:30 CEST; Lord Howe's 30-minute gap moves 02:15 to 02:45);
 * - a time in a fall-back overlap happens twice: it takes the earlier offset, the first occurrence
 *   (Berlin 2026-10-25 02:30 → 02:30 CEST, not CET).
 *
 * Why not `new TZDate(y, m, d, h, min, zone)` from @date-fns/tz: it builds the date through the
 * machine's own zone first, so its answer at a change depends on where the browser runs (measured with
 * 1.5.0: Berlin 2026-10-25 02:30 came out CET on a UTC or New York machine and CEST on a Berlin one;
 * Berlin 2026-03-29 02:30 came out 01:30 CET, moved backwards, on a London machine; Lord Howe's 02:15
 * moved a whole hour, to 03:15, on a Sydney machine).
 * Its `tzOffset` is not used either: it reads offsets between −01:00 and 00:00 with the wrong sign
 * (Africa/Monrovia's −00:44:30 until 1972 becomes +44.5 minutes). So the rule is implemented here on
 * `Intl.DateTimeFormat` alone, which the browser keeps up to date with the IANA database.
 */
import { addDays, dayNumberOf, formatDateParts, isoWeekday } from '@/utils/time/local-date';

// Callers plan in local dates and times together; the date arithmetic lives in local-date.ts.
export { addDays, compareLocalDates, daysBetween, isoWeekday } from '@/utils/time/local-date';

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const LOCAL_TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** What a clock on the wall in some zone shows at an instant. */
export type WallClock = {
  /** 'YYYY-MM-DD' */
  localDate: string;
  /** 'HH:mm', 24 h; seconds are dropped, not rounded. */
  localTime: string;
  /** ISO weekday of `localDate`: 1 = Monday … 7 = Sunday. */
  weekday: number;
};

/** A planned time: its wall-clock intent and the instant derived from it. */
export type PlannedTime = { localDate: string; localTime: string; scheduledAt: number };

/**
 * How a wall-clock time maps to the zone's timeline: `exact` (once), `gap` (skipped by a
 * spring-forward change, moved forward) or `overlap` (repeated by a fall-back change, first one taken).
 */
export type WallClockKind = 'exact' | 'gap' | 'overlap';

/** The instant (epoch ms) of a wall-clock time in a zone, with the gap and overlap rules above. */
export function toInstant(localDate: string, localTime: string, timeZone: string): number {
  return resolveWallClock(localDate, localTime, timeZone).scheduledAt;
}

/**
 * The instant of a wall-clock time and whether the zone skips or repeats it there, so a form can say
 * "02:30 does not exist on 29 March; the post goes out at 03:30".
 */
export function resolveWallClock(
  localDate: string,
  localTime: string,
  timeZone: string,
): { scheduledAt: number; kind: WallClockKind } {
  // The wall-clock reading written as if it were UTC; an instant is this minus the offset in force.
  const wall = dayNumberOf(localDate) * DAY_MS + minutesOfDay(localTime) * MINUTE_MS;
  // Offsets stay within ±14 h, so the instant lies within a day of `wall`, and the offsets a day
  // before and after are the ones on either side of any change near it (zones change at most
  // twice a year; none changes twice within two days).
  const offsetBefore = offsetAt(wall - DAY_MS, timeZone);
  const candidates = [offsetBefore, offsetAt(wall, timeZone), offsetAt(wall + DAY_MS, timeZone)]
    .map((offset) => wall - offset)
    // An instant is a reading of this wall clock only if the offset in force then is the one assumed.
    .filter((instant) => offsetAt(instant, timeZone) === wall - instant);
  const occurrences = [...new Set(candidates)].sort((a, b) => a - b);
  const [first] = occurrences;
  if (first === undefined) {
    // Skipped: read with the offset from before the change, the time lands as far past the change as
    // it was past the start of the gap, i.e. it moves forward by the gap's length.
    return { scheduledAt: wall - offsetBefore, kind: 'gap' };
  }
  return { scheduledAt: first, kind: occurrences.length > 1 ? 'overlap' : 'exact' };
}

/** The wall clock in a zone at an instant. */
export function toWallClock(instant: number, timeZone: string): WallClock {
  const wall = new Date(wallReadingOf(instant, timeZone));
  const localDate = formatDateParts(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate());
  return { localDate, localTime: formatTime(wall.getUTCHours(), wall.getUTCMinutes()), weekday: isoWeekday(localDate) };
}

/** Today's date on the wall calendar of a zone. */
export function todayIn(timeZone: string, now: number): string {
  return toWallClock(now, timeZone).localDate;
}

/**
 * The first full hour on the wall clock after `now`, a default time for a new post. An hour that the
 * zone skips resolves like any other time in a gap, and the result is what the clock will show then
 * (02:00 on Berlin's spring-forward night is 03:00; on Lord Howe's, 02:30).
 */
export function nextFullHour(now: number, timeZone: string): PlannedTime {
  const { localDate, localTime } = toWallClock(now, timeZone);
  const hour = Number(localTime.slice(0, 2)) + 1;
  const scheduledAt = toInstant(hour === 24 ? addDays(localDate, 1) : localDate, formatTime(hour % 24, 0), timeZone);
  const shown = toWallClock(scheduledAt, timeZone);
  return { localDate: shown.localDate, localTime: shown.localTime, scheduledAt };
}

/**
 * Reschedules a planned time to another day (and optionally another time), keeping its wall-clock
 * intent: a 09:00 post dragged across a DST change is still at 09:00, not 08:00 or 10:00. A time that
 * falls in a gap on the new day keeps its intent and its instant moves forward (see `toInstant`), so
 * moving it again to an ordinary day brings back the time the person chose.
 */
export function moveKeepingWallClock(
  planned: { localTime: string; timeZone: string },
  newLocalDate: string,
  newLocalTime: string = planned.localTime,
): PlannedTime {
  return { localDate: newLocalDate, localTime: newLocalTime, scheduledAt: toInstant(newLocalDate, newLocalTime, planned.timeZone) };
}

// ── Reading offsets from Intl ────────────────────────────────────────────────────────────────────

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws a RangeError for an unknown zone, which is the error the caller should see.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's wall-clock reading at an instant, to the second, written as if it were UTC. */
function wallReadingOf(instant: number, timeZone: string): number {
  if (!Number.isFinite(instant)) throw new RangeError(`Not an instant: ${instant}`);
  const fields: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const { type, value } of formatterFor(timeZone).formatToParts(instant)) fields[type] = Number(value);
  const { year = NaN, month = NaN, day = NaN, hour = NaN, minute = NaN, second = NaN } = fields;
  const wall = new Date(0);
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999. `% 24`: some engines wrote
  // midnight as hour 24 despite `h23`.
  wall.setUTCFullYear(year, month - 1, day);
  wall.setUTCHours(hour % 24, minute, second);
  return wall.getTime();
}

/** The zone's UTC offset at an instant, in milliseconds (Berlin in summer: +7 200 000). */
function offsetAt(instant: number, timeZone: string): number {
  // Intl shows whole seconds, so compare with the instant cut to whole seconds too.
  return wallReadingOf(instant, timeZone) - Math.floor(instant / 1000) * 1000;
}

function minutesOfDay(localTime: string): number {
  const match = LOCAL_TIME_PATTERN.exec(localTime);
  if (!match) throw new RangeError(`Not a local time (HH:mm, 24 h): ${JSON.stringify(localTime)}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function formatTime(hours: number, minutes: number): string {
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
