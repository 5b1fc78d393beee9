import { describe, expect, it } from 'vitest';
import { formatWallClock } from '@/utils/export/scheduler-time';

describe('formatWallClock', () => {
  // 01:30 on 2025-03-30 does not exist in London (clocks go 01:00 → 02:00); the plan stored the
  // intent and the instant 02:30 BST = 01:30 UTC.
  const gap = { localDate: '2025-03-30', localTime: '01:30', timeZone: 'Europe/London', scheduledAt: Date.UTC(2025, 2, 30, 1, 30) };

  it('keeps the wall-clock intent in the post’s own zone', () => {
    expect(formatWallClock(gap, 'Europe/London')).toEqual({ date: '2025-03-30', time: '01:30' });
  });

  it('converts the instant into another zone', () => {
    expect(formatWallClock(gap, 'Africa/Nairobi')).toEqual({ date: '2025-03-30', time: '04:30' });
    expect(formatWallClock(gap, 'America/Los_Angeles')).toEqual({ date: '2025-03-29', time: '18:30' });
  });

  it('converts when the post has no local time', () => {
    expect(formatWallClock({ ...gap, localTime: null }, 'Europe/London')).toEqual({ date: '2025-03-30', time: '02:30' });
  });

  it('refuses an unknown zone', () => {
    expect(() => formatWallClock(gap, 'Mars/Olympus')).toThrow(/unknown time zone: Mars\/Olympus/);
  });
});
