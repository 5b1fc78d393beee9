/**
 * The strategy's audience side (step 3): segments and the hooks aimed at each, read by the post editor
 * and edited on the Strategy area's Audience page.
 *
 * Posts point at both (`posts.segmentId`, `posts.hookId`), so deleting a segment or a hook never leaves
 * them pointing at nothing: the caller chooses where they go, and the whole change is one transaction.
 */
import { db } from './db';
import { newId } from './ids';
import { hookSchema, segmentSchema, type Hook, type ObservedPost, type Post, type Segment } from './schemas';
import { ValidationError, parseRow } from './validation';

export type SegmentInput = Omit<Segment, 'id' | 'createdAt' | 'updatedAt'>;
export type HookInput = Omit<Hook, 'id' | 'createdAt' | 'updatedAt'>;

export async function listSegments(): Promise<Segment[]> {
  return (await db.segments.toArray()).sort((a, b) => a.name.localeCompare(b.name));
}

export async function listHooks(): Promise<Hook[]> {
  return (await db.hooks.toArray()).sort((a, b) => a.title.localeCompare(b.title));
}

export function getSegment(id: string): Promise<Segment | undefined> {
  return db.segments.get(id);
}

export function getHook(id: string): Promise<Hook | undefined> {
  return db.hooks.get(id);
}

// ── Segments ────────────────────────────────────────────────────────────────────────────────────

/** Trimmed, without blanks or repeats: what a "one per line" list means. */
function cleanList(items: readonly string[]): string[] {
  return [...new Set(items.map((item) => item.trim()).filter(Boolean))];
}

async function validSegment(segment: Segment): Promise<Segment> {
  const valid = parseRow(segmentSchema, {
    ...segment,
    interests: cleanList(segment.interests),
    pains: cleanList(segment.pains),
    platforms: [...new Set(segment.platforms)],
    location: segment.location.trim(),
  });
  if (valid.ageMin !== null && valid.ageMax !== null && valid.ageMax < valid.ageMin) {
    throw new ValidationError('ageMax', 'the oldest age is below the youngest', 'ages-reversed');
  }
  const name = valid.name.toLocaleLowerCase();
  const twin = await db.segments.filter((other) => other.id !== valid.id && other.name.toLocaleLowerCase() === name).first();
  if (twin) throw new ValidationError('name', 'another segment has this name', 'name-taken');
  return valid;
}

export async function createSegment(input: SegmentInput, now = Date.now()): Promise<Segment> {
  return db.transaction('rw', db.segments, async () => {
    const segment = await validSegment({ ...input, id: newId(), createdAt: now, updatedAt: now });
    await db.segments.add(segment);
    return segment;
  });
}

/** Applies an edit; fields the form does not show (the Networks page's `presence`) are kept. */
export async function updateSegment(id: string, patch: Partial<SegmentInput>, now = Date.now()): Promise<Segment> {
  return db.transaction('rw', db.segments, async () => {
    const current = await db.segments.get(id);
    if (!current) throw new Error(`No segment ${id}`);
    const segment = await validSegment({ ...current, ...patch, id, createdAt: current.createdAt, updatedAt: now });
    await db.segments.put(segment);
    return segment;
  });
}

/** What depends on a segment: its hooks, and the posts aimed at it or using one of its hooks. */
export async function countSegmentUsage(id: string): Promise<{ hooks: number; posts: number }> {
  return db.transaction('r', db.hooks, db.posts, async () => {
    const hookIds = await db.hooks.where('segmentId').equals(id).primaryKeys();
    return { hooks: hookIds.length, posts: (await postsOfSegment(id, hookIds)).length };
  });
}

/** Ids of the posts aimed at the segment or using one of its hooks. */
async function postsOfSegment(id: string, hookIds: readonly string[]): Promise<string[]> {
  const ids = new Set(await db.posts.where('segmentId').equals(id).primaryKeys());
  if (hookIds.length) for (const postId of await db.posts.where('hookId').anyOf(hookIds).primaryKeys()) ids.add(postId);
  return [...ids];
}

/**
 * What becomes of a deleted segment's hooks and posts: `move` gives them to another segment (posts keep
 * their hook, which moves along); `detach` deletes the hooks and clears segment and hook from the posts.
 */
export type SegmentDeletion = { kind: 'move'; to: string } | { kind: 'detach' };

export async function deleteSegment(id: string, choice: SegmentDeletion, now = Date.now()): Promise<{ hooks: number; posts: number }> {
  return db.transaction('rw', db.segments, db.hooks, db.posts, async () => {
    if (!(await db.segments.get(id))) throw new Error(`No segment ${id}`);
    const hookIds = await db.hooks.where('segmentId').equals(id).primaryKeys();
    const postIds = await postsOfSegment(id, hookIds);
    const ownHooks = new Set(hookIds);
    if (choice.kind === 'move') {
      if (choice.to === id || !(await db.segments.get(choice.to))) throw new ValidationError('to', 'choose another segment to move them to', 'choose-other-segment');
      await db.hooks.where('segmentId').equals(id).modify({ segmentId: choice.to, updatedAt: now });
      await db.posts.where('id').anyOf(postIds).modify({ segmentId: choice.to, updatedAt: now });
    } else {
      await db.hooks.bulkDelete(hookIds);
      await db.posts
        .where('id')
        .anyOf(postIds)
        .modify((post: Post) => {
          if (post.segmentId === id) post.segmentId = null;
          if (post.hookId !== null && ownHooks.has(post.hookId)) post.hookId = null;
          post.updatedAt = now;
        });
    }
    await db.segments.delete(id);
    return { hooks: hookIds.length, posts: postIds.length };
  });
}

// ── Hooks ───────────────────────────────────────────────────────────────────────────────────────

async function validHook(hook: Hook): Promise<Hook> {
  const valid = parseRow(hookSchema, { ...hook, callToAction: hook.callToAction.trim() });
  if (!(await db.segments.get(valid.segmentId))) throw new ValidationError('segmentId', 'choose the segment this hook is for', 'choose-segment');
  return valid;
}

export async function createHook(input: HookInput, now = Date.now()): Promise<Hook> {
  return db.transaction('rw', db.hooks, db.segments, async () => {
    const hook = await validHook({ ...input, id: newId(), createdAt: now, updatedAt: now });
    await db.hooks.add(hook);
    return hook;
  });
}

/**
 * Applies an edit. A hook given to another segment takes its posts along (their segment becomes the
 * hook's), so a post never has a hook of a segment it is not aimed at.
 */
export async function updateHook(id: string, patch: Partial<HookInput>, now = Date.now()): Promise<{ hook: Hook; movedPosts: number }> {
  return db.transaction('rw', db.hooks, db.segments, db.posts, async () => {
    const current = await db.hooks.get(id);
    if (!current) throw new Error(`No hook ${id}`);
    const hook = await validHook({ ...current, ...patch, id, createdAt: current.createdAt, updatedAt: now });
    await db.hooks.put(hook);
    let movedPosts = 0;
    if (hook.segmentId !== current.segmentId) {
      movedPosts = await db.posts.where('hookId').equals(id).modify({ segmentId: hook.segmentId, updatedAt: now });
    }
    return { hook, movedPosts };
  });
}

/** How many posts use the hook. */
export function countHookUsage(id: string): Promise<number> {
  return db.posts.where('hookId').equals(id).count();
}

/**
 * What becomes of the posts of a deleted hook: `clear` takes the hook off them (they keep their
 * segment); `move` gives them another hook, and that hook's segment.
 */
export type HookDeletion = { kind: 'clear' } | { kind: 'move'; to: string };

export async function deleteHook(id: string, choice: HookDeletion, now = Date.now()): Promise<{ posts: number }> {
  return db.transaction('rw', db.hooks, db.posts, async () => {
    if (!(await db.hooks.get(id))) throw new Error(`No hook ${id}`);
    let posts: number;
    if (choice.kind === 'move') {
      const target = choice.to === id ? undefined : await db.hooks.get(choice.to);
      if (!target) throw new ValidationError('to', 'choose another hook to move the posts to', 'choose-other-hook');
      posts = await db.posts.where('hookId').equals(id).modify({ hookId: target.id, segmentId: target.segmentId, updatedAt: now });
    } else {
      posts = await db.posts.where('hookId').equals(id).modify({ hookId: null, updatedAt: now });
    }
    await db.hooks.delete(id);
    return { posts };
  });
}

// ── The hooks-per-segment board ─────────────────────────────────────────────────────────────────

/** Everything the board is computed from: segments, hooks, the posts using a hook, and their captures. */
export interface AudienceRows {
  segments: Segment[];
  hooks: Hook[];
  posts: Post[];
  /** Captured posts linked to one of `posts` (observedPosts.plannedPostId). */
  observed: ObservedPost[];
}

export async function loadAudienceRows(): Promise<AudienceRows> {
  return db.transaction('r', db.segments, db.hooks, db.posts, db.observedPosts, async () => {
    const [segments, hooks, posts] = await Promise.all([listSegments(), listHooks(), db.posts.where('hookId').above('').toArray()]);
    const observed = posts.length ? await db.observedPosts.where('plannedPostId').anyOf(posts.map((post) => post.id)).toArray() : [];
    return { segments, hooks, posts, observed };
  });
}
