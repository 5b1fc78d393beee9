// Every real offset change of five zones in 2026–2030, found with Intl independently of the code under
// test: gaps move forward, overlaps take the earlier offset, ordinary times round-trip, and a weekly
// 09:00 slot stays at 09:00 on the wall.
import { describe, expect, it } from 'vitest';
import type { Slot } from '@/storage/schemas';
import { addDays, isoWeekday } from '@/utils/time/local-date';
import { expandSlots } from '@/utils/time/recurrence';
import { resolveWallClock, toInstant, toWallClock } from '@/utils/time/wall-clock';
import { DAY_MS, MINUTE_MS, findTransitions, offsetMinutes, wallAt, wallOf, type Transition } from './transitions';

const YEARS = [2026, 2027, 2028, 2029, 2030];
/** Each zone with the rule its changes follow, to prove the scan found the real ones. */
const ZONES: { zone: string; changes: { month: number; nthSunday: number | 'last' }[] }[] = [
  { zone: 'Africa/Nairobi', changes: [] }, // UTC+3 all year
  { zone: 'Asia/Kolkata', changes: [] }, // UTC+5:30 all year
  // EU: last Sunday of March and of October.
  { zone: 'Europe/Berlin', changes: [{ month: 3, nthSunday: 'last' }, { month: 10, nthSunday: 'last' }] },
  // US: second Sunday of March, first Sunday of November.
  { zone: 'America/New_York', changes: [{ month: 3, nthSunday: 2 }, { month: 11, nthSunday: 1 }] },
  // Lord Howe: DST (+11) ends the first Sunday of April, 02:00 → 01:30; starts the first Sunday of October, 02:00 → 02:30.
  { zone: 'Australia/Lord_Howe', changes: [{ month: 4, nthSunday: 1 }, { month: 10, nthSunday: 1 }] },
];

function slot(id: string, weekday: number, localTime: string): Slot {
  return { id, weekday, localTime, platform: 'instagram', format: 'reel', pillar: 'coffee', active: true, createdAt: 0, updatedAt: 0 };
}

/** The local date where the change happens (the wall clock just before it). */
function changeDate(zone: string, { at }: Transition): string {
  return wallOf(wallAt(zone, at - MINUTE_MS)).localDate;
}

/** Wall-clock readings (as UTC ms) that the zone skips or repeats at a change, as [start, end). */
function affectedReadings({ at, before, after }: Transition): [number, number] {
  return before < after ? [at + before * MINUTE_MS, at + after * MINUTE_MS] : [at + after * MINUTE_MS, at + before * MINUTE_MS];
}

describe.each(ZONES)('$zone', ({ zone, changes }) => {
  describe.each(YEARS)('%i', (year) => {
    const transitions = findTransitions(zone, year);

    it('has the offset changes its rule says (so the checks below are not vacuous)', () => {
      expect(transitions.map((transition) => changeDate(zone, transition))).toEqual(
        changes.map(({ month, nthSunday }) => nthSundayOf(year, month, nthSunday)),
      );
    });

    it('moves a time in a spring-forward gap forward by the gap', () => {
      for (const transition of transitions.filter(({ before, after }) => after > before)) {
        const { at, before, after } = transition;
        const gap = after - before;
        const [start] = affectedReadings(transition);
        for (const minutes of [0, gap / 2, gap - 1]) {
          const { localDate, localTime } = wallOf(start + minutes * MINUTE_MS);
          const instant = toInstant(localDate, localTime, zone);
          expect(instant, `${localDate} ${localTime}`).toBe(at + minutes * MINUTE_MS);
          expect(toWallClock(instant, zone)).toMatchObject(wallOf(start + (minutes + gap) * MINUTE_MS));
          expect(resolveWallClock(localDate, localTime, zone).kind).toBe('gap');
        }
        // The last minute before the gap and the first one after it exist, once each.
        const justBefore = wallOf(start - MINUTE_MS);
        expect(resolveWallClock(justBefore.localDate, justBefore.localTime, zone)).toEqual({ scheduledAt: at - MINUTE_MS, kind: 'exact' });
        const justAfter = wallOf(start + gap * MINUTE_MS);
        expect(resolveWallClock(justAfter.localDate, justAfter.localTime, zone)).toEqual({ scheduledAt: at, kind: 'exact' });
      }
    });

    it('gives a repeated time in a fall-back overlap the earlier offset (the smaller instant)', () => {
      for (const transition of transitions.filter(({ before, after }) => after < before)) {
        const { at, before, after } = transition;
        const overlap = before - after;
        const [start, end] = affectedReadings(transition);
        for (const minutes of [0, overlap / 2, overlap - 1]) {
          const reading = start + minutes * MINUTE_MS;
          const { localDate, localTime } = wallOf(reading);
          const first = reading - before * MINUTE_MS;
          const second = reading - after * MINUTE_MS;
          // Both instants really show this reading (checked with Intl), and the first is earlier.
          expect([wallAt(zone, first), wallAt(zone, second)]).toEqual([reading, reading]);
          expect(first).toBeLessThan(second);
          expect(toInstant(localDate, localTime, zone), `${localDate} ${localTime}`).toBe(first);
          expect(resolveWallClock(localDate, localTime, zone).kind).toBe('overlap');
        }
        const justAfter = wallOf(end);
        expect(resolveWallClock(justAfter.localDate, justAfter.localTime, zone)).toEqual({ scheduledAt: at + overlap * MINUTE_MS, kind: 'exact' });
        const justBefore = wallOf(start - MINUTE_MS);
        expect(toInstant(justBefore.localDate, justBefore.localTime, zone)).toBe(at - (overlap + 1) * MINUTE_MS);
      }
    });

    it('round-trips every quarter hour around the changes (and on ordinary days)', () => {
      const days = new Set([`${year}-01-01`, `${year}-07-01`]);
      for (const transition of transitions) {
        const date = changeDate(zone, transition);
        for (const offset of [-1, 0, 1]) days.add(addDays(date, offset));
      }
      const gaps = transitions.filter(({ before, after }) => after > before).map(affectedReadings);
      let checked = 0;
      for (const localDate of days) {
        for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
          const { localTime } = wallOf(minutes * MINUTE_MS);
          const reading = Date.parse(`${localDate}T${localTime}:00Z`);
          if (gaps.some(([start, end]) => reading >= start && reading < end)) continue;
          const instant = toInstant(localDate, localTime, zone);
          expect(wallAt(zone, instant), `${localDate} ${localTime}`).toBe(reading);
          expect(toWallClock(instant, zone), `${localDate} ${localTime}`).toEqual({ localDate, localTime, weekday: isoWeekday(localDate) });
          checked += 1;
        }
      }
      expect(checked).toBeGreaterThan(2 * 90);
    });

    it('keeps a weekly 09:00 slot at 09:00 on the wall; the week across a change is shorter or longer by the shift', () => {
      // Without changes, the weeks around the last Sundays of March and October (the EU dates) stand in.
      const centres = transitions.length > 0
        ? transitions.map((transition) => ({ date: changeDate(zone, transition), shift: transition.after - transition.before }))
        : [nthSundayOf(year, 3, 'last'), nthSundayOf(year, 10, 'last')].map((date) => ({ date, shift: 0 }));
      for (const { date, shift } of centres) {
        // The change's own weekday (a Sunday, after its 02:00 change) and a Tuesday.
        const slots = [slot('on-change-day', isoWeekday(date), '09:00'), slot('tuesday', 2, '09:00')];
        const occurrences = expandSlots(slots, addDays(date, -28), addDays(date, 28), zone);
        for (const { id, weekday } of slots) {
          const series = occurrences.filter(({ slotId }) => slotId === id);
          expect(series.length).toBeGreaterThanOrEqual(8);
          for (const occurrence of series) {
            expect(toWallClock(occurrence.scheduledAt, zone)).toEqual({ localDate: occurrence.localDate, localTime: '09:00', weekday });
          }
          const weeks = series.slice(1).map((next, index) => next.scheduledAt - (series[index]?.scheduledAt ?? NaN));
          const expected = series.slice(1).map((next, index) => {
            const previous = series[index]?.scheduledAt ?? NaN;
            return 7 * DAY_MS - (offsetMinutes(zone, next.scheduledAt) - offsetMinutes(zone, previous)) * MINUTE_MS;
          });
          expect(weeks).toEqual(expected);
          // Exactly one week differs from 7 × 24 h, by the shift (none without a change).
          expect(weeks.filter((week) => week !== 7 * DAY_MS)).toEqual(shift === 0 ? [] : [7 * DAY_MS - shift * MINUTE_MS]);
        }
      }
    });
  });
});

/** The nth (or last) Sunday of a month, as a local date. */
function nthSundayOf(year: number, month: number, nth: number | 'last'): string {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const firstSunday = addDays(first, 7 - isoWeekday(first));
  if (nth !== 'last') return addDays(firstSunday, (nth - 1) * 7);
  let sunday = firstSunday;
  while (addDays(sunday, 7).slice(0, 7) === first.slice(0, 7)) sunday = addDays(sunday, 7);
  return sunday;
}
