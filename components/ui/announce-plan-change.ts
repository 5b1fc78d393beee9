/**
 * Tells the background that the plan changed, so it delivers what is due and re-arms the reminder
 * alarm. The message also wakes a sleeping service worker, which a database change alone would not.
 */
import { browser } from 'wxt/browser';
import type { Message } from '@/utils/messaging';

export async function announcePlanChange(): Promise<void> {
  const message: Message<'plan-changed'> = { type: 'plan-changed' };
  try {
    await browser.runtime.sendMessage(message);
  } catch (error) {
    // The plan is saved either way; the worker re-arms at its next start. Worth a trace, not a failure.
    console.warn('[mkakati] the background did not take the plan change', error);
  }
}
