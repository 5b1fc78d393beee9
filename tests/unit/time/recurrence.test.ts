// Weekly slots → dated occurrences: only active slots, inclusive range, stable order, wall-clock times.
import { describe, expect, it } from 'vitest';
import type { Slot } from '@/storage/schemas';
import { expandSlots } from '@/utils/time/recurrence';

function slot(overrides: Partial<Slot> & Pick<Slot, 'id' | 'weekday' | 'localTime'>): Slot {
  return { platform: 'instagram', format: 'reel', pillar: 'coffee', active: true, createdAt: 0, updatedAt: 0, ...overrides };
}

const at = (iso: string): number => Date.parse(iso);

describe('expandSlots', () => {
  it('lists the active slots’ days between two dates, both inclusive, with the slot’s fields', () => {
    const slots = [
      slot({ id: 'tue', weekday: 2, localTime: '09:00', platform: 'linkedin', format: 'article', pillar: 'team' }),
      slot({ id: 'fri', weekday: 5, localTime: '18:00' }),
      slot({ id: 'off', weekday: 5, localTime: '12:00', active: false }),
    ];
    // 2026-11-03 is a Tuesday, 2026-11-13 a Friday.
    expect(expandSlots(slots, '2026-11-03', '2026-11-13', 'Africa/Nairobi')).toEqual([
      { slotId: 'tue', localDate: '2026-11-03', localTime: '09:00', scheduledAt: at('2026-11-03T06:00:00Z'), platform: 'linkedin', format: 'article', pillar: 'team' },
      { slotId: 'fri', localDate: '2026-11-06', localTime: '18:00', scheduledAt: at('2026-11-06T15:00:00Z'), platform: 'instagram', format: 'reel', pillar: 'coffee' },
      { slotId: 'tue', localDate: '2026-11-10', localTime: '09:00', scheduledAt: at('2026-11-10T06:00:00Z'), platform: 'linkedin', format: 'article', pillar: 'team' },
      { slotId: 'fri', localDate: '2026-11-13', localTime: '18:00', scheduledAt: at('2026-11-13T15:00:00Z'), platform: 'instagram', format: 'reel', pillar: 'coffee' },
    ]);
  });

  it('sorts by instant, then by slot id', () => {
    const slots = [slot({ id: 'b', weekday: 1, localTime: '09:00' }), slot({ id: 'a', weekday: 1, localTime: '09:00' }), slot({ id: 'c', weekday: 1, localTime: '08:00' })];
    const occurrences = expandSlots(slots, '2026-11-02', '2026-11-09', 'Europe/Berlin');
    expect(occurrences.map(({ slotId, localDate }) => `${localDate} ${slotId}`)).toEqual([
      '2026-11-02 c',
      '2026-11-02 a',
      '2026-11-02 b',
      '2026-11-09 c',
      '2026-11-09 a',
      '2026-11-09 b',
    ]);
  });

  it('is empty for an empty or reversed range, and for no active slots', () => {
    expect(expandSlots([slot({ id: 'x', weekday: 1, localTime: '09:00' })], '2026-11-10', '2026-11-03', 'Europe/Berlin')).toEqual([]);
    expect(expandSlots([slot({ id: 'x', weekday: 1, localTime: '09:00' })], '2026-11-03', '2026-11-08', 'Europe/Berlin')).toEqual([]);
    expect(expandSlots([slot({ id: 'x', weekday: 1, localTime: '09:00', active: false })], '2026-11-01', '2026-11-30', 'Europe/Berlin')).toEqual([]);
    expect(expandSlots([], '2026-11-01', '2026-11-30', 'Europe/Berlin')).toEqual([]);
  });

  it('keeps a Tuesday 09:00 slot at 09:00 across Berlin’s changes', () => {
    const occurrences = expandSlots([slot({ id: 'tue', weekday: 2, localTime: '09:00' })], '2026-03-24', '2026-03-31', 'Europe/Berlin');
    expect(occurrences.map(({ scheduledAt }) => new Date(scheduledAt).toISOString())).toEqual(['2026-03-24T08:00:00.000Z', '2026-03-31T07:00:00.000Z']);
    const autumn = expandSlots([slot({ id: 'tue', weekday: 2, localTime: '09:00' })], '2026-10-20', '2026-10-27', 'Europe/Berlin');
    expect(autumn.map(({ scheduledAt }) => new Date(scheduledAt).toISOString())).toEqual(['2026-10-20T07:00:00.000Z', '2026-10-27T08:00:00.000Z']);
  });

  it('keeps the slot’s time as the intent when the zone skips it that day', () => {
    const [occurrence] = expandSlots([slot({ id: 'sun', weekday: 7, localTime: '02:30' })], '2026-03-29', '2026-03-29', 'Europe/Berlin');
    expect(occurrence).toMatchObject({ localDate: '2026-03-29', localTime: '02:30', scheduledAt: at('2026-03-29T01:30:00Z') }); // 03:30 CEST
  });
});
