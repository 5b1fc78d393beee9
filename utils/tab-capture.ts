/**
 * What the collectors read on one browser tab, for the popup's "On this tab" card. The background
 * keeps one record per tab in `browser.storage.session` (memory only, gone when the browser closes,
 * readable by extension pages and the service worker but not by content scripts) and removes it when
 * the tab closes. This module is the record's shape and its pure merge; the storage calls live in
 * entrypoints/background/tab-captures.ts and components/popup/use-tab-capture.ts.
 *
 * One record per tab, not per page: the collector runtime sends a post only once per page load (again
 * only when its counts change) and a profile only when it changed, so a record reset on every SPA
 * navigation would forget what the tab had already read when the person comes back to a page. The
 * record therefore covers the tab's whole life on one platform and keeps its *latest* profile; it
 * starts over only when the tab moves to another platform (or closes).
 */
import type { PostObservation, ProfileObservation } from '@/utils/messaging';
import type { Platform } from '@/utils/platforms';

/** Bump when the record's shape changes: an older record is then treated as none. */
export const TAB_CAPTURE_VERSION = 1;

export const TAB_CAPTURE_LIMITS = {
  /** Distinct post ids remembered (to count each post once); the counters go on past it. */
  postIds: 500,
  /** Post observations kept in full, for recording them if the person starts tracking their author. */
  posts: 50,
} as const;

export interface TabCapture {
  version: typeof TAB_CAPTURE_VERSION;
  platform: Platform;
  /** The page the last capture came from (the browser-stamped sender URL). */
  url: string;
  firstCaptureAt: number;
  lastCaptureAt: number;
  /** Distinct posts read on this tab, and the ones the background kept (tracked accounts or scope). */
  postsRead: number;
  postsKept: number;
  /** The most recent distinct ids behind those counters, oldest first (at most TAB_CAPTURE_LIMITS.postIds). */
  readIds: string[];
  keptIds: string[];
  /** Post roots seen on the tab's pages, and how many of them the adapter understood. */
  seen: number;
  understood: number;
  /** The latest profile read on this tab, tracked or not (so the popup can offer to track it). */
  profile: ProfileObservation | null;
  profileUrl: string | null;
  profileAt: number | null;
  /**
   * The latest observation of recently read posts, oldest first. When the list is full, posts by
   * someone other than the profile's author go first, so the profile's own posts survive a busy feed.
   */
  posts: PostObservation[];
}

export interface TabCaptureInput {
  platform: Platform;
  url: string;
  at: number;
  posts: readonly PostObservation[];
  profile: ProfileObservation | null;
  health: { seen: number; understood: number };
  /** Ids of the batch's posts that the background kept. */
  keptIds: readonly string[];
}

export function tabCaptureKey(tabId: number): string {
  return `tab-capture:${tabId}`;
}

export function emptyTabCapture(platform: Platform, url: string, at: number): TabCapture {
  return {
    version: TAB_CAPTURE_VERSION, platform, url, firstCaptureAt: at, lastCaptureAt: at, postsRead: 0, postsKept: 0, readIds: [], keptIds: [],
    seen: 0, understood: 0, profile: null, profileUrl: null, profileAt: null, posts: [],
  };
}

/** A record read back from storage, or null when it is absent or of another version. */
export function asTabCapture(value: unknown): TabCapture | null {
  if (typeof value !== 'object' || value === null) return null;
  return (value as { version?: unknown }).version === TAB_CAPTURE_VERSION ? (value as TabCapture) : null;
}

/** Adds `ids` to a capped id list; returns the list and how many ids were new to it. */
function addIds(known: readonly string[], ids: Iterable<string>): { ids: string[]; added: number } {
  const set = new Set(known);
  let added = 0;
  for (const id of ids) {
    if (set.has(id)) continue;
    set.add(id);
    added++;
  }
  const all = [...set];
  return { ids: all.slice(Math.max(0, all.length - TAB_CAPTURE_LIMITS.postIds)), added };
}

/** The newest observation of each post, capped; posts not by `handle` are dropped first. */
function mergePosts(known: readonly PostObservation[], fresh: readonly PostObservation[], handle: string | undefined): PostObservation[] {
  const freshIds = new Set(fresh.map((post) => post.postId));
  const posts = [...known.filter((post) => !freshIds.has(post.postId)), ...fresh];
  let excess = posts.length - TAB_CAPTURE_LIMITS.posts;
  if (excess <= 0) return posts;
  // Oldest others first, then (if the profile's posts alone overflow) the profile's oldest.
  const dropped = new Set<PostObservation>();
  for (const post of posts) {
    if (excess === 0) break;
    if (post.author !== handle) {
      dropped.add(post);
      excess--;
    }
  }
  const kept = posts.filter((post) => !dropped.has(post));
  return kept.slice(kept.length - TAB_CAPTURE_LIMITS.posts);
}

/** The record after one capture batch from the tab; a batch from another platform starts a new one. */
export function mergeTabCapture(record: TabCapture | null, input: TabCaptureInput): TabCapture {
  const base = record && record.platform === input.platform ? record : emptyTabCapture(input.platform, input.url, input.at);
  const read = addIds(base.readIds, input.posts.map((post) => post.postId));
  const kept = addIds(base.keptIds, input.keptIds);
  const profile = input.profile ?? base.profile;
  return {
    ...base,
    url: input.url,
    lastCaptureAt: Math.max(base.lastCaptureAt, input.at),
    postsRead: base.postsRead + read.added,
    postsKept: base.postsKept + kept.added,
    readIds: read.ids,
    keptIds: kept.ids,
    seen: base.seen + input.health.seen,
    understood: base.understood + input.health.understood,
    profile,
    profileUrl: input.profile ? input.url : base.profileUrl,
    profileAt: input.profile ? input.at : base.profileAt,
    posts: mergePosts(base.posts, input.posts, profile?.handle),
  };
}

/** The record once `ids` are known to be kept (after the person tracked their author from the popup). */
export function markTabPostsKept(record: TabCapture, ids: readonly string[]): TabCapture {
  const kept = addIds(record.keptIds, ids);
  return { ...record, keptIds: kept.ids, postsKept: record.postsKept + kept.added };
}

/** The posts read on this tab that the latest profile's account wrote. */
export function profilePosts(record: TabCapture): PostObservation[] {
  const handle = record.profile?.handle;
  return handle === undefined ? [] : record.posts.filter((post) => post.author === handle);
}
