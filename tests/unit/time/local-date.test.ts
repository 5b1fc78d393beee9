// Calendar-date arithmetic on 'YYYY-MM-DD': no zone, so no DST day can be lost or doubled.
import { describe, expect, it } from 'vitest';
import { addDays, compareLocalDates, daysBetween, isoWeekday, parseLocalDate } from '@/utils/time/local-date';
import * as wallClock from '@/utils/time/wall-clock';

describe('addDays', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29'); // Berlin's 23-hour day is still one day
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-01-01', -365)).toBe('2025-01-01');
    expect(addDays('2026-06-15', 0)).toBe('2026-06-15');
  });

  it('refuses fractions of a day', () => {
    expect(() => addDays('2026-06-15', 0.5)).toThrow(RangeError);
  });
});

describe('compareLocalDates and daysBetween', () => {
  it('orders dates and counts whole days', () => {
    expect(['2027-01-01', '2026-12-31', '2026-02-01'].sort(compareLocalDates)).toEqual(['2026-02-01', '2026-12-31', '2027-01-01']);
    expect(compareLocalDates('2026-10-25', '2026-10-25')).toBe(0);
    expect(daysBetween('2026-01-01', '2026-01-03')).toBe(2);
    expect(daysBetween('2026-01-03', '2026-01-01')).toBe(-2);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-03-01', '2026-11-01')).toBe(245); // across both of Berlin's changes
  });
});

describe('isoWeekday', () => {
  it('is 1 for Monday … 7 for Sunday, also before 1970', () => {
    expect(isoWeekday('2026-01-01')).toBe(4); // Thursday
    expect(isoWeekday('2026-03-29')).toBe(7); // Sunday
    expect(isoWeekday('2026-03-30')).toBe(1); // Monday
    expect(isoWeekday('1969-12-29')).toBe(1); // Monday
    expect(isoWeekday('1969-12-28')).toBe(7); // Sunday
  });
});

describe('parseLocalDate', () => {
  it('accepts real days only', () => {
    expect(parseLocalDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(() => parseLocalDate('2027-02-29')).toThrow(RangeError);
    expect(() => parseLocalDate('2026-13-01')).toThrow(RangeError);
    expect(() => parseLocalDate('2026-1-01')).toThrow(RangeError);
    expect(() => parseLocalDate('')).toThrow(RangeError);
  });
});

describe('wall-clock.ts', () => {
  it('offers the date arithmetic too, for callers that plan in dates and times together', () => {
    expect(wallClock.addDays).toBe(addDays);
    expect(wallClock.compareLocalDates).toBe(compareLocalDates);
    expect(wallClock.daysBetween).toBe(daysBetween);
    expect(wallClock.isoWeekday).toBe(isoWeekday);
  });
});
