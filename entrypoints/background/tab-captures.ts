/**
 * The background's per-tab record of what was read (utils/tab-capture.ts), in `storage.session`: the
 * popup's "On this tab" card reads it. Written after each verified capture, removed when its tab closes.
 * A tab sends at most one batch every 2 s, so a record's read-merge-write never races another batch of
 * the same tab.
 */
import { browser } from 'wxt/browser';
import { accountsOn } from '@/storage/accounts';
import type { CaptureResult } from '@/storage/capture';
import { getSettings } from '@/storage/settings';
import type { Message } from '@/utils/messaging';
import { asTabCapture, mergeTabCapture, tabCaptureKey } from '@/utils/tab-capture';
import type { VerifiedSender } from './router';

type TabSender = Extract<VerifiedSender, { kind: 'content-script' }>;

/**
 * Which of the batch's posts recordCapture kept. All or none is the common case (a profile page, a feed
 * of strangers) and its count says which. A mixed feed is sorted by the same rule as recordCapture's
 * (storage/capture.ts: an ad only when its author is tracked; any other post when its author is tracked
 * or the scope is "everything") — keep the two in step.
 */
async function keptPostIds(message: Message<'capture'>, result: CaptureResult): Promise<string[]> {
  const ids = message.posts.map((post) => post.postId);
  if (result.posts === 0) return [];
  if (result.posts >= ids.length) return ids;
  const tracked = new Set((await accountsOn(message.platform)).map((account) => account.handle));
  const everything = (await getSettings()).captureScope === 'everything';
  return message.posts.filter((post) => tracked.has(post.author) || (everything && !post.sponsored)).map((post) => post.postId);
}

export async function recordTabCapture(sender: TabSender, message: Message<'capture'>, result: CaptureResult, now: number): Promise<void> {
  const key = tabCaptureKey(sender.tabId);
  const keptIds = await keptPostIds(message, result);
  const stored = await browser.storage.session.get(key);
  const record = mergeTabCapture(asTabCapture(stored[key]), {
    platform: message.platform,
    url: sender.url,
    at: now,
    posts: message.posts,
    profile: message.profile,
    health: message.health,
    keptIds,
  });
  await browser.storage.session.set({ [key]: record });
}

/** A closed tab's record goes with it. */
export function forgetTabCapture(tabId: number): Promise<void> {
  return browser.storage.session.remove(tabCaptureKey(tabId));
}
