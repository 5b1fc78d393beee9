// The weekly review: one waiting reminder at the chosen weekday and time, a digest of the Adjust area's
// suggestions and of the week when it fires, the next week's made at once, and a click that opens Adjust.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { REMINDER_ALARM } from '@/utils/reminder-alarm';
import { db } from '@/storage/db';
import { loadSampleWorkspace } from '@/storage/load-sample';
import { updateSettings } from '@/storage/settings';
import { nextReview } from '@/storage/weekly-review';

const NOW = Date.UTC(2026, 10, 26, 14, 0); // Thursday, 17:00 in Nairobi
const MONDAY = Date.UTC(2026, 10, 30, 6, 0); // Monday 30 November, 09:00 in Nairobi

async function settle() {
  for (let i = 0; i < 40; i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  await updateSettings({ timeZone: 'Africa/Nairobi', language: 'en', country: 'KE' });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the next review', () => {
  it('is the coming weekday at its time, or a week on when that moment has passed', () => {
    expect(nextReview({ weekday: 1, time: '09:00' }, 'Africa/Nairobi', NOW)).toEqual({ localDate: '2026-11-30', dueAt: MONDAY });
    expect(nextReview({ weekday: 4, time: '18:00' }, 'Africa/Nairobi', NOW)).toEqual({ localDate: '2026-11-26', dueAt: NOW + 3_600_000 });
    expect(nextReview({ weekday: 4, time: '17:00' }, 'Africa/Nairobi', NOW).localDate).toBe('2026-12-03');
  });
});

describe('the weekly review reminder', () => {
  it('waits for Monday 09:00 by default, sums up the Adjust area, and opens it', async () => {
    background.main();
    await settle();
    expect(await db.reminders.get('weekly-review:2026-11-30')).toMatchObject({ status: 'pending', kind: 'weekly-review', dueAt: MONDAY });
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))!.scheduledTime).toBe(MONDAY);

    // Loading a workspace replaces the reminders; the panel then announces the change and the background
    // makes the waiting ones again.
    vi.setSystemTime(MONDAY - 60_000);
    await loadSampleWorkspace(MONDAY - 60_000);
    await (fakeBrowser.runtime.onMessage.trigger({ type: 'plan-changed' }, { id: fakeBrowser.runtime.id, url: 'chrome-extension://test-extension-id/sidepanel.html' }) as unknown as Promise<unknown>);
    await settle();
    expect(await db.reminders.get('weekly-review:2026-11-30')).toMatchObject({ status: 'pending' });
    vi.setSystemTime(MONDAY);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: MONDAY });
    await settle();
    const calls = create.mock.calls as unknown as [string, { title: string; message: string; buttons: { title: string }[] }][];
    const review = calls.find(([id]) => id === 'weekly-review:2026-11-30')!;
    expect(review[1].title).toMatch(/^Weekly review: \d+ suggestions? to look at$/);
    expect(review[1].message).toMatch(/Last 7 days: \d+ published, \d+ missed\. Next 7 days: \d+ planned\./);
    expect(review[1].buttons[0]!.title).toBe('Open Adjust');
    expect(await db.reminders.get('weekly-review:2026-12-07')).toMatchObject({ status: 'pending', dueAt: MONDAY + 7 * 86_400_000 });

    const open = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger('weekly-review:2026-11-30');
    await settle();
    expect(open).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension-id/sidepanel.html#adjust' });
  });

  it('says there is nothing new on an empty workspace', async () => {
    vi.setSystemTime(MONDAY);
    await db.reminders.put({ id: 'weekly-review:2026-11-30', kind: 'weekly-review', postId: null, dueAt: MONDAY, intendedAt: MONDAY, status: 'pending', firedAt: null, late: false, createdAt: NOW });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    background.main();
    await settle();
    expect(create).toHaveBeenCalledWith('weekly-review:2026-11-30', expect.objectContaining({ title: 'Weekly review: nothing new to adjust', message: 'Last 7 days: 0 published, 0 missed. Next 7 days: 0 planned.' }));
  });

  it('moves with the setting, is cancelled when turned off, and a week-old one says nothing', async () => {
    background.main();
    await settle();
    await updateSettings({ weeklyReview: { enabled: true, weekday: 5, time: '16:00' } });
    await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: NOW });
    await settle();
    expect((await db.reminders.get('weekly-review:2026-11-30'))!.status).toBe('cancelled');
    expect(await db.reminders.get('weekly-review:2026-11-27')).toMatchObject({ status: 'pending', dueAt: Date.UTC(2026, 10, 27, 13, 0) });
    await updateSettings({ weeklyReview: { enabled: false, weekday: 5, time: '16:00' } });
    await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: NOW });
    await settle();
    expect((await db.reminders.get('weekly-review:2026-11-27'))!.status).toBe('cancelled');

    await db.reminders.put({ id: 'weekly-review:2026-11-16', kind: 'weekly-review', postId: null, dueAt: NOW - 10 * 86_400_000, intendedAt: NOW - 10 * 86_400_000, status: 'pending', firedAt: null, late: false, createdAt: 0 });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: NOW });
    await settle();
    expect(create).not.toHaveBeenCalled();
    expect((await db.reminders.get('weekly-review:2026-11-16'))!.status).toBe('fired');
  });
});
