/** What the background does for each message type (the router has already checked it). */
import { browser } from 'wxt/browser';
import { recordCapture } from '@/storage/capture';
import { SCHEMA_VERSION } from '@/storage/migrations';
import { nextReminderDueAt } from '@/storage/reminders';
import type { Handlers } from './router';
import { recordTabCapture } from './tab-captures';

export function createHandlers(startedAt: number, reminders: { process(): Promise<void> }): Handlers {
  return {
    capture: async (message, sender) => {
      const now = Date.now();
      const result = await recordCapture(message, now);
      // What this tab read, for the popup's "On this tab" card (the router only lets tabs send captures).
      if (sender.kind === 'content-script') await recordTabCapture(sender, message, result, now);
      // A planned post just turned published has new follow-ups (storage/follow-ups.ts): re-arm for them.
      if (result.linked > 0) await reminders.process();
      return result;
    },
    'get-status': () =>
      Promise.resolve({ version: browser.runtime.getManifest().version, schemaVersion: SCHEMA_VERSION, startedAt }),
    'plan-changed': async () => {
      await reminders.process();
      return { nextReminderAt: await nextReminderDueAt() };
    },
  };
}
