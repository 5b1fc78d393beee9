// Plan against actual: an own account's observed post turns its planned post into "published" — by
// URL or id, or by text within ±48 h — and never for a competitor, a near-miss or a post far in time.
import { beforeEach, describe, expect, it } from 'vitest';
import { listHealth } from '@/storage/capture-health';
import { recordCapture } from '@/storage/capture';
import { db } from '@/storage/db';
import { createPost, type PostInput } from '@/storage/posts';
import type { Message, PostObservation } from '@/utils/messaging';

const NOW = Date.UTC(2026, 10, 27, 16, 0); // 19:00 in Nairobi
const TEXT = 'Cupping Friday at Westlands: taste three new single origins from Nyeri with our roasters. Book your seat, link in bio!';

function planned(overrides: Partial<PostInput> = {}): PostInput {
  return {
    groupId: null, platform: 'instagram', format: 'image', status: 'scheduled', title: 'Cupping Friday', localDate: '2026-11-27', localTime: '18:00', timeZone: 'Africa/Nairobi',
    pillar: 'community', topic: '', segmentId: null, hookId: null, campaignId: null, text: TEXT, hashtags: [], notes: '', mediaIds: [], reminderLeadMinutes: null,
    publishedUrl: null, publishedAt: null, externalId: null, ...overrides,
  };
}

function seen(overrides: Partial<PostObservation> = {}): PostObservation {
  return { postId: 'DAbc123', url: 'https://www.instagram.com/p/DAbc123/', author: 'kahawabora', publishedAt: Date.UTC(2026, 10, 27, 15, 2), text: `☕ ${TEXT}`, likes: 40, reposts: null, comments: 3, views: null, bookmarks: null, precision: {}, sponsored: false, ...overrides };
}

function batch(posts: PostObservation[], health = { seen: posts.length, understood: posts.length }): Message<'capture'> {
  return { type: 'capture', platform: 'instagram', posts, profile: null, health };
}

beforeEach(async () => {
  await db.accounts.bulkPut([
    { id: 'own', platform: 'instagram', handle: 'kahawabora', role: 'own' },
    { id: 'rival', platform: 'instagram', handle: 'rival.coffee', role: 'competitor' },
  ]);
});

describe('plan against actual', () => {
  it('links an own post to the scheduled post it matches by text, marks it published and cancels its reminder', async () => {
    const plan = await createPost(planned(), NOW - 86_400_000);
    expect((await db.reminders.where('postId').equals(plan.id).first())?.status).toBe('pending');

    expect(await recordCapture(batch([seen()]), NOW)).toMatchObject({ posts: 1, linked: 1 });
    expect(await db.posts.get(plan.id)).toMatchObject({ status: 'published', publishedUrl: 'https://www.instagram.com/p/DAbc123/', publishedAt: Date.UTC(2026, 10, 27, 15, 2), externalId: 'DAbc123' });
    expect((await db.observedPosts.get('instagram:DAbc123'))?.plannedPostId).toBe(plan.id);
    expect((await db.reminders.where('postId').equals(plan.id).first())?.status).toBe('cancelled');

    // The same batch again changes nothing.
    expect(await recordCapture(batch([seen()]), NOW + 1000)).toMatchObject({ linked: 0 });
  });

  it('links a post handed over as ready to publish by its text, and leaves drafts to be matched by address only', async () => {
    const ready = await createPost(planned({ status: 'ready' }), NOW - 86_400_000);
    const draft = await createPost(planned({ status: 'draft', localTime: '17:30' }), NOW - 86_400_000);
    await recordCapture(batch([seen()]), NOW);
    expect(await db.posts.get(ready.id)).toMatchObject({ status: 'published', externalId: 'DAbc123' });
    expect((await db.posts.get(draft.id))?.status).toBe('draft');
  });

  it('links by the URL the manager pasted (tracking parameters and all), whatever the text', async () => {
    const plan = await createPost(planned({ status: 'published', publishedUrl: 'https://instagram.com/p/DAbc123/?igsh=xyz', text: 'Something else entirely' }), NOW);
    await recordCapture(batch([seen()]), NOW);
    expect(await db.posts.get(plan.id)).toMatchObject({ status: 'published', publishedUrl: 'https://www.instagram.com/p/DAbc123/', externalId: 'DAbc123' });
  });

  it('picks the best of two scheduled posts and leaves the other alone', async () => {
    const right = await createPost(planned(), NOW);
    const other = await createPost(planned({ localTime: '10:00', text: 'Cupping Friday at Kilimani: taste three new single origins from Kirinyaga with our roasters. Book your seat, link in bio!' }), NOW);
    await recordCapture(batch([seen()]), NOW);
    expect((await db.posts.get(right.id))?.status).toBe('published');
    expect((await db.posts.get(other.id))?.status).toBe('scheduled');
  });

  it.each([
    ['a competitor’s post with the same text', seen({ author: 'rival.coffee' }), {}],
    ['a near-miss of the template', seen({ text: 'Cupping Friday at Kilimani: taste three new single origins from Kirinyaga with our roasters. Book your seat, link in bio!' }), {}],
    ['a post more than 48 h from the plan', seen({ publishedAt: Date.UTC(2026, 10, 30, 16, 0) }), {}],
    ['a post on another platform', seen(), { platform: 'facebook' as const }],
    ['an idea that was never scheduled', seen(), { status: 'idea' as const }],
  ])('does not link %s', async (_, observation, overrides) => {
    const plan = await createPost(planned(overrides), NOW);
    await recordCapture(batch([observation]), NOW);
    expect((await db.posts.get(plan.id))?.status).toBe(plan.status);
    expect((await db.posts.get(plan.id))?.externalId).toBeNull();
  });

  it('keeps the collectors’ health per platform and calls a platform broken when it understands nothing', async () => {
    await recordCapture(batch([seen()]), NOW);
    expect(await listHealth(NOW)).toEqual([{ platform: 'instagram', lastCaptureAt: NOW, seen: 1, understood: 1, broken: false }]);
    await recordCapture({ ...batch([]), platform: 'x', health: { seen: 12, understood: 0 } }, NOW + 60_000);
    expect((await listHealth(NOW + 60_000))[0]).toEqual({ platform: 'x', lastCaptureAt: NOW + 60_000, seen: 12, understood: 0, broken: true });
    // An hour later the old minutes are forgotten.
    expect((await listHealth(NOW + 62 * 60_000)).map((h) => [h.platform, h.seen, h.broken])).toEqual([
      ['x', 0, false],
      ['instagram', 0, false],
    ]);
  });
});
