// The calendar's projection follows every kind of write to posts, in the same transaction.
import { describe, expect, it } from 'vitest';
import { createCampaign, deleteCampaign } from '@/storage/campaigns';
import { db } from '@/storage/db';
import { createPost, deletePost, listCalendarEntries, updatePost, type PostInput } from '@/storage/posts';
import { writeWorkspace } from '@/storage/workspace';

const NOW = Date.UTC(2026, 10, 26, 6, 0);
function input(overrides: Partial<PostInput> = {}): PostInput {
  return {
    groupId: null, platform: 'instagram', format: 'reel', status: 'scheduled', title: 'Cupping Friday', localDate: '2026-11-27', localTime: '18:00',
    timeZone: 'Africa/Nairobi', pillar: 'community', topic: '', segmentId: null, hookId: null, campaignId: null, text: 'x'.repeat(500), hashtags: ['kahawa'],
    notes: 'long notes', mediaIds: [], reminderLeadMinutes: null, publishedUrl: null, publishedAt: null, externalId: null, ...overrides,
  };
}

describe('calendar projection', () => {
  it('holds the light fields of each post and follows create, update, modify and delete', async () => {
    const post = await createPost(input(), NOW);
    const [entry] = await db.calendarEntries.toArray();
    expect(entry).toEqual({
      id: post.id, groupId: null, platform: 'instagram', format: 'reel', status: 'scheduled', title: 'Cupping Friday', scheduledAt: post.scheduledAt,
      localDate: '2026-11-27', localTime: '18:00', timeZone: 'Africa/Nairobi', pillar: 'community', segmentId: null, hookId: null, campaignId: null,
      reminderLeadMinutes: null, text: 'x'.repeat(80),
    });

    await updatePost(post.id, { localTime: '09:00', title: 'Moved' }, NOW);
    expect((await listCalendarEntries(Date.UTC(2026, 10, 27), Date.UTC(2026, 10, 28)))[0]).toMatchObject({ title: 'Moved', localTime: '09:00' });

    const campaign = await createCampaign({ name: 'BF', kind: 'black-friday', start: '2026-11-27', end: '2026-11-30', goalIds: [], color: '#111827', notes: '' });
    await updatePost(post.id, { campaignId: campaign.id }, NOW);
    await deleteCampaign(campaign.id, NOW); // a Collection.modify over posts
    expect((await db.calendarEntries.get(post.id))!.campaignId).toBeNull();

    await deletePost(post.id, NOW);
    expect(await db.calendarEntries.count()).toBe(0);
  });

  it('follows a whole-workspace replace, and a failed transaction leaves both as they were', async () => {
    const post = await createPost(input(), NOW);
    await writeWorkspace({ posts: [{ ...post, id: 'imported', title: 'Imported' }] }, 'replace');
    expect((await db.calendarEntries.toArray()).map((e) => [e.id, e.title])).toEqual([['imported', 'Imported']]);

    await db
      .transaction('rw', db.posts, async () => {
        await db.posts.put({ ...post, id: 'doomed' });
        throw new Error('abort');
      })
      .catch(() => {});
    expect(await db.calendarEntries.get('doomed')).toBeUndefined();
    expect(await db.posts.get('doomed')).toBeUndefined();
  });
});
