// Media of planned posts: attach, prepare, video facts, detach — both tables in step, bad input refused whole.
import { describe, expect, it } from 'vitest';
import { blankForm, postInputFromForm } from '@/components/plan/post-form';
import { db } from '@/storage/db';
import { attachImage, attachVideo, detachMedia, listPostMedia, savePreparedImage, setVideoCover } from '@/storage/media';
import { addVariant, createPost, deletePost, markPublished, markReady, updatePost, WrongPlatformUrlError } from '@/storage/posts';
import { postReminderId } from '@/storage/reminders';
import { ValidationError } from '@/storage/validation';

const NOW = Date.UTC(2026, 10, 26, 6, 0);
const BASE = { groupId: null, mediaIds: [], publishedUrl: null, publishedAt: null, externalId: null, timeZone: 'Africa/Nairobi' };
const newPost = (status: 'draft' | 'scheduled' | 'idea' | 'cancelled' = 'scheduled') =>
  createPost(postInputFromForm({ ...blankForm('2026-11-27', '18:00'), title: 'Cupping Friday', status, platform: 'instagram' }, BASE), NOW);
const jpeg = (bytes: number) => new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' });
const VIDEO = { name: 'reel.mp4', type: 'video/mp4' as const, bytes: 80_000_000, durationSeconds: 45, width: 1080, height: 1920, coverAt: 1 };

describe('media repository', () => {
  it('attaches an original and lists it on the post, in order', async () => {
    const post = await newPost();
    const photo = await attachImage(post.id, { name: 'shop.jpg', type: 'image/jpeg', blob: jpeg(1000), width: 4000, height: 3000 }, NOW);
    const second = await attachImage(post.id, { name: 'cup.png', type: 'image/png', blob: jpeg(10), width: 10, height: 10 }, NOW);
    expect(photo).toMatchObject({ postId: post.id, preset: null, bytes: 1000, width: 4000, sourceId: null });
    expect((await db.posts.get(post.id))!.mediaIds).toEqual([photo.id, second.id]);
    expect((await listPostMedia(post.id)).map((media) => media.name)).toEqual(['shop.jpg', 'cup.png']);
  });

  it('refuses what is not an image, and a post that is gone, writing nothing', async () => {
    const post = await newPost();
    await expect(attachImage(post.id, { name: 'notes.pdf', type: 'application/pdf', blob: jpeg(5), width: 1, height: 1 })).rejects.toBeInstanceOf(ValidationError);
    await expect(attachImage('nope', { name: 'a.jpg', type: 'image/jpeg', blob: jpeg(5), width: 1, height: 1 })).rejects.toThrow(/No planned post/);
    await expect(attachImage(post.id, { name: 'huge.jpg', type: 'image/jpeg', blob: jpeg(5), width: 30_000, height: 1 })).rejects.toBeInstanceOf(ValidationError);
    expect(await db.media.count()).toBe(0);
    expect((await db.posts.get(post.id))!.mediaIds).toEqual([]);
  });

  it('saves a prepared image beside its original, named for the preset', async () => {
    const post = await newPost();
    const original = await attachImage(post.id, { name: 'shop.JPG', type: 'image/jpeg', blob: jpeg(1000), width: 4000, height: 3000 }, NOW);
    const prepared = await savePreparedImage(post.id, original.id, { blob: jpeg(400), type: 'image/jpeg', width: 1080, height: 1350, quality: 0.86, preset: 'instagram-portrait' }, NOW);
    expect(prepared).toMatchObject({ name: 'shop-instagram-portrait.jpg', sourceId: original.id, preset: 'instagram-portrait', quality: 0.86, width: 1080, height: 1350, bytes: 400 });
    expect((await db.posts.get(post.id))!.mediaIds).toEqual([original.id, prepared.id]);
  });

  it('keeps a video’s facts and cover, and changes the cover', async () => {
    const post = await newPost();
    const video = await attachVideo(post.id, VIDEO, { blob: jpeg(300), width: 720, height: 1280 }, NOW);
    expect(video).toMatchObject({ type: 'image/jpeg', preset: 'video-cover', bytes: 300, video: VIDEO });
    const moved = await setVideoCover(video.id, { blob: jpeg(350), width: 720, height: 1280, at: 12.5 });
    expect(moved).toMatchObject({ bytes: 350, video: { ...VIDEO, coverAt: 12.5 } });
    await expect(attachVideo(post.id, { ...VIDEO, durationSeconds: -1 }, { blob: jpeg(1), width: 1, height: 1 })).rejects.toBeInstanceOf(ValidationError);
  });

  it('detaches: the row stays while a variant still uses it; prepared images outlive their original', async () => {
    const post = await newPost();
    const original = await attachImage(post.id, { name: 'shop.jpg', type: 'image/jpeg', blob: jpeg(1000), width: 4000, height: 3000 }, NOW);
    const variant = await addVariant(post.id, 'x', NOW); // shares the original
    expect(variant.mediaIds).toEqual([original.id]);
    const prepared = await savePreparedImage(post.id, original.id, { blob: jpeg(400), type: 'image/jpeg', width: 1080, height: 1350, quality: 0.9, preset: 'instagram-portrait' }, NOW);
    await detachMedia(post.id, original.id, NOW);
    expect(await db.media.get(original.id)).toBeDefined();
    expect((await db.posts.get(post.id))!.mediaIds).toEqual([prepared.id]);
    await detachMedia(variant.id, original.id, NOW);
    expect(await db.media.get(original.id)).toBeUndefined();
    expect((await db.media.get(prepared.id))!.sourceId).toBeNull();
  });

  it('deleting a post deletes the media only it used', async () => {
    const post = await newPost();
    const shared = await attachImage(post.id, { name: 'shared.jpg', type: 'image/jpeg', blob: jpeg(10), width: 1, height: 1 }, NOW);
    const variant = await addVariant(post.id, 'x', NOW);
    const own = await attachImage(post.id, { name: 'own.jpg', type: 'image/jpeg', blob: jpeg(10), width: 1, height: 1 }, NOW);
    await deletePost(post.id, NOW);
    expect(await db.media.get(own.id)).toBeUndefined();
    expect(await db.media.get(shared.id)).toBeDefined();
    await deletePost(variant.id, NOW);
    expect(await db.media.count()).toBe(0);
  });
});

describe('ready to publish', () => {
  it('a handed-over post waits as ready, keeping its reminder', async () => {
    const post = await newPost('draft');
    const ready = await markReady(post.id, NOW + 1);
    expect(ready).toMatchObject({ status: 'ready', updatedAt: NOW + 1 });
    expect((await db.reminders.get(postReminderId(post.id)))!.status).toBe('pending');
  });

  it('leaves published and cancelled posts as they are', async () => {
    const cancelled = await newPost('cancelled');
    expect((await markReady(cancelled.id, NOW))!.status).toBe('cancelled');
    expect(await markReady('gone', NOW)).toBeUndefined();
  });

  it('marks published with an address on the post’s platform, cancelling the reminder', async () => {
    const post = await newPost();
    await markReady(post.id, NOW);
    const published = await markPublished(post.id, ' https://instagram.com/p/DAbc123/ ', NOW + 5);
    expect(published).toMatchObject({ status: 'published', publishedUrl: 'https://instagram.com/p/DAbc123/', publishedAt: NOW + 5 });
    expect((await db.reminders.get(postReminderId(post.id)))!.status).toBe('cancelled');
  });

  it('refuses an address elsewhere, or not an address, writing nothing', async () => {
    const post = await newPost();
    await updatePost(post.id, { status: 'ready' }, NOW);
    for (const url of ['https://x.com/kahawa/status/1', 'instagram.com/p/x', 'http://www.instagram.com/p/x', 'javascript:alert(1)']) {
      await expect(markPublished(post.id, url, NOW)).rejects.toBeInstanceOf(WrongPlatformUrlError);
    }
    expect((await db.posts.get(post.id))!.status).toBe('ready');
  });
});
