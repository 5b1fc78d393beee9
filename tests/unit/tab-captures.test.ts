// The background keeps what each tab read in storage.session — through the real background, its
// router and WXT's fake browser — and forgets it when the tab closes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { db } from '@/storage/db';
import { updateSettings } from '@/storage/settings';
import type { Message, PostObservation, Reply } from '@/utils/messaging';
import { asTabCapture, tabCaptureKey, type TabCapture } from '@/utils/tab-capture';

const TAB = 7;
const SENDER = { id: fakeBrowser.runtime.id, url: 'https://www.instagram.com/kahawabora/', tab: { id: TAB } as Browser.tabs.Tab, frameId: 0 };

function post(postId: string, author: string): PostObservation {
  return { postId, url: `https://www.instagram.com/p/${postId}/`, author, publishedAt: null, text: '', likes: 5, reposts: null, comments: 1, views: null, bookmarks: null, precision: {}, sponsored: false };
}

function capture(posts: PostObservation[], overrides: Partial<Message<'capture'>> = {}): Message<'capture'> {
  return { type: 'capture', platform: 'instagram', posts, profile: null, health: { seen: posts.length + 1, understood: posts.length }, ...overrides };
}

async function send(message: unknown, sender: Browser.runtime.MessageSender = SENDER): Promise<Reply> {
  const replies = (await fakeBrowser.runtime.onMessage.trigger(message, sender)) as unknown as Reply[];
  return replies[0]!;
}

async function tabRecord(tabId = TAB): Promise<TabCapture | null> {
  const key = tabCaptureKey(tabId);
  return asTabCapture((await fakeBrowser.storage.session.get(key))[key]);
}

beforeEach(async () => {
  await db.accounts.put({ id: 'own-ig', platform: 'instagram', handle: 'kahawabora', role: 'own' });
  background.main();
});
// The background's start also delivers reminders (with `void`): let that finish before the next test's database.
afterEach(async () => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 5));
});

describe('the per-tab capture record', () => {
  it('records what a tab read, kept or not, with its profile', async () => {
    const profile = { handle: 'chai.tamu', name: 'Chai Tamu', followers: 980, following: 12, posts: 40, precision: {} };
    const reply = await send(capture([post('Own1', 'kahawabora'), post('Str1', 'chai.tamu'), post('Str2', 'chai.tamu')], { profile }));
    expect(reply).toMatchObject({ ok: true, data: { posts: 1 } });

    const record = await tabRecord();
    expect(record).toMatchObject({ platform: 'instagram', url: SENDER.url, postsRead: 3, postsKept: 1, keptIds: ['Own1'], seen: 4, understood: 3, profile, profileUrl: SENDER.url });
    expect(record!.posts.map((p) => p.postId)).toEqual(['Own1', 'Str1', 'Str2']);
    // The untracked profile is offered in the popup, not stored in the database.
    expect(await db.profileSnapshots.count()).toBe(0);
  });

  it('adds the next batches of the same tab, and keeps tabs apart', async () => {
    await send(capture([post('Own1', 'kahawabora')]));
    await send(capture([post('Own1', 'kahawabora'), post('Own2', 'kahawabora')]));
    await send(capture([post('Str9', 'someone')]), { ...SENDER, tab: { id: 8 } as Browser.tabs.Tab });
    expect(await tabRecord()).toMatchObject({ postsRead: 2, postsKept: 2, seen: 5, understood: 3 });
    expect(await tabRecord(8)).toMatchObject({ postsRead: 1, postsKept: 0 });
  });

  it('counts as kept what the scope keeps: everything I open, but an ad only from a tracked account', async () => {
    await updateSettings({ captureScope: 'everything' });
    const ad = { ...post('Ad1', 'big.brand'), sponsored: true };
    expect(await send(capture([post('Str1', 'chai.tamu'), ad]))).toMatchObject({ ok: true, data: { posts: 1 } });
    expect(await tabRecord()).toMatchObject({ postsRead: 2, postsKept: 1, keptIds: ['Str1'] });
  });

  it('writes nothing for a refused capture', async () => {
    const reply = await send(capture([post('Own1', 'kahawabora')], { platform: 'x' }));
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await tabRecord()).toBeNull();
  });

  it('forgets a tab when it closes', async () => {
    await send(capture([post('Own1', 'kahawabora')]));
    await send(capture([post('Str9', 'someone')]), { ...SENDER, tab: { id: 8 } as Browser.tabs.Tab });
    await fakeBrowser.tabs.onRemoved.trigger(TAB, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect(await tabRecord()).toBeNull());
    expect(await tabRecord(8)).not.toBeNull();
  });
});
