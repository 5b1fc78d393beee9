// Wall clock ⇄ instant: hand-checked cases (each verified against Intl's offset names first), the
// helpers built on it, and independence from the machine's own time zone.
import { describe, expect, it } from 'vitest';
import { moveKeepingWallClock, nextFullHour, resolveWallClock, toInstant, toWallClock, todayIn } from '@/utils/time/wall-clock';

const at = (iso: string): number => Date.parse(iso);

/** [zone, local date, local time, expected instant, why] */
const HAND_CHECKED: [string, string, string, string, string][] = [
  ['Europe/Berlin', '2026-03-29', '02:30', '2026-03-29T01:30:00Z', 'gap 02:00→03:00: 03:30 CEST'],
  ['Europe/Berlin', '2026-10-25', '02:30', '2026-10-25T00:30:00Z', 'overlap: 02:30 CEST, the earlier'],
  ['Europe/Berlin', '2026-10-25', '03:00', '2026-10-25T02:00:00Z', 'just after the overlap: CET'],
  ['Europe/Berlin', '2026-07-01', '09:00', '2026-07-01T07:00:00Z', 'summer: CEST'],
  ['America/New_York', '2026-03-08', '02:30', '2026-03-08T07:30:00Z', 'gap 02:00→03:00: 03:30 EDT'],
  ['America/New_York', '2026-11-01', '01:30', '2026-11-01T05:30:00Z', 'overlap: 01:30 EDT, the earlier'],
  ['Australia/Lord_Howe', '2026-10-04', '02:15', '2026-10-03T15:45:00Z', '30-min gap 02:00→02:30: 02:45 +11:00'],
  ['Australia/Lord_Howe', '2026-10-04', '02:30', '2026-10-03T15:30:00Z', 'first minute after the gap'],
  ['Australia/Lord_Howe', '2026-04-05', '01:45', '2026-04-04T14:45:00Z', '30-min overlap 02:00→01:30: +11:00, the earlier'],
  ['Australia/Lord_Howe', '2027-04-04', '01:30', '2027-04-03T14:30:00Z', 'first minute of the overlap: +11:00'],
  ['Africa/Nairobi', '2026-03-29', '02:30', '2026-03-28T23:30:00Z', 'UTC+3, no DST'],
  ['Asia/Kolkata', '2026-10-25', '02:30', '2026-10-24T21:00:00Z', 'UTC+5:30, no DST'],
  ['Asia/Kolkata', '2026-01-01', '00:00', '2025-12-31T18:30:00Z', 'midnight is the day before in UTC'],
];

describe('toInstant', () => {
  it.each(HAND_CHECKED)('%s %s %s → %s (%s)', (zone, localDate, localTime, expected) => {
    expect(new Date(toInstant(localDate, localTime, zone)).toISOString()).toBe(new Date(expected).toISOString());
  });

  it('says whether the zone skips or repeats a time', () => {
    expect(resolveWallClock('2026-03-29', '02:30', 'Europe/Berlin')).toEqual({ scheduledAt: at('2026-03-29T01:30:00Z'), kind: 'gap' });
    expect(resolveWallClock('2026-10-25', '02:30', 'Europe/Berlin')).toEqual({ scheduledAt: at('2026-10-25T00:30:00Z'), kind: 'overlap' });
    expect(resolveWallClock('2026-10-25', '12:00', 'Europe/Berlin')).toEqual({ scheduledAt: at('2026-10-25T11:00:00Z'), kind: 'exact' });
  });

  it('rejects what is not a date, a time or a zone', () => {
    expect(() => toInstant('2026-02-30', '09:00', 'Europe/Berlin')).toThrow(RangeError);
    expect(() => toInstant('2026-2-3', '09:00', 'Europe/Berlin')).toThrow(RangeError);
    expect(() => toInstant('2026-02-03', '24:00', 'Europe/Berlin')).toThrow(RangeError);
    expect(() => toInstant('2026-02-03', '9:00', 'Europe/Berlin')).toThrow(RangeError);
    expect(() => toInstant('2026-02-03', '09:00', 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('toWallClock', () => {
  it('reads the wall clock and ISO weekday in a zone', () => {
    expect(toWallClock(at('2026-10-25T00:30:00Z'), 'Europe/Berlin')).toEqual({ localDate: '2026-10-25', localTime: '02:30', weekday: 7 });
    expect(toWallClock(at('2026-10-25T01:30:00Z'), 'Europe/Berlin')).toEqual({ localDate: '2026-10-25', localTime: '02:30', weekday: 7 });
    expect(toWallClock(at('2026-12-31T21:00:00Z'), 'Africa/Nairobi')).toEqual({ localDate: '2027-01-01', localTime: '00:00', weekday: 5 });
    expect(toWallClock(at('2026-03-29T00:59:59.999Z'), 'Europe/Berlin')).toMatchObject({ localTime: '01:59' }); // seconds dropped
    expect(toWallClock(at('2026-04-04T15:00:00Z'), 'Australia/Lord_Howe')).toMatchObject({ localDate: '2026-04-05', localTime: '01:30' });
  });
});

describe('todayIn', () => {
  it('is the date on the zone’s wall calendar', () => {
    const now = at('2026-12-31T21:30:00Z');
    expect(todayIn('Africa/Nairobi', now)).toBe('2027-01-01');
    expect(todayIn('America/New_York', now)).toBe('2026-12-31');
    expect(todayIn('Asia/Kolkata', at('2026-03-28T18:29:00Z'))).toBe('2026-03-28');
    expect(todayIn('Asia/Kolkata', at('2026-03-28T18:30:00Z'))).toBe('2026-03-29');
  });
});

describe('nextFullHour', () => {
  it('is the next full hour on the wall clock, also across :30 offsets and midnight', () => {
    expect(nextFullHour(at('2026-05-01T03:45:00Z'), 'Asia/Kolkata')).toEqual({ localDate: '2026-05-01', localTime: '10:00', scheduledAt: at('2026-05-01T04:30:00Z') });
    expect(nextFullHour(at('2026-05-01T20:20:00Z'), 'Africa/Nairobi')).toEqual({ localDate: '2026-05-02', localTime: '00:00', scheduledAt: at('2026-05-01T21:00:00Z') });
    expect(nextFullHour(at('2026-05-01T07:00:00Z'), 'Africa/Nairobi')).toMatchObject({ localTime: '11:00' }); // strictly after
  });

  it('lands on what the clock shows when the next hour is skipped', () => {
    // 01:10 CET on the spring-forward night: 02:00 does not exist, the clock shows 03:00.
    expect(nextFullHour(at('2026-03-29T00:10:00Z'), 'Europe/Berlin')).toEqual({ localDate: '2026-03-29', localTime: '03:00', scheduledAt: at('2026-03-29T01:00:00Z') });
    // 01:40 on Lord Howe: 02:00 does not exist, the clock shows 02:30.
    expect(nextFullHour(at('2026-10-03T15:10:00Z'), 'Australia/Lord_Howe')).toEqual({ localDate: '2026-10-04', localTime: '02:30', scheduledAt: at('2026-10-03T15:30:00Z') });
  });
});

describe('moveKeepingWallClock', () => {
  const post = { localDate: '2026-03-24', localTime: '09:00', timeZone: 'Europe/Berlin' };

  it('keeps 09:00 on the wall across a DST change, not the 7 × 24 h distance', () => {
    expect(toInstant(post.localDate, post.localTime, post.timeZone)).toBe(at('2026-03-24T08:00:00Z')); // CET
    expect(moveKeepingWallClock(post, '2026-03-31')).toEqual({ localDate: '2026-03-31', localTime: '09:00', scheduledAt: at('2026-03-31T07:00:00Z') }); // CEST
    expect(moveKeepingWallClock(post, '2026-11-02', '18:15')).toEqual({ localDate: '2026-11-02', localTime: '18:15', scheduledAt: at('2026-11-02T17:15:00Z') });
  });

  it('keeps the intended time when the new day skips it, so a later move brings it back', () => {
    const moved = moveKeepingWallClock(post, '2026-03-29', '02:30');
    expect(moved).toEqual({ localDate: '2026-03-29', localTime: '02:30', scheduledAt: at('2026-03-29T01:30:00Z') });
    expect(moveKeepingWallClock({ ...moved, timeZone: post.timeZone }, '2026-04-05')).toEqual({ localDate: '2026-04-05', localTime: '02:30', scheduledAt: at('2026-04-05T00:30:00Z') });
  });
});

describe('independence from the machine’s time zone', () => {
  /** Each host zone's offset in July 2026, in minutes, to prove the switch took effect. */
  const julyOffsets: Record<string, number> = {
    UTC: 0,
    'Europe/Berlin': 120,
    'America/New_York': -240,
    'Australia/Lord_Howe': 630,
    'Pacific/Kiritimati': 840,
  };

  // @date-fns/tz's TZDate resolves a repeated time differently depending on the machine's zone; this
  // implementation must not. Node re-reads TZ when it is assigned, so the host zone can be switched here.
  it.each(Object.keys(julyOffsets))('gives the same answers on a %s machine', (host) => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = host;
      expect(new Date(Date.UTC(2026, 6, 1)).getTimezoneOffset() + (julyOffsets[host] ?? NaN)).toBe(0);
      for (const [zone, localDate, localTime, expected] of HAND_CHECKED) {
        expect(toInstant(localDate, localTime, zone), `${zone} ${localDate} ${localTime}`).toBe(at(expected));
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
