/**
 * Media of planned posts: original images as attached, images prepared for a platform's preset, and
 * videos (their facts and cover frame). `post.mediaIds` says what a post uses (variants of one idea
 * share the originals they were created with); `media.postId` is the post it was attached to. Every
 * write touches both tables in one transaction.
 */
import { db } from './db';
import { newId } from './ids';
import { IMAGE_TYPES, LIMITS, mediaSchema, type Media, type VideoFacts } from './schemas';
import { parseRow, ValidationError } from './validation';

export type ImageType = (typeof IMAGE_TYPES)[number];

export function isImageType(type: string): type is ImageType {
  return (IMAGE_TYPES as readonly string[]).includes(type);
}

/** The post's media in the order it lists them (ids whose row is gone are skipped). */
export async function listPostMedia(postId: string): Promise<Media[]> {
  const post = await db.posts.get(postId);
  if (!post) return [];
  const rows = await db.media.bulkGet(post.mediaIds);
  return rows.filter((row): row is Media => row !== undefined);
}

export function getMedia(id: string): Promise<Media | undefined> {
  return db.media.get(id);
}

/** Adds a row and appends it to the post's mediaIds; throws (writing nothing) when the post is gone or the row is invalid. */
async function attach(postId: string, row: Omit<Media, 'id' | 'postId' | 'createdAt'>, now: number): Promise<Media> {
  return db.transaction('rw', db.posts, db.media, async () => {
    const post = await db.posts.get(postId);
    if (!post) throw new Error(`No planned post ${postId}`);
    if (post.mediaIds.length >= LIMITS.listItems) throw new ValidationError('mediaIds', `at most ${LIMITS.listItems} files per post`, 'too-many-files', { limit: LIMITS.listItems });
    const media = parseRow(mediaSchema, { ...row, id: newId(), postId, createdAt: now });
    await db.media.add(media);
    await db.posts.update(postId, { mediaIds: [...post.mediaIds, media.id], updatedAt: now });
    return media;
  });
}

/** An image file as the manager chose it (its decoded size measured by the caller). */
export function attachImage(postId: string, file: { name: string; type: string; blob: Blob; width: number; height: number }, now = Date.now()): Promise<Media> {
  if (!isImageType(file.type)) return Promise.reject(new ValidationError('type', `not an image type we prepare: ${file.type || 'unknown'}`, 'not-an-image', { type: file.type || '?' }));
  return attach(postId, { name: file.name, type: file.type, blob: file.blob, bytes: file.blob.size, width: file.width, height: file.height, preset: null, sourceId: null, quality: null }, now);
}

/** An image prepared from `sourceId` for a preset: a new file of the post, beside its original. */
export async function savePreparedImage(
  postId: string,
  sourceId: string,
  prepared: { blob: Blob; type: ImageType; width: number; height: number; quality: number | null; preset: string },
  now = Date.now(),
): Promise<Media> {
  const source = await db.media.get(sourceId);
  const base = (source?.name ?? 'image').replace(/\.[a-z0-9]+$/i, '');
  const extension = prepared.type.split('/')[1]!.replace('jpeg', 'jpg');
  return attach(
    postId,
    { name: `${base}-${prepared.preset}.${extension}`.slice(0, LIMITS.name), type: prepared.type, blob: prepared.blob, bytes: prepared.blob.size, width: prepared.width, height: prepared.height, preset: prepared.preset, sourceId, quality: prepared.quality },
    now,
  );
}

/** A video's facts and its cover frame (the video file itself is not stored). */
export function attachVideo(postId: string, video: VideoFacts, cover: { blob: Blob; width: number; height: number }, now = Date.now()): Promise<Media> {
  return attach(postId, { name: video.name, type: 'image/jpeg', blob: cover.blob, bytes: cover.blob.size, width: cover.width, height: cover.height, preset: 'video-cover', video }, now);
}

/** A new cover frame for an attached video. */
export async function setVideoCover(mediaId: string, cover: { blob: Blob; width: number; height: number; at: number }): Promise<Media> {
  return db.transaction('rw', db.media, async () => {
    const current = await db.media.get(mediaId);
    if (!current?.video) throw new Error(`No video ${mediaId}`);
    const media = parseRow(mediaSchema, { ...current, blob: cover.blob, bytes: cover.blob.size, width: cover.width, height: cover.height, video: { ...current.video, coverAt: cover.at } });
    await db.media.put(media);
    return media;
  });
}

/**
 * Takes a file off a post. The row goes when no other post uses it (variants share originals);
 * images prepared from it stay, as files of their own (their sourceId cleared).
 */
export async function detachMedia(postId: string, mediaId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.posts, db.media, async () => {
    const post = await db.posts.get(postId);
    if (post) await db.posts.update(postId, { mediaIds: post.mediaIds.filter((id) => id !== mediaId), updatedAt: now });
    await dropUnusedMedia([mediaId]);
  });
}

/**
 * Deletes those of `mediaIds` no post uses any more (after a post was deleted or a file taken off).
 * Runs inside the caller's transaction, which must include `posts` and `media`.
 */
export async function dropUnusedMedia(mediaIds: readonly string[]): Promise<void> {
  if (mediaIds.length === 0) return;
  const candidates = new Set(mediaIds);
  await db.posts.each((post) => post.mediaIds.forEach((id) => candidates.delete(id)));
  if (candidates.size === 0) return;
  await db.media.bulkDelete([...candidates]);
  await db.media.filter((row) => row.sourceId != null && candidates.has(row.sourceId)).modify({ sourceId: null });
}
