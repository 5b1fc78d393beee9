/**
 * Keeping collaborations' `postIds` clean when posts are deleted. Its own small module, so that
 * storage/posts.ts (in the side panel's first chunk) does not pull in the partners' repository.
 */
import { db } from './db';

/**
 * Takes deleted posts out of every collaboration's `postIds`. Called by the code that deletes posts,
 * inside its transaction, which must include `collaborations` (storage/posts.ts deletePost, storage/plan-next-month.ts undoMonthPlan). The table
 * is small (a brand has a few dozen collaborations): a scan, no index.
 */
export async function unlinkDeletedPosts(postIds: readonly string[], now: number): Promise<number> {
  const gone = new Set(postIds);
  return db.collaborations
    .filter((collaboration) => collaboration.postIds.some((id) => gone.has(id)))
    .modify((collaboration) => {
      collaboration.postIds = collaboration.postIds.filter((id) => !gone.has(id));
      collaboration.updatedAt = now;
    });
}
