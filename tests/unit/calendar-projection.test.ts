// The calendar's projection follows every kind of write to posts, in the same transaction.
import { describe, expect, it } from 'vitest';
import { createCampaign, deleteCampaign } from '@/storage/campaigns';
import { dayOf } from '@/storage/calendar-projection';
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

/** Every entry of the projection, day by day. */
async function allEntries() {
  return (await db.calendarDays.toArray()).flatMap((row) => row.entries);
}

describe('calendar projection', () => {
  it('holds the light fields of each post and follows create, update, modify and delete', async () => {
    const post = await createPost(input(), NOW);
    const [entry] = await allEntries();
    expect(await db.calendarDays.get(dayOf(post.scheduledAt!))).toBeDefined();
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
    expect((await allEntries())[0]!.campaignId).toBeNull();

    await deletePost(post.id, NOW);
    expect(await db.calendarDays.count()).toBe(0);
  });

  it('follows a whole-workspace replace, and a failed transaction leaves both as they were', async () => {
    const post = await createPost(input(), NOW);
    await writeWorkspace({ posts: [{ ...post, id: 'imported', title: 'Imported' }] }, 'replace');
    expect((await allEntries()).map((e) => [e.id, e.title])).toEqual([['imported', 'Imported']]);

    await db
      .transaction('rw', db.posts, async () => {
        await db.posts.put({ ...post, id: 'doomed' });
        throw new Error('abort');
      })
      .catch(() => {});
    expect((await allEntries()).map((e) => e.id)).toEqual(['imported']);
    expect(await db.posts.get('doomed')).toBeUndefined();
  });

  it('moves a post between days, keeps each day in time order, and drops unscheduled ideas', async () => {
    const early = await createPost(input({ localTime: '08:00', title: 'Early' }), NOW);
    const late = await createPost(input({ localTime: '20:00', title: 'Late' }), NOW);
    const day = Date.UTC(2026, 10, 27);
    expect((await listCalendarEntries(day - 3 * 3_600_000, day + 21 * 3_600_000)).map((e) => e.title)).toEqual(['Early', 'Late']);

    await updatePost(late.id, { localDate: '2026-11-30' }, NOW);
    expect((await listCalendarEntries(day - 3 * 3_600_000, day + 21 * 3_600_000)).map((e) => e.title)).toEqual(['Early']);
    expect((await listCalendarEntries(Date.UTC(2026, 10, 30) - 3 * 3_600_000, Date.UTC(2026, 11, 1))).map((e) => e.title)).toEqual(['Late']);
    expect(await db.calendarDays.count()).toBe(2);

    await updatePost(early.id, { localDate: null, localTime: null }, NOW);
    expect((await allEntries()).map((e) => e.title)).toEqual(['Late']);
    expect(await db.calendarDays.count()).toBe(1);
  });

  it('trims the edges of a range to the instant', async () => {
    const post = await createPost(input({ localTime: '18:00' }), NOW);
    expect(await listCalendarEntries(post.scheduledAt! + 1, post.scheduledAt! + 3_600_000)).toEqual([]);
    expect(await listCalendarEntries(post.scheduledAt! - 3_600_000, post.scheduledAt!)).toEqual([]);
    expect(await listCalendarEntries(post.scheduledAt!, post.scheduledAt! + 1)).toHaveLength(1);
    expect(await listCalendarEntries(post.scheduledAt!, post.scheduledAt!)).toEqual([]);
  });

  it('leaves the projection alone when an add fails on an existing id', async () => {
    const post = await createPost(input(), NOW);
    await db
      .transaction('rw', db.posts, async () => {
        await db.posts.bulkAdd([{ ...post, title: 'Clash' }, { ...post, id: 'fresh', title: 'Fresh' }]).catch(() => {});
      })
      .catch(() => {});
    const titles = (await allEntries()).map((e) => e.title).sort();
    const rows = (await db.posts.toArray()).map((p) => p.title).sort();
    expect(titles).toEqual(rows);
  });
});
