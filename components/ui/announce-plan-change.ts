/**
 * Tells the background that the plan changed, so it delivers what is due and re-arms the reminder
 * alarm. The message also wakes a sleeping service worker, which a database change alone would not.
 *
 * An announcement can be lost: the worker stopped before it re-armed (the browser may stop it at any
 * moment), or the panel closed right after the write. Then the alarm would still point at the old
 * plan's first reminder, and an earlier one of the new plan would wait for it. So, first, the alarm is
 * made to fire within CHECK_IN_MS (never later than it already would); then the message is sent. The
 * worker that answers re-arms the alarm for the plan at once; if none does, the check-in wakes one soon
 * (every start of the worker delivers what is due and re-arms). No retry: the check-in is enough, and a
 * reminder is at most half a minute late in that rare case.
 */
import { browser } from 'wxt/browser';
import type { Message } from '@/utils/messaging';
import { CHECK_IN_MS, REMINDER_ALARM } from '@/utils/reminder-alarm';

/** The reminder alarm fires within CHECK_IN_MS, or earlier if it already would. Before long writes too (imports). */
export async function checkInSoon(now: number = Date.now()): Promise<void> {
  const soon = now + CHECK_IN_MS;
  try {
    const alarm = await browser.alarms.get(REMINDER_ALARM);
    if (!alarm || alarm.scheduledTime > soon) await browser.alarms.create(REMINDER_ALARM, { when: soon });
  } catch (error) {
    // Never in the way of the write it guards: the announcement still re-arms when it arrives.
    console.warn('[mkakati] could not set the check-in alarm', error);
  }
}

export async function announcePlanChange(): Promise<void> {
  const message: Message<'plan-changed'> = { type: 'plan-changed' };
  await checkInSoon();
  try {
    await browser.runtime.sendMessage(message);
  } catch (error) {
    // The plan is saved either way, and the check-in alarm wakes the worker soon. Worth a trace, not a failure.
    console.warn('[mkakati] the background did not take the plan change', error);
  }
}
