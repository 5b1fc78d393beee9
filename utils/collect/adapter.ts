/**
 * The one interface every platform adapter implements (ARCHITECTURE.md "Collectors"). An adapter knows
 * its platform's URLs and markup; the shared runtime (observer, idle chunks, batching, navigation) knows
 * nothing of either. Adapters are pure over the DOM they are given: no globals, no timers, no messages,
 * so each one runs the same on fixture markup in a test as on the live page.
 */
import type { Platform } from '@/utils/platforms';
import type { PostObservation, ProfileObservation } from '@/utils/messaging';

/** What a platform page shows: one post, a feed or timeline, a profile, or a reel / short / video. */
export type PageKind = 'post' | 'feed' | 'profile' | 'video';

export interface PageContext {
  /** The page's address (location.href). */
  url: URL;
  /** The platform's UI language as the page declares it (`<html lang>`), e.g. "en", "sw", "pt-BR". */
  locale: string;
}

export interface PlatformAdapter {
  readonly platform: Platform;
  /**
   * The kind of page at `url`, or null when this adapter does not read it — including every URL on
   * another platform's hosts, login pages, settings, search, messages.
   */
  detect(url: URL): PageKind | null;
  /**
   * A CSS selector list matching the root element of one post (feed item, post page body, reel). A
   * root inside another root (a quoted or shared post, a comment) belongs to the outer post and is
   * never read on its own: the runtime skips it (see `topLevelRoots`).
   */
  readonly rootSelector: string;
  /**
   * One post's observation, or undefined when the root is not understood (the runtime counts those
   * for health). Reads only inside `root`; an embedded post's numbers never leak into the outer one.
   */
  extract(root: Element, page: PageContext): PostObservation | undefined;
  /** The profile shown on a profile page (handle, name, followers, following, posts), or undefined. */
  extractProfile(doc: Document, page: PageContext): ProfileObservation | undefined;
}
