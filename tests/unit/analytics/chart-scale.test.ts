// The charts' arithmetic: round axis ticks, gaps (not zeros) where a value is unknown, and time ticks on
// the wall calendar of the brand's zone.
import { describe, expect, it } from 'vitest';
import { linePath, linearScale, niceTicks, segments, timeTickFormat, timeTicks } from '@/utils/analytics/chart-scale';
import { toWallClock } from '@/utils/time/wall-clock';

describe('linearScale', () => {
  it('maps a domain onto a range, also a reversed one (SVG y grows downwards)', () => {
    const y = linearScale([0, 100], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(25)).toBe(150);
    expect(y(100)).toBe(0);
  });

  it('puts everything in the middle of an empty domain', () => {
    expect(linearScale([5, 5], [0, 100])(5)).toBe(50);
  });
});

describe('niceTicks', () => {
  it.each([
    [0, 100, 5, [0, 20, 40, 60, 80, 100]],
    [0, 87, 5, [0, 20, 40, 60, 80, 100]],
    [0, 9, 5, [0, 2, 4, 6, 8, 10]],
    [0, 1, 5, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [0, 0.3, 3, [0, 0.1, 0.2, 0.3]],
    [0, 0.07, 4, [0, 0.02, 0.04, 0.06, 0.08]],
    [-12, 37, 5, [-20, -10, 0, 10, 20, 30, 40]],
    [0, 4_210, 4, [0, 1_000, 2_000, 3_000, 4_000, 5_000]],
    [1_200, 1_450, 5, [1_200, 1_250, 1_300, 1_350, 1_400, 1_450]],
  ])('%d…%d in about %d steps: %j', (min, max, count, expected) => {
    const result = niceTicks(min, max, count);
    expect(result.ticks).toEqual(expected);
    expect(result.min).toBe(expected[0]);
    expect(result.max).toBe(expected[expected.length - 1]);
  });

  it('steps by 1, 2 or 5 × 10ⁿ only', () => {
    for (const [min, max] of [[0, 3], [0, 13], [0, 77], [-0.5, 0.5], [10, 990], [0, 123_456]] as const) {
      const { step } = niceTicks(min, max);
      const mantissa = step / 10 ** Math.floor(Math.log10(step));
      expect([1, 2, 5]).toContainEqual(Number(mantissa.toPrecision(6)));
    }
  });

  it('gives an all-equal domain a zero baseline, and all zeros 0…1', () => {
    expect(niceTicks(0, 0).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(40, 40).ticks).toEqual([0, 10, 20, 30, 40]);
    expect(niceTicks(-3, -3).min).toBe(-3);
    expect(niceTicks(-3, -3).max).toBe(0);
  });

  it('never writes -0', () => {
    expect(Object.is(niceTicks(-0.2, 1).ticks.find((tick) => tick === 0), 0)).toBe(true);
  });
});

describe('segments and linePath', () => {
  it('breaks the line at null: separate move-to segments, no point at zero', () => {
    const points = [
      { x: 0, y: 10 },
      { x: 10, y: 20 },
      { x: 20, y: null },
      { x: 30, y: 5 },
      { x: 40, y: 7.25 },
    ];
    expect(linePath(points)).toBe('M0,10L10,20 M30,5L40,7.3');
    expect(segments(points)).toHaveLength(2);
    expect(linePath(points)).not.toMatch(/,0(?![.\d])/);
  });

  it('keeps a lone value as its own segment and skips leading, trailing and repeated nulls', () => {
    const points = [{ x: 0, y: null }, { x: 1, y: 3 }, { x: 2, y: null }, { x: 3, y: null }, { x: 4, y: 6 }, { x: 5, y: 8 }, { x: 6, y: null }];
    expect(linePath(points)).toBe('M1,3 M4,6L5,8');
    expect(segments(points).map((run) => run.length)).toEqual([1, 2]);
  });

  it('draws nothing when every value is unknown', () => {
    expect(linePath([{ x: 0, y: null }, { x: 1, y: null }])).toBe('');
  });
});

describe('timeTicks in Africa/Nairobi (UTC+3)', () => {
  const zone = 'Africa/Nairobi';
  const local = (ms: number) => toWallClock(ms, zone);

  it('ticks each local midnight over a week, not UTC midnight', () => {
    const start = Date.UTC(2026, 2, 1, 21, 0); // 2 March 00:00 in Nairobi
    const end = Date.UTC(2026, 2, 6, 12, 0);
    const { unit, step, ticks } = timeTicks(start, end, zone, 6);
    expect([unit, step]).toEqual(['day', 1]);
    expect(ticks.map((tick) => tick.localDate)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']);
    expect(ticks[0]!.at).toBe(Date.UTC(2026, 2, 1, 21, 0));
    for (const tick of ticks) expect(local(tick.at).localTime).toBe('00:00');
  });

  it('ticks Mondays over two months', () => {
    const { unit, step, ticks } = timeTicks(Date.UTC(2026, 2, 1), Date.UTC(2026, 3, 30), zone, 10);
    expect([unit, step]).toEqual(['week', 1]);
    expect(ticks[0]!.localDate).toBe('2026-03-02');
    for (const tick of ticks) {
      expect(local(tick.at).weekday).toBe(1);
      expect(local(tick.at).localTime).toBe('00:00');
    }
  });

  it('ticks first days of months over a year, every three months when space is short', () => {
    const start = Date.UTC(2026, 0, 1);
    const end = Date.UTC(2026, 11, 31);
    const monthly = timeTicks(start, end, zone, 12);
    expect([monthly.unit, monthly.step]).toEqual(['month', 1]);
    // 1 January 00:00 in Nairobi was 31 December 21:00 UTC, before the start: the first tick is February.
    expect(monthly.ticks.map((tick) => tick.localDate)).toEqual(
      ['02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((month) => `2026-${month}-01`),
    );
    const quarterly = timeTicks(start, end, zone, 4);
    expect([quarterly.unit, quarterly.step]).toEqual(['month', 3]);
    expect(quarterly.ticks.map((tick) => tick.localDate)).toEqual(['2026-04-01', '2026-07-01', '2026-10-01']);
    expect(quarterly.ticks[0]!.at).toBe(Date.UTC(2026, 2, 31, 21, 0));
  });

  it('ticks hours within a day and whole years over a decade', () => {
    const hours = timeTicks(Date.UTC(2026, 2, 1, 21), Date.UTC(2026, 2, 2, 9), zone, 5);
    expect([hours.unit, hours.step]).toEqual(['hour', 3]);
    expect(hours.ticks.map((tick) => local(tick.at).localTime)).toEqual(['00:00', '03:00', '06:00', '09:00', '12:00']);
    const years = timeTicks(Date.UTC(2016, 5, 1), Date.UTC(2026, 5, 1), zone, 6);
    expect(years.unit).toBe('month');
    expect(years.step % 12).toBe(0);
    for (const tick of years.ticks) expect(tick.localDate.slice(5)).toBe('01-01');
  });

  it('stays at midnight across a DST change elsewhere (Berlin, 29 March 2026)', () => {
    const { ticks } = timeTicks(Date.UTC(2026, 2, 27), Date.UTC(2026, 2, 31), 'Europe/Berlin', 6);
    const at = ticks.map((tick) => tick.at);
    const sunday = at.indexOf(Date.UTC(2026, 2, 28, 23)); // 29 March 00:00 CET
    expect(sunday).toBeGreaterThan(-1);
    expect(at[sunday + 1]).toBe(Date.UTC(2026, 2, 29, 22)); // 30 March 00:00 CEST, 23 hours later
  });

  it('says how to label each kind of tick', () => {
    const tick = { at: 0, localDate: '2026-01-01' };
    expect(timeTickFormat({ unit: 'day', step: 1 }, tick, false)).toEqual({ day: 'numeric', month: 'short' });
    expect(timeTickFormat({ unit: 'month', step: 1 }, tick, false)).toEqual({ month: 'short', year: 'numeric' });
    expect(timeTickFormat({ unit: 'month', step: 1 }, { at: 0, localDate: '2026-03-01' }, false)).toEqual({ month: 'short' });
    expect(timeTickFormat({ unit: 'month', step: 12 }, tick, false)).toEqual({ year: 'numeric' });
  });
});
