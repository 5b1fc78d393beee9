// The calendar's pure parts: wall-clock steps, moves across zones, yearly events, campaign lanes.
import { describe, expect, it } from 'vitest';
import { layoutCampaignBands, textColorOn } from '@/components/plan/calendar/campaign-lanes';
import { planMove, shiftWallClock } from '@/components/plan/calendar/move-post';
import { stepAnchor, visibleRange } from '@/components/plan/calendar/calendar-range';
import { occurrencesBetween } from '@/storage/calendar-events';
import type { CalendarEvent, Campaign } from '@/storage/schemas';
import { monthGrid } from '@/utils/calendar/month-grid';
import { toInstant } from '@/utils/time/wall-clock';

describe('shiftWallClock', () => {
  it('steps over midnight and month ends on the wall calendar', () => {
    expect(shiftWallClock({ localDate: '2026-12-31', localTime: '23:30' }, 0, 60)).toEqual({ localDate: '2027-01-01', localTime: '00:30' });
    expect(shiftWallClock({ localDate: '2026-03-01', localTime: '00:15' }, 0, -60)).toEqual({ localDate: '2026-02-28', localTime: '23:15' });
    expect(shiftWallClock({ localDate: '2026-12-15', localTime: '18:00' }, -1)).toEqual({ localDate: '2026-12-14', localTime: '18:00' });
  });
});

describe('planMove', () => {
  it('keeps the chosen time in the brand zone, also across a DST change', () => {
    const post = { timeZone: 'Europe/Berlin', localTime: '09:00' };
    const moved = planMove(post, 'Europe/Berlin', { localDate: '2026-03-30', localTime: '09:00' });
    expect(moved).toEqual({ localDate: '2026-03-30', localTime: '09:00' });
    expect(toInstant(moved.localDate, moved.localTime, 'Europe/Berlin') - toInstant('2026-03-27', '09:00', 'Europe/Berlin')).toBe((3 * 24 - 1) * 3_600_000);
  });

  it('keeps a post planned in another zone in that zone, at the instant pointed at', () => {
    // 01:00 in Nairobi on the 18th is 22:00 UTC on the 17th.
    expect(planMove({ timeZone: 'UTC', localTime: '22:00' }, 'Africa/Nairobi', { localDate: '2026-12-18', localTime: '01:00' })).toEqual({ localDate: '2026-12-17', localTime: '22:00' });
  });
});

describe('occurrencesBetween', () => {
  const event = (overrides: Partial<CalendarEvent>): CalendarEvent => ({ id: 'e', title: 'E', date: '2019-11-20', endDate: null, yearly: false, notes: '', createdAt: 0, updatedAt: 0, ...overrides });

  it('repeats yearly events on their month and day, never before their first year', () => {
    expect(occurrencesBetween([event({ yearly: true })], '2026-11-01', '2026-11-30').map((o) => o.date)).toEqual(['2026-11-20']);
    expect(occurrencesBetween([event({ yearly: true, date: '2027-11-20' })], '2026-11-01', '2026-11-30')).toEqual([]);
    expect(occurrencesBetween([event({ yearly: true, date: '2024-02-29' })], '2027-02-01', '2027-02-28').map((o) => o.date)).toEqual(['2027-02-28']);
  });

  it('keeps a multi-day event that starts before the range, and across New Year', () => {
    const festive = event({ yearly: true, date: '2020-12-30', endDate: '2021-01-02' });
    expect(occurrencesBetween([festive], '2027-01-01', '2027-01-31')).toEqual([{ eventId: 'e', title: 'E', date: '2026-12-30', endDate: '2027-01-02' }]);
    expect(occurrencesBetween([event({ date: '2026-11-28', endDate: '2026-11-29' })], '2026-11-29', '2026-12-05')).toHaveLength(1);
    expect(occurrencesBetween([event({ date: '2026-11-28', endDate: '2026-11-29' })], '2026-11-30', '2026-12-05')).toHaveLength(0);
  });
});

describe('layoutCampaignBands', () => {
  const campaign = (id: string, start: string, end: string): Campaign => ({ id, name: id, kind: 'promotion', start, end, goalIds: [], color: '#7c3aed', notes: '', createdAt: 0, updatedAt: 0 });
  const weeks = monthGrid(2026, 11, 1);

  it('splits a band by week and stacks overlapping campaigns in lanes that they keep', () => {
    const { segments, lanes } = layoutCampaignBands([campaign('bf', '2026-11-27', '2026-11-30'), campaign('giveaway', '2026-11-20', '2026-11-28'), campaign('later', '2026-12-01', '2026-12-03')], weeks);
    // The grid of November 2026 starts on Monday 26 October.
    const week4 = segments[4]!;
    expect(week4.map((s) => [s.campaign.id, s.lane, s.column, s.span])).toEqual([['giveaway', 0, 0, 6], ['bf', 1, 4, 3]]);
    expect(segments[5]!.map((s) => [s.campaign.id, s.lane, s.column, s.span, s.isFirst])).toEqual([['bf', 1, 0, 1, false], ['later', 0, 1, 3, true]]);
    expect(lanes).toEqual([0, 0, 0, 1, 2, 2]);
  });

  it('reads black text on light colours and white on dark ones', () => {
    expect(textColorOn('#111827')).toBe('#ffffff');
    expect(textColorOn('#fde68a')).toBe('#000000');
  });
});

describe('visible range', () => {
  it('covers the 42 days of the month grid in the brand zone, and steps a month from the 1st', () => {
    const range = visibleRange('month', '2026-12-10', 'Africa/Nairobi');
    expect([range.first, range.last]).toEqual(['2026-11-30', '2027-01-10']);
    expect(range.from).toBe(Date.UTC(2026, 10, 29, 21));
    expect(range.to).toBe(Date.UTC(2027, 0, 10, 21));
    expect(stepAnchor('month', '2026-12-31', 1)).toBe('2027-01-01');
    expect(stepAnchor('week', '2026-12-31', -1)).toBe('2026-12-24');
  });
});
