// Recording capture batches: tracked accounts only (unless the scope says otherwise), snapshots when
// counts move or an hour passes, idempotent retries, and hidden counts never erasing known ones.
import { beforeEach, describe, expect, it } from 'vitest';
import { SNAPSHOT_QUIET_INTERVAL, recordCapture } from '@/storage/capture';
import { lastCaptureAt } from '@/storage/capture-health';
import { db } from '@/storage/db';
import { updateSettings } from '@/storage/settings';
import type { Message, PostObservation } from '@/utils/messaging';

const T0 = Date.UTC(2026, 10, 20, 9, 0);

function post(overrides: Partial<PostObservation> = {}): PostObservation {
  return { postId: 'C0ffee1', url: 'https://www.instagram.com/p/C0ffee1/', author: 'kahawabora', publishedAt: T0 - 3_600_000, text: 'Karibu!', likes: 120, reposts: null, comments: 8, views: null, bookmarks: null, precision: {}, sponsored: false, ...overrides };
}

function batch(posts: PostObservation[], profile: Message<'capture'>['profile'] = null): Message<'capture'> {
  return { type: 'capture', platform: 'instagram', posts, profile, health: { seen: posts.length, understood: posts.length } };
}

beforeEach(async () => {
  await db.accounts.put({ id: 'own-ig', platform: 'instagram', handle: 'kahawabora', role: 'own' });
});

describe('recordCapture', () => {
  it('keeps tracked accounts only by default, everything when the scope says so', async () => {
    const stranger = post({ postId: 'Str4nger', author: 'someone.else' });
    expect(await recordCapture(batch([post(), stranger]), T0)).toMatchObject({ posts: 1, kept: true });
    expect(await db.observedPosts.get('instagram:Str4nger')).toBeUndefined();

    await updateSettings({ captureScope: 'everything' });
    expect(await recordCapture(batch([stranger]), T0)).toMatchObject({ posts: 1 });
    expect(await db.observedPosts.get('instagram:Str4nger')).toBeDefined();
  });

  it('keeps an ad only when its author is tracked, whatever the scope', async () => {
    await updateSettings({ captureScope: 'everything' });
    const ad = post({ postId: 'Ad1', author: 'big.brand', sponsored: true });
    const ownAd = post({ postId: 'OwnAd1', sponsored: true });
    expect(await recordCapture(batch([ad, ownAd]), T0)).toMatchObject({ posts: 1 });
    expect(await db.observedPosts.get('instagram:Ad1')).toBeUndefined();
    expect(await db.observedPosts.get('instagram:OwnAd1')).toBeDefined();
  });

  it('writes the observed post and a first snapshot', async () => {
    expect(await lastCaptureAt()).toBeNull();
    await recordCapture(batch([post()]), T0);
    expect(await lastCaptureAt()).toBe(T0);
    expect(await db.observedPosts.get('instagram:C0ffee1')).toMatchObject({ author: 'kahawabora', likes: 120, comments: 8, views: null, firstSeenAt: T0, lastSeenAt: T0, plannedPostId: null });
    expect(await db.postSnapshots.count()).toBe(1);
  });

  it('is idempotent: the same batch again adds no snapshot', async () => {
    await recordCapture(batch([post()]), T0);
    expect(await recordCapture(batch([post()]), T0 + 60_000)).toMatchObject({ snapshots: 0 });
    expect(await db.postSnapshots.count()).toBe(1);
    expect((await db.observedPosts.get('instagram:C0ffee1'))!.lastSeenAt).toBe(T0 + 60_000);
  });

  it('snapshots when a count changes, or after the quiet interval', async () => {
    await recordCapture(batch([post()]), T0);
    await recordCapture(batch([post({ likes: 121 })]), T0 + 1_000);
    await recordCapture(batch([post({ likes: 121 })]), T0 + 1_000 + SNAPSHOT_QUIET_INTERVAL);
    expect((await db.postSnapshots.orderBy('at').toArray()).map((s) => s.likes)).toEqual([120, 121, 121]);
  });

  it('never lets a hidden count (null) erase a count read earlier', async () => {
    await recordCapture(batch([post({ views: 4_500, precision: { views: 100 } })]), T0);
    await recordCapture(batch([post({ views: null, likes: 130 })]), T0 + 1_000);
    const row = await db.observedPosts.get('instagram:C0ffee1');
    expect(row).toMatchObject({ views: 4_500, likes: 130, precision: { views: 100 }, firstSeenAt: T0 });
  });

  it('records profile snapshots of tracked profiles only', async () => {
    const profile = { handle: 'kahawabora', name: 'Kahawa Bora', followers: 4_210, following: 310, posts: 220, precision: {} };
    await recordCapture(batch([], profile), T0);
    await recordCapture(batch([], profile), T0 + 1_000);
    await recordCapture(batch([], { ...profile, followers: 4_215 }), T0 + 2_000);
    await recordCapture(batch([], { ...profile, handle: 'not.tracked' }), T0 + 3_000);
    expect((await db.profileSnapshots.orderBy('at').toArray()).map((s) => [s.handle, s.followers])).toEqual([
      ['kahawabora', 4_210],
      ['kahawabora', 4_215],
    ]);
  });

  it('leaves the collector health alone when asked to (a batch replayed from a tab)', async () => {
    await recordCapture(batch([post()]), T0);
    expect(await recordCapture(batch([post({ likes: 125 })]), T0 + 1_000, { countHealth: false })).toMatchObject({ posts: 1, snapshots: 1 });
    const health = await db.captureHealth.get('instagram');
    expect(health).toMatchObject({ lastCaptureAt: T0 });
    expect(health!.minutes.reduce((seen, [, minuteSeen]) => seen + minuteSeen, 0)).toBe(1);
  });
});
