/** What the background does for each message type (the router has already checked it). */
import { browser } from 'wxt/browser';
import { recordCapture } from '@/storage/capture';
import { SCHEMA_VERSION } from '@/storage/migrations';
import { nextReminderDueAt } from '@/storage/reminders';
import type { Handlers } from './router';

export function createHandlers(startedAt: number, reminders: { process(): Promise<void> }): Handlers {
  return {
    capture: (message) => recordCapture(message),
    'get-status': () =>
      Promise.resolve({ version: browser.runtime.getManifest().version, schemaVersion: SCHEMA_VERSION, startedAt }),
    'plan-changed': async () => {
      await reminders.process();
      return { nextReminderAt: await nextReminderDueAt() };
    },
  };
}
