// Planned posts: the instant always follows the wall-clock intent, and every write keeps the reminder in step.
import { describe, expect, it } from 'vitest';
import { blankForm, parseHashtags, postInputFromForm } from '@/components/plan/post-form';
import { db } from '@/storage/db';
import { addVariant, createPost, deletePost, duplicatePost, listOverduePosts, listPostsBetween, listUnscheduledPosts, listUpcomingPosts, listVariants, updatePost, type PostInput } from '@/storage/posts';
import { postReminderId } from '@/storage/reminders';
import { updateSettings } from '@/storage/settings';
import { ValidationError } from '@/storage/validation';

const NOW = Date.UTC(2026, 10, 26, 6, 0);
const BASE = { groupId: null, mediaIds: [], publishedUrl: null, publishedAt: null, externalId: null, timeZone: 'Africa/Nairobi' };

function input(overrides: Partial<PostInput> = {}): PostInput {
  return { ...postInputFromForm({ ...blankForm('2026-11-27', '18:00'), title: 'Cupping Friday', status: 'scheduled' }, BASE), ...overrides };
}

describe('post form', () => {
  it('parses hashtags without # and without duplicates', () => {
    expect(parseHashtags('#kahawa  coffee,#Nairobi ##kahawa')).toEqual(['kahawa', 'coffee', 'Nairobi']);
  });

  it('turns empty fields into nulls and a lead time into minutes', () => {
    const post = postInputFromForm({ ...blankForm('', ''), segmentId: '', lead: '30' }, BASE);
    expect(post).toMatchObject({ localDate: null, localTime: null, segmentId: null, reminderLeadMinutes: 30 });
  });
});

describe('posts repository', () => {
  it('derives the instant from the local date and time in the post’s zone', async () => {
    const post = await createPost(input(), NOW);
    expect(post.scheduledAt).toBe(Date.UTC(2026, 10, 27, 15, 0)); // 18:00 in Nairobi is 15:00 UTC
    const moved = await updatePost(post.id, { localTime: '09:30', timeZone: 'Europe/Berlin' }, NOW);
    expect(moved.scheduledAt).toBe(Date.UTC(2026, 10, 27, 8, 30));
  });

  it('creates, moves and cancels the reminder with the post, in the same transaction', async () => {
    await updateSettings({ notificationLeadMinutes: 30 });
    const post = await createPost(input(), NOW);
    expect((await db.reminders.get(postReminderId(post.id)))!.dueAt).toBe(Date.UTC(2026, 10, 27, 14, 30));
    await updatePost(post.id, { localDate: '2026-11-28' }, NOW);
    expect((await db.reminders.get(postReminderId(post.id)))!.dueAt).toBe(Date.UTC(2026, 10, 28, 14, 30));
    await deletePost(post.id, NOW);
    expect(await db.posts.get(post.id)).toBeUndefined();
    expect((await db.reminders.get(postReminderId(post.id)))!.status).toBe('cancelled');
  });

  it('refuses an invalid post with the field named, and writes nothing', async () => {
    for (const bad of [{ reminderLeadMinutes: -1 }, { localDate: '2026-02-30' }, { title: 'x'.repeat(201) }]) {
      const error = await createPost(input(bad), NOW).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
    }
    expect(await db.posts.count()).toBe(0);
    expect(await db.reminders.count()).toBe(0);
  });

  it('duplicates a published post as a draft without its publication record', async () => {
    const post = await createPost(input({ status: 'published', publishedUrl: 'https://www.instagram.com/p/C0ffee1/', externalId: 'C0ffee1' }), NOW);
    const copy = await duplicatePost(post.id, NOW);
    expect(copy).toMatchObject({ status: 'draft', publishedUrl: null, externalId: null, title: 'Cupping Friday', scheduledAt: post.scheduledAt });
    expect(copy.id).not.toBe(post.id);
  });

  it('lists by time window, upcoming, overdue and undated', async () => {
    const past = await createPost(input({ localDate: '2026-11-20' }), NOW);
    const soon = await createPost(input(), NOW);
    await createPost(input({ localDate: '2026-11-28', status: 'published' }), NOW);
    const idea = await createPost(input({ localDate: null, localTime: null, status: 'idea' }), NOW);
    expect((await listUpcomingPosts(NOW, 5)).map((p) => p.id)).toEqual([soon.id]);
    expect((await listOverduePosts(NOW)).map((p) => p.id)).toEqual([past.id]);
    expect((await listUnscheduledPosts()).map((p) => p.id)).toEqual([idea.id]);
    expect(await listPostsBetween(Date.UTC(2026, 10, 27), Date.UTC(2026, 10, 28))).toHaveLength(1);
  });
});

describe('platform variants of one idea', () => {
  it('adds a variant in the same group, and shared fields edited once change in every variant', async () => {
    const instagram = await createPost(input({ text: 'Karibu! #kahawa' }), NOW);
    const x = await addVariant(instagram.id, 'x', NOW);
    expect(x).toMatchObject({ platform: 'x', text: 'Karibu! #kahawa', scheduledAt: instagram.scheduledAt, status: 'scheduled' });
    expect(x.groupId).toBeTruthy();
    expect((await db.posts.get(instagram.id))!.groupId).toBe(x.groupId);
    expect((await listVariants(x)).map((p) => p.platform)).toEqual(['instagram', 'x']);

    // Edit once: the title and pillar follow; the text stays each platform's own.
    await updatePost(x.id, { title: 'Cupping Friday, 6 pm', pillar: 'community', text: 'Short version for X' }, NOW + 1);
    expect(await db.posts.get(instagram.id)).toMatchObject({ title: 'Cupping Friday, 6 pm', pillar: 'community', text: 'Karibu! #kahawa' });
    // Every variant has its own reminder.
    expect(await db.reminders.count()).toBe(2);
  });
});
