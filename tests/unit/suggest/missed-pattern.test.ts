// Missed posts on crafted plans: misses concentrated on a weekday, a part of the day or a platform are
// found and the upcoming posts there are moved; a couple of misses, or misses spread evenly, stay silent.
import { describe, expect, it } from 'vitest';
import { monthPeriod, periodOf } from '@/utils/analytics/period';
import type { ReportPlanned } from '@/utils/analytics/report';
import { fisherGreater, missedPatternRule } from '@/utils/suggest/missed-pattern';
import { toInstant } from '@/utils/time/wall-clock';

const NAIROBI = 'Africa/Nairobi';
const BERLIN = 'Europe/Berlin';
const NOV = monthPeriod('2026-11-26', NAIROBI); // 1 November 2026 is a Sunday
const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}`;
const NOW = toInstant(day(26), '12:00', NAIROBI);

function planned(id: string, localDate: string, localTime: string, status: ReportPlanned['status'], zone = NAIROBI, extra: Partial<ReportPlanned> = {}): ReportPlanned {
  const scheduledAt = toInstant(localDate, localTime, zone);
  return { id, platform: 'instagram', title: id, status, format: 'image', scheduledAt, publishedAt: status === 'published' ? scheduledAt : null, pillar: '', topic: '', segmentId: null, hookId: null, campaignId: null, ...extra };
}

/** One post a day at `localTime` on days 1–25, missed on `missedDays` (alternately marked and left waiting). */
function daily(prefix: string, localTime: string, missedDays: readonly number[]): ReportPlanned[] {
  return Array.from({ length: 25 }, (_, i) => {
    const n = i + 1;
    const status = missedDays.includes(n) ? (n % 2 === 0 ? 'missed' : 'scheduled') : 'published';
    return planned(`${prefix}-${n}`, day(n), localTime, status);
  });
}

describe('Fisher exact test', () => {
  it('matches hand-computed hypergeometric tails', () => {
    expect(fisherGreater(3, 3, 4, 25)).toBeCloseTo(4 / 2300, 10);
    expect(fisherGreater(4, 5, 5, 25)).toBeCloseTo(101 / 53130, 10);
    expect(fisherGreater(0, 5, 5, 25)).toBeCloseTo(1, 10);
  });
});

describe('missed pattern', () => {
  it('finds misses concentrated on a weekday and moves the upcoming posts of that weekday', () => {
    // Fridays 6, 13, 20 November missed (one still "scheduled" days later), and one Tuesday.
    const plan = [
      ...daily('d', '09:00', [6, 13, 20, 10]),
      planned('up-fri', day(27), '09:00', 'scheduled'),
      planned('up-sat', day(28), '09:00', 'ready'),
      planned('up-fri-dec', '2026-12-04', '09:00', 'draft'),
      planned('idea-fri', day(27), '09:00', 'idea'),
      planned('today', day(26), '09:00', 'scheduled'), // due three hours ago: pending, not missed
    ];
    const suggestions = missedPatternRule({ planned: plan, timeZone: NAIROBI, period: NOV, now: NOW });
    expect(suggestions).toHaveLength(1);
    const [suggestion] = suggestions;
    expect(suggestion).toMatchObject({
      rule: 'missed-pattern',
      platform: 'all',
      title: { key: 'missed-pattern.weekday', params: { weekday: 5, missed: 3, due: 3 } },
      evidence: { start: NOV.start, end: NOV.end, fingerprint: 'missed-pattern:weekday-5' },
      confidence: 'low', // three of three: clear, but a small sample after the adjustment over every group
      // Saturday has no misses: one day later.
      action: { kind: 'reschedule', postIds: ['up-fri', 'up-fri-dec'], shiftMinutes: 24 * 60 },
    });
    const [rate, rest] = suggestion!.evidence.items;
    expect(rate).toMatchObject({ key: 'missedRate', value: 1, n: 3 });
    expect(rest).toMatchObject({ key: 'missedRateRest', value: 1 / 22, n: 22 });
  });

  it("says nothing to move when the weekday has no upcoming post", () => {
    const [suggestion] = missedPatternRule({ planned: daily('d', '09:00', [6, 13, 20, 10]), timeZone: NAIROBI, period: NOV, now: NOW });
    expect(suggestion?.action).toEqual({ kind: 'none' });
  });

  it('finds misses concentrated in a part of the day', () => {
    // Mornings all published; 11 of 25 evenings missed, spread over the weekdays (none has three).
    const plan = [...daily('m', '09:00', []), ...daily('e', '19:00', [2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13]), planned('e-26', day(26), '19:00', 'scheduled'), planned('e-27', day(27), '19:00', 'scheduled')];
    const suggestions = missedPatternRule({ planned: plan, timeZone: NAIROBI, period: NOV, now: NOW });
    expect(suggestions.map((s) => s.evidence.fingerprint)).toEqual(['missed-pattern:daypart-18']);
    expect(suggestions[0]).toMatchObject({
      title: { params: { daypart: 18, missed: 11, due: 25 } },
      confidence: 'medium',
      // To the morning (-12 h); tonight's post would land before now and is left out.
      action: { kind: 'reschedule', postIds: ['e-27'], shiftMinutes: -12 * 60 },
    });
  });

  it('finds misses concentrated on a platform, with nothing to move', () => {
    const instagram = daily('i', '09:00', [2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22]);
    const linkedin = daily('l', '10:00', [20]).map((post) => ({ ...post, platform: 'linkedin' as const }));
    const suggestions = missedPatternRule({ planned: [...instagram, ...linkedin], timeZone: NAIROBI, period: NOV, now: NOW });
    const platform = suggestions.find((s) => s.evidence.fingerprint === 'missed-pattern:platform-instagram');
    expect(platform).toMatchObject({ platform: 'instagram', action: { kind: 'none' }, title: { params: { platform: 'instagram', missed: 11, due: 25 } } });
  });

  it('is silent on small numbers', () => {
    // Two Fridays missed out of three: a high rate, too few posts.
    expect(missedPatternRule({ planned: daily('d', '09:00', [6, 13]), timeZone: NAIROBI, period: NOV, now: NOW })).toEqual([]);
    // Every post missed: nothing to compare with.
    expect(missedPatternRule({ planned: daily('d', '09:00', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25]), timeZone: NAIROBI, period: NOV, now: NOW })).toEqual([]);
  });

  it('is silent when misses are spread evenly', () => {
    // One miss on each weekday (days 2–8) and a few more scattered: no weekday stands out.
    expect(missedPatternRule({ planned: daily('d', '09:00', [2, 3, 4, 5, 6, 7, 8]), timeZone: NAIROBI, period: NOV, now: NOW })).toEqual([]);
    // Three Mondays missed, but of eight Monday posts (under 40 %); the other misses scattered.
    const plan = [...daily('d', '09:00', [2, 9, 16, 24]), ...daily('x', '15:00', [3, 11, 18])];
    expect(missedPatternRule({ planned: plan, timeZone: NAIROBI, period: NOV, now: NOW })).toEqual([]);
  });

  it('leaves out posts outside the period, ideas and cancelled posts', () => {
    const plan = [
      ...daily('d', '09:00', [10]),
      ...['2026-10-02', '2026-10-09', '2026-10-16', '2026-10-23'].map((date, i) => planned(`oct-${i}`, date, '09:00', 'missed')), // Fridays in October
      ...[6, 13, 20].map((n) => planned(`c-${n}`, day(n), '18:00', 'cancelled')),
      ...[6, 13, 20].map((n) => planned(`i-${n}`, day(n), '18:00', 'idea')),
    ];
    expect(missedPatternRule({ planned: plan, timeZone: NAIROBI, period: NOV, now: NOW })).toEqual([]);
  });

  it('reads weekdays on the brand wall clock across a DST change (Europe/Berlin)', () => {
    // Saturdays at 00:30 in Berlin are Friday evenings in UTC, on both sides of 25 October.
    const period = periodOf('2026-10-05', '2026-11-22', BERLIN);
    const now = toInstant('2026-11-23', '12:00', BERLIN);
    const plan: ReportPlanned[] = [];
    for (let i = 0; i < 49; i++) {
      const date = new Date(Date.UTC(2026, 9, 5 + i)).toISOString().slice(0, 10);
      plan.push(planned(`noon-${date}`, date, '12:00', 'published', BERLIN));
      if (new Date(`${date}T00:00:00Z`).getUTCDay() === 6) plan.push(planned(`late-${date}`, date, '00:30', 'missed', BERLIN));
    }
    plan.push(planned('up-sat', '2026-11-28', '00:30', 'scheduled', BERLIN));
    const suggestions = missedPatternRule({ planned: plan, timeZone: BERLIN, period, now });
    const weekday = suggestions.find((s) => s.title.key === 'missed-pattern.weekday');
    const daypart = suggestions.find((s) => s.title.key === 'missed-pattern.daypart');
    expect(weekday).toMatchObject({ title: { params: { weekday: 6, missed: 7, due: 14 } }, action: { kind: 'reschedule', postIds: ['up-sat'], shiftMinutes: 24 * 60 } });
    expect(daypart).toMatchObject({ title: { params: { daypart: 0, missed: 7, due: 7 } } });
  });
});

describe('missed pattern on pure noise', () => {
  it('fires no more often than the 5 % it allows when every post is as likely to be missed', () => {
    let state = 1;
    const next = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 4294967296;
    };
    let fired = 0;
    const runs = 200;
    for (let run = 0; run < runs; run++) {
      const plan = ['09:00', '13:00', '19:00'].flatMap((time, t) =>
        Array.from({ length: 25 }, (_, i) => planned(`${run}-${t}-${i}`, day(i + 1), time, next() < 0.2 ? 'missed' : 'published', NAIROBI, { platform: t === 2 ? 'x' : 'instagram' })),
      );
      if (missedPatternRule({ planned: plan, timeZone: NAIROBI, period: NOV, now: NOW }).length > 0) fired++;
    }
    expect(fired / runs).toBeLessThanOrEqual(0.05);
  });
});
