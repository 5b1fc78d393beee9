// The side panel's announcement of a plan change: a check-in alarm first, then the message.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { announcePlanChange, checkInSoon } from '@/components/ui/announce-plan-change';
import { CHECK_IN_MS, REMINDER_ALARM } from '@/utils/reminder-alarm';

const NOW = Date.UTC(2026, 10, 27, 9, 0);

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('checkInSoon', () => {
  it('sets the reminder alarm to fire within the check-in delay when none waits', async () => {
    await checkInSoon(NOW);
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(NOW + CHECK_IN_MS);
  });

  it('brings a later alarm forward', async () => {
    await fakeBrowser.alarms.create(REMINDER_ALARM, { when: NOW + 3_600_000 });
    await checkInSoon(NOW);
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(NOW + CHECK_IN_MS);
  });

  it('never delays an alarm that fires sooner', async () => {
    await fakeBrowser.alarms.create(REMINDER_ALARM, { when: NOW + 5_000 });
    await checkInSoon(NOW);
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(NOW + 5_000);
  });
});

describe('announcePlanChange', () => {
  it('lets the worker that answers re-arm for the plan (its alarm replaces the check-in)', async () => {
    const planned = Date.now() + 7_200_000;
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => {
      await fakeBrowser.alarms.create(REMINDER_ALARM, { when: planned });
      return { ok: true, value: { nextReminderAt: planned } };
    });
    await announcePlanChange();
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ type: 'plan-changed' });
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(planned);
  });

  it('leaves the check-in armed when no worker answers', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.alarms.create(REMINDER_ALARM, { when: NOW + 86_400_000 });
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('The message port closed before a response was received.'));
    await announcePlanChange();
    expect(send).toHaveBeenCalledOnce();
    expect(warn).toHaveBeenCalledOnce();
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(NOW + CHECK_IN_MS);
  });
});
