import type { Post } from '@/storage/schemas';

/** A post with an instant to publish at. */
export type DatedPost = Post & { scheduledAt: number };

export function isDatedPost(post: Post): post is DatedPost {
  return post.scheduledAt !== null;
}

/** Time order, ties by id, so the same plan always gives the same file. */
export function compareByTime(a: DatedPost, b: DatedPost): number {
  return a.scheduledAt - b.scheduledAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
