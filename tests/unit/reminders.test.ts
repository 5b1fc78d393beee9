// Reminders: kept in step with posts, delivered once, snoozed and opened — through the real background
// entry point on WXT's fake browser (alarms and notifications), with only the clock faked.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { REMINDER_ALARM } from '@/utils/reminder-alarm';
import { db } from '@/storage/db';
import { postReminderId, syncPostReminder } from '@/storage/reminders';
import type { Post } from '@/storage/schemas';
import { updateSettings } from '@/storage/settings';

const NOW = Date.UTC(2026, 10, 26, 14, 0); // 17:00 in Nairobi
const MINUTE = 60_000;

function post(overrides: Partial<Post> = {}): Post {
  return {
    id: 'p1', groupId: null, platform: 'instagram', format: 'reel', status: 'scheduled', title: 'Cupping Friday',
    scheduledAt: NOW + 60 * MINUTE, localDate: '2026-11-26', localTime: '18:00', timeZone: 'Africa/Nairobi',
    pillar: 'community', topic: '', segmentId: null, hookId: null, campaignId: null, text: 'Karibu!', hashtags: [],
    notes: '', mediaIds: [], reminderLeadMinutes: null, publishedUrl: null, publishedAt: null, externalId: null,
    createdAt: NOW, updatedAt: NOW, ...overrides,
  };
}

async function savePost(row: Post, now = NOW) {
  await db.transaction('rw', db.posts, db.reminders, async () => {
    await db.posts.put(row);
    await syncPostReminder(row, { notificationLeadMinutes: 15 }, now);
  });
}

async function settle() {
  // Listeners start work with `void`; wait until the reminder queue has drained.
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  await updateSettings({ timeZone: 'Africa/Nairobi', language: 'en', country: 'KE', notificationLeadMinutes: 15 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('syncPostReminder', () => {
  it('gives a draft or scheduled post with a time one pending reminder at its lead time', async () => {
    await savePost(post());
    expect(await db.reminders.get(postReminderId('p1'))).toMatchObject({ status: 'pending', dueAt: NOW + 45 * MINUTE, intendedAt: NOW + 45 * MINUTE, kind: 'post-due' });
    await savePost(post({ reminderLeadMinutes: 60 }));
    expect((await db.reminders.get(postReminderId('p1')))!.dueAt).toBe(NOW);
  });

  it('cancels the reminder when the post is published, cancelled, an idea or loses its time', async () => {
    for (const change of [{ status: 'published' }, { status: 'cancelled' }, { status: 'idea' }, { scheduledAt: null }] as Partial<Post>[]) {
      await savePost(post());
      await savePost(post(change));
      expect((await db.reminders.get(postReminderId('p1')))!.status).toBe('cancelled');
    }
  });

  it('leaves a fired or snoozed reminder alone when the post is saved unchanged, renews it when moved', async () => {
    await savePost(post());
    await db.reminders.update(postReminderId('p1'), { status: 'snoozed', dueAt: NOW + 99 * MINUTE });
    await savePost(post({ title: 'New title' }));
    expect(await db.reminders.get(postReminderId('p1'))).toMatchObject({ status: 'snoozed', dueAt: NOW + 99 * MINUTE });
    await db.reminders.update(postReminderId('p1'), { status: 'fired' });
    await savePost(post({ scheduledAt: NOW + 120 * MINUTE }));
    expect(await db.reminders.get(postReminderId('p1'))).toMatchObject({ status: 'pending', dueAt: NOW + 105 * MINUTE });
  });
});

describe('the background delivers reminders', () => {
  it('notifies a due reminder exactly once, marks it fired and arms the alarm for the next', async () => {
    await savePost(post({ scheduledAt: NOW + 10 * MINUTE, localTime: '17:10' }));
    await savePost(post({ id: 'p2', title: 'Black Friday teaser', scheduledAt: NOW + 6 * 60 * MINUTE }));
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    background.main();
    await settle();

    expect(create).toHaveBeenCalledTimes(1);
    const [id, options] = create.mock.calls[0]! as unknown as [string, { title: string; message: string; buttons: { title: string }[] }];
    expect(id).toBe(postReminderId('p1'));
    expect(options.title).toBe('17:10 on Instagram: Cupping Friday');
    expect(options.message).toBe('Due in 10 minutes. Open it to publish or adjust.');
    expect(options.buttons.map((b) => b.title)).toEqual(['Open', 'Snooze 15 min']);
    expect((await db.reminders.get(id))!.status).toBe('fired');
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))!.scheduledTime).toBe(NOW + 6 * 60 * MINUTE - 15 * MINUTE);

    // Another wake-up (alarm, plan change, restart) delivers nothing new.
    await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: NOW });
    await settle();
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('shows one notification even when the worker stopped between notifying and marking', async () => {
    await savePost(post({ scheduledAt: NOW + 5 * MINUTE }));
    background.main();
    await settle();
    // As if marking had never committed: the next start notifies again, under the same id.
    await db.reminders.update(postReminderId('p1'), { status: 'pending', firedAt: null });
    background.main();
    await settle();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([postReminderId('p1')]);
    expect((await db.reminders.get(postReminderId('p1')))!.status).toBe('fired');
  });

  it('delivers a reminder that fell due while the browser was closed once, marked late, in the UI language', async () => {
    await updateSettings({ language: 'sw' });
    await savePost(post({ scheduledAt: NOW - 3 * 60 * MINUTE, localTime: '14:00' }), NOW - 4 * 60 * MINUTE);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    background.main();
    await settle();
    const [, options] = create.mock.calls[0]! as unknown as [string, { title: string; message: string }];
    expect(options.title).toBe('Imechelewa: 14:00 kwenye Instagram: Cupping Friday');
    expect(options.message).toMatch(/^Lilipaswa kuchapishwa 26 Nov 2026/);
    expect(await db.reminders.get(postReminderId('p1'))).toMatchObject({ status: 'fired', late: true });
  });

  it('Snooze 15 min clears the notification and fires again fifteen minutes later', async () => {
    await savePost(post({ scheduledAt: NOW + 5 * MINUTE }));
    background.main();
    await settle();
    const id = postReminderId('p1');
    await fakeBrowser.notifications.onButtonClicked.trigger(id, 1);
    await settle();
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(await db.reminders.get(id)).toMatchObject({ status: 'snoozed', dueAt: NOW + 15 * MINUTE });
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))!.scheduledTime).toBe(NOW + 15 * MINUTE);

    vi.setSystemTime(NOW + 15 * MINUTE);
    await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: NOW + 15 * MINUTE });
    await settle();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([id]);
    expect((await db.reminders.get(id))!.status).toBe('fired');
  });

  it('Open shows the post: in the side panel, or in an extension tab when the panel cannot open', async () => {
    await savePost(post({ scheduledAt: NOW + 5 * MINUTE }));
    background.main();
    await settle();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(postReminderId('p1'));
    await settle();
    expect(create).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension-id/sidepanel.html#plan/p1' });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('clears the alarm when nothing waits', async () => {
    await updateSettings({ weeklyReview: { enabled: false, weekday: 1, time: '09:00' } });
    await fakeBrowser.alarms.create(REMINDER_ALARM, { when: NOW + MINUTE });
    background.main();
    await settle();
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });
});

describe('the morning digest', () => {
  it('waits for the next digest time, lists what is due today, and schedules tomorrow’s', async () => {
    // NOW is 17:00 in Nairobi: today's 08:00 has passed, so the first digest is tomorrow's.
    await updateSettings({ digestTime: '08:00' });
    await savePost(post({ scheduledAt: Date.UTC(2026, 10, 27, 7, 30), localDate: '2026-11-27', localTime: '10:30', title: 'Black Friday doors open' }));
    background.main();
    await settle();
    const tomorrow = Date.UTC(2026, 10, 27, 5, 0);
    expect(await db.reminders.get('daily-digest:2026-11-27')).toMatchObject({ status: 'pending', dueAt: tomorrow, kind: 'daily-digest' });

    vi.setSystemTime(tomorrow);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: tomorrow });
    await settle();
    const calls = create.mock.calls as unknown as [string, { title: string; message: string }][];
    const digest = calls.find(([id]) => id === 'daily-digest:2026-11-27')!;
    expect(digest[1]).toMatchObject({ title: 'Today: 1 post due', message: '10:30 Instagram: Black Friday doors open' });
    expect(await db.reminders.get('daily-digest:2026-11-28')).toMatchObject({ status: 'pending', dueAt: Date.UTC(2026, 10, 28, 5, 0) });
  });

  it('is cancelled when turned off, and a stale one from a past day says nothing', async () => {
    await updateSettings({ digestTime: '18:00' });
    background.main();
    await settle();
    expect((await db.reminders.get('daily-digest:2026-11-26'))!.status).toBe('pending');
    await updateSettings({ digestTime: null });
    await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: NOW });
    await settle();
    expect((await db.reminders.get('daily-digest:2026-11-26'))!.status).toBe('cancelled');

    await db.reminders.put({ id: 'daily-digest:2026-11-20', kind: 'daily-digest', postId: null, dueAt: NOW - 6 * 86_400_000, intendedAt: NOW - 6 * 86_400_000, status: 'pending', firedAt: null, late: false, createdAt: 0 });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: NOW });
    await settle();
    expect(create).not.toHaveBeenCalled();
    expect((await db.reminders.get('daily-digest:2026-11-20'))!.status).toBe('fired');
  });

  it('moves reminders of posts on the default lead time when the setting changes', async () => {
    await savePost(post());
    await updateSettings({ notificationLeadMinutes: 30 }, NOW);
    expect((await db.reminders.get(postReminderId('p1')))!.dueAt).toBe(NOW + 30 * MINUTE);
  });
});
