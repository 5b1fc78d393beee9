/** What the background does for each message type (the router has already checked it). */
import { browser } from 'wxt/browser';
import { recordCapture } from '@/storage/capture';
import { SCHEMA_VERSION } from '@/storage/migrations';
import type { Handlers } from './router';

export function createHandlers(startedAt: number): Handlers {
  return {
    capture: (message) => recordCapture(message),
    'get-status': () =>
      Promise.resolve({ version: browser.runtime.getManifest().version, schemaVersion: SCHEMA_VERSION, startedAt }),
  };
}
