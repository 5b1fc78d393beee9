// Follow-up capture: a published post gets reminders at +24 h and +7 days to open it again, kept in step
// with every publish path in the post's own transaction, and delivered by the real background entry point
// (WXT's fake browser, only the clock faked) as a notification whose click opens the post — and nothing else.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { REMINDER_ALARM } from '@/utils/reminder-alarm';
import { recordCapture } from '@/storage/capture';
import { db } from '@/storage/db';
import { followUpId, followUpsOf, refreshUrlOf } from '@/storage/follow-ups';
import { createPost, deletePost, markPublished, updatePost, type PostInput } from '@/storage/posts';
import { settingsSchema } from '@/storage/schemas';
import type { Reply } from '@/utils/messaging';
import { defaultSettings, updateSettings, upgradeSettings } from '@/storage/settings';

const NOW = Date.UTC(2026, 10, 26, 14, 0); // 17:00 in Nairobi
const HOUR = 3_600_000;
const POST_URL = 'https://www.instagram.com/p/DAbc123/';

function planned(overrides: Partial<PostInput> = {}): PostInput {
  return {
    groupId: null, platform: 'instagram', format: 'image', status: 'ready', title: 'Cupping Friday', localDate: '2026-11-26', localTime: '16:00', timeZone: 'Africa/Nairobi',
    pillar: 'community', topic: '', segmentId: null, hookId: null, campaignId: null, text: 'Cupping Friday at Westlands: taste three new single origins from Nyeri with our roasters.', hashtags: [],
    notes: '', mediaIds: [], reminderLeadMinutes: null, publishedUrl: null, publishedAt: null, externalId: null, ...overrides,
  };
}

/** The post's follow-ups, by delay: [hours, status, dueAt]. */
async function followUps(postId: string) {
  const rows = await db.reminders.where('postId').equals(postId).filter((r) => r.kind === 'refresh-analytics').sortBy('dueAt');
  return rows.map((r) => [Number(/:(\d+)h$/.exec(r.id)![1]), r.status, r.dueAt] as const);
}

async function settle() {
  // Listeners start work with `void`; wait until the reminder queue has drained.
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  await updateSettings({ timeZone: 'Africa/Nairobi', language: 'en', country: 'KE' });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('follow-ups are kept in step with the post', () => {
  it('markPublished sets them at +24 h and +7 days from the publication time, in its own transaction', async () => {
    const post = await createPost(planned(), NOW - HOUR);
    await markPublished(post.id, POST_URL, NOW);
    expect(await followUps(post.id)).toEqual([
      [24, 'pending', NOW + 24 * HOUR],
      [168, 'pending', NOW + 168 * HOUR],
    ]);
    // Written with the post or not at all: a transaction that fails after publishing leaves neither.
    const other = await createPost(planned({ title: 'Black Friday' }), NOW);
    await expect(
      db.transaction('rw', db.posts, db.reminders, db.settings, async () => {
        await markPublished(other.id, 'https://www.instagram.com/p/DXyz789/', NOW);
        throw new Error('power cut');
      }),
    ).rejects.toThrow('power cut');
    expect((await db.posts.get(other.id))!.status).toBe('ready');
    expect(await followUps(other.id)).toEqual([]);
  });

  it('updatePost setting the status to published with an address and a time sets them too', async () => {
    const post = await createPost(planned({ publishedUrl: POST_URL, publishedAt: NOW - 2 * HOUR }), NOW - 3 * HOUR);
    expect(await followUps(post.id)).toEqual([]); // not published yet
    await updatePost(post.id, { status: 'published' }, NOW);
    expect(await followUps(post.id)).toEqual([
      [24, 'pending', NOW + 22 * HOUR],
      [168, 'pending', NOW + 166 * HOUR],
    ]);
  });

  it('the collector linking an own post to its plan sets them from the time the platform shows', async () => {
    await db.accounts.put({ id: 'own', platform: 'instagram', handle: 'kahawabora', role: 'own' });
    const post = await createPost(planned(), NOW - 5 * HOUR);
    const publishedAt = NOW - 50 * 60_000;
    const observation = { postId: 'DAbc123', url: POST_URL, author: 'kahawabora', publishedAt, text: planned().text, likes: 40, reposts: null, comments: 3, views: null, bookmarks: null, precision: {}, sponsored: false };
    expect(await recordCapture({ type: 'capture', platform: 'instagram', posts: [observation], profile: null, health: { seen: 1, understood: 1 } }, NOW)).toMatchObject({ linked: 1 });
    expect(await followUps(post.id)).toEqual([
      [24, 'pending', publishedAt + 24 * HOUR],
      [168, 'pending', publishedAt + 168 * HOUR],
    ]);
  });

  it('a capture that publishes a planned post arms the background for its first follow-up', async () => {
    await db.accounts.put({ id: 'own', platform: 'instagram', handle: 'kahawabora', role: 'own' });
    await createPost(planned(), NOW - 5 * HOUR);
    background.main();
    await settle();
    const publishedAt = NOW - 50 * 60_000;
    const observation = { postId: 'DAbc123', url: POST_URL, author: 'kahawabora', publishedAt, text: planned().text, likes: 40, reposts: null, comments: 3, views: null, bookmarks: null, precision: {}, sponsored: false };
    const sender = { id: fakeBrowser.runtime.id, url: 'https://www.instagram.com/kahawabora/', tab: { id: 7 } as Browser.tabs.Tab, frameId: 0 };
    const replies = (await fakeBrowser.runtime.onMessage.trigger({ type: 'capture', platform: 'instagram', posts: [observation], profile: null, health: { seen: 1, understood: 1 } }, sender)) as unknown as Reply[];
    expect(replies[0]).toMatchObject({ ok: true, data: { linked: 1 } });
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))!.scheduledTime).toBe(publishedAt + 24 * HOUR);
  });

  it('are idempotent: saving again changes nothing, and a fired or snoozed one stays as it is', async () => {
    const post = await createPost(planned(), NOW);
    await markPublished(post.id, POST_URL, NOW);
    const before = await db.reminders.toArray();
    await markPublished(post.id, POST_URL, NOW + HOUR);
    await updatePost(post.id, { title: 'Cupping Friday!' }, NOW + HOUR);
    expect(await db.reminders.toArray()).toEqual(before);
    await db.reminders.update(followUpId(post.id, 24), { status: 'fired', firedAt: NOW + 24 * HOUR });
    await db.reminders.update(followUpId(post.id, 168), { status: 'snoozed', dueAt: NOW + 169 * HOUR });
    await updatePost(post.id, { notes: 'went well' }, NOW + 25 * HOUR);
    expect(await followUps(post.id)).toEqual([
      [24, 'fired', NOW + 24 * HOUR],
      [168, 'snoozed', NOW + 169 * HOUR],
    ]);
  });

  it('are cancelled when the post stops being published or is deleted, and come back when it is published again', async () => {
    const post = await createPost(planned(), NOW);
    await markPublished(post.id, POST_URL, NOW);
    await updatePost(post.id, { status: 'ready' }, NOW + HOUR);
    expect((await followUps(post.id)).map(([, status]) => status)).toEqual(['cancelled', 'cancelled']);
    await updatePost(post.id, { status: 'published' }, NOW + 2 * HOUR);
    expect((await followUps(post.id)).map(([, status]) => status)).toEqual(['pending', 'pending']);
    await deletePost(post.id, NOW + 3 * HOUR);
    expect((await followUps(post.id)).map(([, status]) => status)).toEqual(['cancelled', 'cancelled']);
  });

  it('are not created for delays already past: a post published ten days ago and recorded now gets none', async () => {
    const old = await createPost(planned({ publishedAt: NOW - 10 * 24 * HOUR }), NOW);
    await markPublished(old.id, POST_URL, NOW);
    expect(await followUps(old.id)).toEqual([]);
    const recent = await createPost(planned({ publishedAt: NOW - 3 * 24 * HOUR }), NOW);
    await markPublished(recent.id, 'https://www.instagram.com/p/DXyz789/', NOW);
    expect(await followUps(recent.id)).toEqual([[168, 'pending', NOW + 4 * 24 * HOUR]]);
  });

  it('need the post’s own address on its platform', async () => {
    const noUrl = await createPost(planned({ status: 'published', publishedAt: NOW }), NOW);
    const elsewhere = await createPost(planned({ status: 'published', publishedAt: NOW, publishedUrl: 'https://example.com/p/DAbc123/' }), NOW);
    expect(await followUps(noUrl.id)).toEqual([]);
    expect(await followUps(elsewhere.id)).toEqual([]);
    expect(refreshUrlOf({ status: 'published', platform: 'instagram', publishedUrl: 'http://www.instagram.com/p/DAbc123/' })).toBeNull();
    expect(refreshUrlOf({ status: 'published', platform: 'x', publishedUrl: POST_URL })).toBeNull();
    expect(refreshUrlOf({ status: 'published', platform: 'instagram', publishedUrl: POST_URL })).toBe(POST_URL);
  });
});

describe('the follow-up setting', () => {
  it('is optional: rows and backups from before it mean on, at 24 h and 7 days', () => {
    const old = defaultSettings({ timeZone: 'Africa/Nairobi', languages: ['sw-KE'] }, NOW);
    expect('followUps' in old).toBe(false);
    expect(settingsSchema.safeParse(old).success).toBe(true);
    expect(followUpsOf(upgradeSettings(old))).toEqual({ enabled: true, delaysHours: [24, 168] });
    expect(settingsSchema.safeParse({ ...old, followUps: { enabled: true, delaysHours: [24, 24] } }).success).toBe(false);
  });

  it('off cancels waiting follow-ups; on re-creates the ones still ahead; other delays replace the old', async () => {
    const post = await createPost(planned(), NOW);
    await markPublished(post.id, POST_URL, NOW);
    await updateSettings({ followUps: { enabled: false, delaysHours: [24, 168] } }, NOW + HOUR);
    expect((await followUps(post.id)).map(([, status]) => status)).toEqual(['cancelled', 'cancelled']);
    // Published while off: nothing is created.
    const quiet = await createPost(planned({ title: 'Quiet' }), NOW);
    await markPublished(quiet.id, 'https://www.instagram.com/p/DQuiet1/', NOW + HOUR);
    expect(await followUps(quiet.id)).toEqual([]);

    // Back on two days later: only the 7-day ones are still ahead.
    await updateSettings({ followUps: { enabled: true, delaysHours: [24, 168] } }, NOW + 48 * HOUR);
    expect(await followUps(post.id)).toEqual([
      [24, 'cancelled', NOW + 24 * HOUR],
      [168, 'pending', NOW + 168 * HOUR],
    ]);
    expect(await followUps(quiet.id)).toEqual([[168, 'pending', NOW + HOUR + 168 * HOUR]]);

    await updateSettings({ followUps: { enabled: true, delaysHours: [72, 336] } }, NOW + 49 * HOUR);
    expect(await followUps(post.id)).toEqual([
      [24, 'cancelled', NOW + 24 * HOUR],
      [72, 'pending', NOW + 72 * HOUR],
      [168, 'cancelled', NOW + 168 * HOUR],
      [336, 'pending', NOW + 336 * HOUR],
    ]);
  });
});

describe('the background delivers follow-ups', () => {
  async function publishedAndDue(language: 'en' | 'sw', lateBy = 0) {
    if (language !== 'en') await updateSettings({ language });
    const post = await createPost(planned(), NOW - 25 * HOUR);
    await markPublished(post.id, POST_URL, NOW - 24 * HOUR - lateBy);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    background.main();
    await settle();
    const calls = create.mock.calls as unknown as [string, { title: string; message: string; buttons: { title: string }[] }][];
    return { post, calls };
  }

  it('notifies once, in English, with the platform and why to open it', async () => {
    const { post, calls } = await publishedAndDue('en');
    expect(calls).toHaveLength(1);
    const [id, options] = calls[0]!;
    expect(id).toBe(followUpId(post.id, 24));
    expect(options.title).toBe('Refresh the numbers of “Cupping Friday”');
    expect(options.message).toBe('Published on Instagram, 25 Nov 2026, 17:00. Opening the post updates its likes, comments and views.');
    expect(options.buttons.map((b) => b.title)).toEqual(['Open the post', 'Snooze 15 min']);
    expect(await db.reminders.get(id)).toMatchObject({ status: 'fired', late: false });

    background.main(); // another wake-up: nothing new
    await settle();
    expect(calls).toHaveLength(1);
  });

  it('notifies in Kiswahili, and marks one delivered hours after its time late', async () => {
    const { post, calls } = await publishedAndDue('sw', 3 * HOUR);
    const [id, options] = calls[0]!;
    expect(options.title).toBe('Sasisha takwimu za “Cupping Friday”');
    expect(options.message).toMatch(/^Lilichapishwa kwenye Instagram, .+\. Ukilifungua, idadi ya vipendwa, maoni na mara za kutazamwa itasasishwa\.$/);
    expect(options.buttons.map((b) => b.title)).toEqual(['Fungua chapisho', 'Ahirisha dakika 15']);
    expect(await db.reminders.get(followUpId(post.id, 24))).toMatchObject({ id, status: 'fired', late: true });
  });

  it('a click, or its Open button, opens the published post in a new tab', async () => {
    const { post } = await publishedAndDue('en');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(followUpId(post.id, 24));
    await settle();
    expect(create).toHaveBeenCalledExactlyOnceWith({ url: POST_URL });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    await fakeBrowser.notifications.onButtonClicked.trigger(followUpId(post.id, 24), 0);
    await settle();
    expect(create).toHaveBeenLastCalledWith({ url: POST_URL });
  });

  it.each([
    ['another site', 'https://evil.example/p/DAbc123/'],
    ['a script', 'javascript:alert(1)'],
    ['plain http', 'http://www.instagram.com/p/DAbc123/'],
  ])('opens nothing but the post: an address on %s shows the post in Mkakati instead', async (_, address) => {
    const { post } = await publishedAndDue('en');
    await db.posts.update(post.id, { publishedUrl: address }); // as if a bad row came in from elsewhere
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(followUpId(post.id, 24));
    await settle();
    expect(create.mock.calls.map(([options]) => options.url)).toEqual([`chrome-extension://test-extension-id/sidepanel.html#plan/${post.id}`]);
  });

  it('says nothing for a post no longer published by the time it falls due', async () => {
    const post = await createPost(planned(), NOW - 25 * HOUR);
    await markPublished(post.id, POST_URL, NOW - 24 * HOUR);
    await db.posts.update(post.id, { status: 'cancelled' }); // changed behind the repository's back
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    background.main();
    await settle();
    expect(create).not.toHaveBeenCalled();
    expect((await db.reminders.get(followUpId(post.id, 24)))!.status).toBe('fired');
  });
});
