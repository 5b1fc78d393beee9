// "Plan next month" as pure logic: slot occurrences → idea proposals, with holidays, taken slots, DST
// and the content mix (largest remainder, slot pillars as preferences, spread over the month).
import { describe, expect, it } from 'vitest';
import type { Slot } from '@/storage/schemas';
import { holidayDatesInMonth } from '@/utils/plan/holiday-dates';
import { monthDates, monthSpan, nextMonthIn, planMonth, type ExistingPost, type PlanMonthInput } from '@/utils/plan/plan-month';
import { toInstant } from '@/utils/time/wall-clock';

const NAIROBI = 'Africa/Nairobi';
const BERLIN = 'Europe/Berlin';

function slot(overrides: Partial<Slot> & Pick<Slot, 'id' | 'weekday'>): Slot {
  return { localTime: '18:00', platform: 'instagram', format: 'reel', pillar: '', active: true, createdAt: 0, updatedAt: 0, ...overrides };
}

/** Tuesday and Thursday 18:00, Instagram reel: April 2026 has 4 Tuesdays and 5 Thursdays. */
const TUE_THU = [slot({ id: 'tue', weekday: 2 }), slot({ id: 'thu', weekday: 4 })];
const APRIL_TUE_THU = ['2026-04-02', '2026-04-07', '2026-04-09', '2026-04-14', '2026-04-16', '2026-04-21', '2026-04-23', '2026-04-28', '2026-04-30'];

function plan(overrides: Partial<PlanMonthInput> = {}) {
  return planMonth({ slots: TUE_THU, year: 2026, month: 4, timeZone: NAIROBI, existingPosts: [], mix: {}, ...overrides });
}

function post(id: string, localDate: string, localTime: string, overrides: Partial<ExistingPost> = {}): ExistingPost {
  return { id, platform: 'instagram', status: 'scheduled', pillar: '', scheduledAt: toInstant(localDate, localTime, NAIROBI), ...overrides };
}

describe('planMonth: which occurrences become proposals', () => {
  it('proposes one idea per active slot occurrence of the month, at the slot’s time and in its format', () => {
    const result = plan({ slots: [...TUE_THU, slot({ id: 'off', weekday: 3, active: false })], titleOf: ({ pillar, format }) => `${pillar} · ${format}` });
    expect(result.proposals.map((p) => p.localDate)).toEqual(APRIL_TUE_THU);
    expect(result.proposals[0]).toEqual({
      slotId: 'thu',
      localDate: '2026-04-02',
      localTime: '18:00',
      scheduledAt: Date.parse('2026-04-02T15:00:00Z'),
      timeZone: NAIROBI,
      platform: 'instagram',
      format: 'reel',
      pillar: '',
      title: ' · reel',
    });
    expect(result.summary).toMatchObject({ skippedHolidays: [], skippedTaken: [], skippedPast: [] });
  });

  it('keeps 09:00 at 09:00 on the wall across both DST changes in Berlin', () => {
    const sunday = [slot({ id: 'sun', weekday: 7, localTime: '09:00', platform: 'linkedin', format: 'text' })];
    const march = planMonth({ slots: sunday, year: 2026, month: 3, timeZone: BERLIN, existingPosts: [], mix: {} });
    expect(march.proposals.map((p) => [p.localDate, p.localTime, new Date(p.scheduledAt).toISOString()])).toEqual([
      ['2026-03-01', '09:00', '2026-03-01T08:00:00.000Z'],
      ['2026-03-08', '09:00', '2026-03-08T08:00:00.000Z'],
      ['2026-03-15', '09:00', '2026-03-15T08:00:00.000Z'],
      ['2026-03-22', '09:00', '2026-03-22T08:00:00.000Z'],
      ['2026-03-29', '09:00', '2026-03-29T07:00:00.000Z'], // CEST from 02:00 that morning
    ]);
    const october = planMonth({ slots: sunday, year: 2026, month: 10, timeZone: BERLIN, existingPosts: [], mix: {} });
    expect(october.proposals.slice(-2).map((p) => [p.localDate, p.localTime, new Date(p.scheduledAt).toISOString()])).toEqual([
      ['2026-10-18', '09:00', '2026-10-18T07:00:00.000Z'],
      ['2026-10-25', '09:00', '2026-10-25T08:00:00.000Z'], // CET again from 03:00 that morning
    ]);
  });

  it('skips the holiday dates it is given, and reports them', () => {
    const result = plan({ holidays: new Set(['2026-04-07', '2026-04-10']) });
    expect(result.proposals.map((p) => p.localDate)).toEqual(APRIL_TUE_THU.filter((d) => d !== '2026-04-07'));
    expect(result.summary.skippedHolidays).toEqual([expect.objectContaining({ slotId: 'tue', localDate: '2026-04-07' })]);
  });

  it('leaves a slot alone when a live post on the same platform is within ±30 minutes', () => {
    const existing = [
      post('near', '2026-04-09', '18:20'),
      post('edge', '2026-04-16', '17:30'), // exactly 30 minutes before: taken
      post('other-platform', '2026-04-14', '18:00', { platform: 'facebook' }),
      post('too-far', '2026-04-21', '18:31'),
      post('cancelled', '2026-04-23', '18:00', { status: 'cancelled' }),
      post('undated', '2026-04-28', '18:00', { scheduledAt: null }),
    ];
    const result = plan({ existingPosts: existing });
    expect(result.proposals.map((p) => p.localDate)).toEqual(APRIL_TUE_THU.filter((d) => d !== '2026-04-09' && d !== '2026-04-16'));
    expect(result.summary.skippedTaken.map(({ occurrence, postId }) => [occurrence.localDate, postId])).toEqual([
      ['2026-04-09', 'near'],
      ['2026-04-16', 'edge'],
    ]);
  });

  it('plans one post when two slots duplicate each other', () => {
    const result = plan({ slots: [slot({ id: 'a', weekday: 2 }), slot({ id: 'b', weekday: 2, localTime: '18:15' }), slot({ id: 'c', weekday: 2, platform: 'x' })] });
    expect(result.proposals.map((p) => `${p.localDate} ${p.slotId}`)).toEqual(['2026-04-07 a', '2026-04-07 c', '2026-04-14 a', '2026-04-14 c', '2026-04-21 a', '2026-04-21 c', '2026-04-28 a', '2026-04-28 c']);
    expect(result.summary.skippedTaken).toHaveLength(4);
    expect(result.summary.skippedTaken.every(({ occurrence, postId }) => occurrence.slotId === 'b' && postId === null)).toBe(true);
  });

  it('does not propose times already past when the month is under way', () => {
    const result = plan({ notBefore: toInstant('2026-04-16', '18:00', NAIROBI) });
    expect(result.proposals.map((p) => p.localDate)).toEqual(['2026-04-16', '2026-04-21', '2026-04-23', '2026-04-28', '2026-04-30']);
    expect(result.summary.skippedPast.map((o) => o.localDate)).toEqual(['2026-04-02', '2026-04-07', '2026-04-09', '2026-04-14']);
  });

  it('proposes nothing without active slots', () => {
    for (const slots of [[], [slot({ id: 'off', weekday: 2, active: false })]]) {
      const result = plan({ slots, mix: { education: 60, promotion: 40 } });
      expect(result.proposals).toEqual([]);
      expect(result.summary.pillars).toEqual([
        { pillar: 'education', percent: 60, target: 0, existing: 0, proposed: 0 },
        { pillar: 'promotion', percent: 40, target: 0, existing: 0, proposed: 0 },
      ]);
    }
    expect(plan({ slots: [] }).summary.pillars).toEqual([]);
  });
});

describe('planMonth: pillars follow the content mix', () => {
  const pillarsOf = (result: ReturnType<typeof plan>) => result.proposals.map((p) => p.pillar);
  const count = (pillars: string[], name: string) => pillars.filter((p) => p === name).length;

  it('splits a mix that does not divide evenly by largest remainder, alternating over the month', () => {
    // 9 posts × 40/30/30 = 3.6 / 2.7 / 2.7 → 3 / 3 / 3 (the two larger remainders get the extra post).
    const result = plan({ mix: { education: 40, promotion: 30, community: 30 } });
    expect(result.summary.pillars).toEqual([
      { pillar: 'education', percent: 40, target: 3, existing: 0, proposed: 3 },
      { pillar: 'promotion', percent: 30, target: 3, existing: 0, proposed: 3 },
      { pillar: 'community', percent: 30, target: 3, existing: 0, proposed: 3 },
    ]);
    expect(pillarsOf(result)).toEqual(['education', 'promotion', 'community', 'education', 'promotion', 'community', 'education', 'promotion', 'community']);
    // 7 posts (two Tuesdays are holidays): 2.8 / 2.1 / 2.1 → 3 / 2 / 2.
    const seven = pillarsOf(plan({ mix: { education: 40, promotion: 30, community: 30 }, holidays: new Set(['2026-04-07', '2026-04-14']) }));
    expect([count(seven, 'education'), count(seven, 'promotion'), count(seven, 'community')]).toEqual([3, 2, 2]);
  });

  it('normalises a mix that does not sum to 100', () => {
    const result = plan({ mix: { education: 1, promotion: 1, empty: 0 } });
    expect(result.summary.pillars.map(({ pillar, percent, target }) => [pillar, percent, target])).toEqual([
      ['education', 50, 5],
      ['promotion', 50, 4],
    ]);
  });

  it('keeps a slot’s own pillar while its quota lasts, spreading the rest evenly', () => {
    const slots = [slot({ id: 'tue', weekday: 2, pillar: 'Education' }), slot({ id: 'thu', weekday: 4, pillar: 'community' })];
    const result = plan({ slots, mix: { education: 50, community: 50 } });
    // 9 posts → 5 education (tie to the first), 4 community; all four Tuesdays keep education, four of
    // five Thursdays keep community and the middle one (16 April) becomes education.
    expect(result.proposals.map((p) => `${p.localDate} ${p.pillar}`)).toEqual([
      '2026-04-02 community',
      '2026-04-07 education',
      '2026-04-09 community',
      '2026-04-14 education',
      '2026-04-16 education',
      '2026-04-21 education',
      '2026-04-23 community',
      '2026-04-28 education',
      '2026-04-30 community',
    ]);
  });

  it('counts the month’s existing posts towards the mix', () => {
    const existingPosts = [
      post('p1', '2026-04-01', '09:00', { pillar: 'promotion' }),
      post('p2', '2026-04-03', '09:00', { pillar: 'Promotion', platform: 'x' }),
      post('p3', '2026-04-05', '09:00', { pillar: 'promotion', status: 'published' }),
      post('other', '2026-04-06', '09:00', { pillar: 'recipes' }), // not in the mix: does not count
      post('gone', '2026-04-08', '09:00', { pillar: 'promotion', status: 'cancelled' }),
      post('march', '2026-03-31', '23:50', { pillar: 'promotion' }), // in the query window, not the month
    ];
    const result = plan({ existingPosts, mix: { education: 40, promotion: 30, community: 30 }, holidays: new Set(['2026-04-07', '2026-04-14']) });
    // 3 existing + 7 new = 10 → 4 / 3 / 3; promotion already has its 3.
    expect(result.summary.pillars).toEqual([
      { pillar: 'education', percent: 40, target: 4, existing: 0, proposed: 4 },
      { pillar: 'promotion', percent: 30, target: 3, existing: 3, proposed: 0 },
      { pillar: 'community', percent: 30, target: 3, existing: 0, proposed: 3 },
    ]);
  });

  it('keeps the slots’ pillars when there is no mix', () => {
    const slots = [slot({ id: 'tue', weekday: 2, pillar: 'education ' }), slot({ id: 'thu', weekday: 4 })];
    const result = plan({ slots, mix: { unused: 0 } });
    expect(result.proposals.map((p) => p.pillar)).toEqual(['', 'education', '', 'education', '', 'education', '', 'education', '']);
    expect(result.summary.pillars).toEqual([
      { pillar: '', percent: null, target: null, existing: 0, proposed: 5 },
      { pillar: 'education', percent: null, target: null, existing: 0, proposed: 4 },
    ]);
  });

  it('gives the same answer every time', () => {
    const input = { mix: { a: 33, b: 33, c: 34 }, slots: [...TUE_THU, slot({ id: 'sat', weekday: 6, pillar: 'c' })] };
    expect(plan(input)).toEqual(plan(input));
  });
});

describe('month helpers', () => {
  it('knows a month’s dates and instants in a zone', () => {
    expect(monthDates({ year: 2028, month: 2 })).toEqual({ first: '2028-02-01', last: '2028-02-29' });
    expect(monthSpan({ year: 2026, month: 3 }, BERLIN)).toEqual({ from: Date.parse('2026-02-28T23:00:00Z'), to: Date.parse('2026-03-31T22:00:00Z') });
  });

  it('finds next month on the brand’s wall calendar', () => {
    expect(nextMonthIn(NAIROBI, Date.parse('2026-03-31T22:30:00Z'))).toEqual({ year: 2026, month: 5 }); // already 1 April there
    expect(nextMonthIn('America/New_York', Date.parse('2027-01-01T03:00:00Z'))).toEqual({ year: 2027, month: 1 }); // still 31 December
  });

  it('lists each day a holiday covers within the month', () => {
    const dates = holidayDatesInMonth(
      [
        { date: '2026-03-30', endDate: '2026-04-02', name: 'Long weekend', kind: 'public' },
        { date: '2026-04-02', endDate: '2026-04-02', name: 'Founders', kind: 'public' },
        { date: '2026-05-01', endDate: '2026-05-01', name: 'Labour Day', kind: 'public' },
      ],
      { year: 2026, month: 4 },
    );
    expect([...dates]).toEqual([
      ['2026-04-01', 'Long weekend'],
      ['2026-04-02', 'Long weekend / Founders'],
    ]);
  });
});
