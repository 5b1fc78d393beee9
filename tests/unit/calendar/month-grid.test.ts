// Month and week views: six rows of seven local dates, Monday or Sunday first.
import { describe, expect, it } from 'vitest';
import { addMonths, monthGrid, monthOf, weekOf } from '@/utils/calendar/month-grid';
import { addDays, isoWeekday } from '@/utils/time/local-date';

describe('monthGrid', () => {
  // February 2026 starts on a Sunday and fits in four Sunday-first rows; February 2027 starts on a Monday.
  it.each([
    [2026, 1, '2026-01-26', '2026-03-08'],
    [2026, 7, '2026-02-01', '2026-03-14'],
    [2027, 1, '2027-02-01', '2027-03-14'],
    [2027, 7, '2027-01-31', '2027-03-13'],
  ] as const)('February %i, week starting on ISO day %i: %s … %s', (year, weekStartsOn, first, last) => {
    const grid = monthGrid(year, 2, weekStartsOn);
    expect(grid).toHaveLength(6);
    expect(grid.every((row) => row.length === 7)).toBe(true);
    expect(grid[0]?.[0]).toBe(first);
    expect(grid[5]?.[6]).toBe(last);
    const cells = grid.flat();
    // Consecutive days, every row starting on the chosen weekday, the whole month inside.
    expect(cells.every((date, index) => date === addDays(first, index))).toBe(true);
    expect(grid.every((row) => row[0] !== undefined && isoWeekday(row[0]) === weekStartsOn)).toBe(true);
    expect(cells.filter((date) => date.startsWith(`${year}-02-`))).toHaveLength(28);
  });

  it('covers a 31-day month that starts at the end of a week', () => {
    // 2026-08-01 is a Saturday: with Monday first, the month spills into a sixth row.
    const grid = monthGrid(2026, 8, 1);
    expect(grid[0]).toEqual(['2026-07-27', '2026-07-28', '2026-07-29', '2026-07-30', '2026-07-31', '2026-08-01', '2026-08-02']);
    expect(grid[5]).toEqual(['2026-08-31', '2026-09-01', '2026-09-02', '2026-09-03', '2026-09-04', '2026-09-05', '2026-09-06']);
  });

  it('refuses a month outside 1–12', () => {
    expect(() => monthGrid(2026, 13, 1)).toThrow(RangeError);
    expect(() => monthGrid(2026, 0, 7)).toThrow(RangeError);
  });
});

describe('weekOf', () => {
  it('crosses the year boundary', () => {
    expect(weekOf('2026-12-31', 1)).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
    expect(weekOf('2027-01-01', 7)).toEqual(['2026-12-27', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
  });

  it('starts on the date itself when it is the first day of the week', () => {
    expect(weekOf('2026-03-29', 7)[0]).toBe('2026-03-29'); // a Sunday
    expect(weekOf('2026-03-29', 1)[0]).toBe('2026-03-23');
    expect(weekOf('2026-03-29', 1)[6]).toBe('2026-03-29');
  });
});

describe('monthOf and addMonths', () => {
  it('reads the month of a date', () => {
    expect(monthOf('2026-02-28')).toEqual({ year: 2026, month: 2 });
  });

  it('steps across years both ways', () => {
    expect(addMonths(2026, 12, 1)).toEqual({ year: 2027, month: 1 });
    expect(addMonths(2026, 1, -1)).toEqual({ year: 2025, month: 12 });
    expect(addMonths(2026, 3, -15)).toEqual({ year: 2024, month: 12 });
    expect(addMonths(2026, 11, 26)).toEqual({ year: 2029, month: 1 });
    expect(addMonths(2026, 5, 0)).toEqual({ year: 2026, month: 5 });
  });
});
