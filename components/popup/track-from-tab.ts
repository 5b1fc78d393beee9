/**
 * "Track as …" from the popup: tracks the profile read on the tab and records at once what the tab
 * already read of it (the profile and its posts), so its numbers are there without reloading the page.
 * The collector health is left alone: those posts were counted when they were read.
 */
import { browser } from 'wxt/browser';
import { trackAccount, type AccountRole } from '@/storage/accounts';
import { recordCapture } from '@/storage/capture';
import { asTabCapture, markTabPostsKept, profilePosts, tabCaptureKey, type TabCapture } from '@/utils/tab-capture';

/** Returns how many of the tab's posts were recorded with the profile. */
export async function trackFromTab(tabId: number, record: TabCapture, role: AccountRole, now = Date.now()): Promise<number> {
  const { platform, profile } = record;
  if (!profile) throw new Error('no profile was read on this tab');
  await trackAccount({ platform, handle: profile.handle, role, displayName: profile.name }, now);
  const posts = profilePosts(record);
  const result = await recordCapture({ type: 'capture', platform, posts, profile, health: { seen: 0, understood: 0 } }, now, { countHealth: false });

  // The tab's "kept" count follows at once (read just before writing: the background writes this record too).
  const key = tabCaptureKey(tabId);
  const stored = asTabCapture((await browser.storage.session.get(key))[key]);
  if (stored) await browser.storage.session.set({ [key]: markTabPostsKept(stored, posts.map((post) => post.postId)) });
  return result.posts;
}
