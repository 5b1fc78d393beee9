/**
 * TikTok adapter (www.tiktok.com): feed items of For You / Following, the item of a video or photo page,
 * the tiles of a profile grid, and the profile header. Pure over the DOM it is given.
 *
 * Where each field comes from:
 * - postId: the player wrapper's id `xgwrapper-<n>-<videoId>` (feed articles have no permalink anchor),
 *   else a `/@handle/video|photo/<id>` link (grid tiles), else the page URL for the page's own item.
 * - author: the avatar link's `href` (`/@handle`), else the handle text; a repost header never counts.
 * - publishedAt: TikTok ids encode their creation second in the top 32 bits (`BigInt(id) >> 32n`); the
 *   page only shows "3d ago" / "2024-3-5" (`browser-nickname`), so the id is the better clock.
 * - counts: the visible text of each action button's `<strong data-e2e="…-count">`. TikTok abbreviates
 *   everywhere ("12.3K", "1.2M") and the buttons' aria-labels repeat the same figure, so no exact source
 *   exists in the DOM (exact numbers live only in the page's JSON, out of reach here).
 */
import { postCounts, profileCounts } from '@/utils/collect/observed-counts';
import type { PageContext, PageKind, PlatformAdapter } from '@/utils/collect/adapter';
import { parseCount, type Count } from '@/utils/counts';
import { platformOfUrl } from '@/utils/platforms';
import type { PostObservation, ProfileObservation } from '@/utils/messaging';
import {
  AUTHOR_HANDLE,
  AUTHOR_LINK,
  BOOKMARK_COUNT,
  COMMENT_COUNT,
  DESCRIPTION,
  FEED_ITEM,
  FOLLOWERS_COUNT,
  FOLLOWING_COUNT,
  GRID_ITEM,
  LIKE_COUNT,
  PLAYER_WRAPPER,
  PROFILE_SUBTITLE,
  PROFILE_TITLE,
  SHARE_COUNT,
  SPONSORED_TAG,
  VIDEO_DETAIL,
  VIEW_COUNT,
} from './selectors';

const ORIGIN = 'https://www.tiktok.com';
const TEXT_LIMIT = 280;
const HANDLE = /^[a-z0-9._-]{1,100}$/;
const ITEM_PATH = /^\/@([^/]+)\/(video|photo)\/(\d{1,25})\/?$/;
const PROFILE_PATH = /^\/@([^/]+)\/?$/;
/** Feeds: For You (also the home page, with or without a language segment such as `/en/`), Following, Friends. */
const FEED_PATHS = new Set(['/', '/foryou', '/following', '/friends']);
const LANGUAGE_HOME = /^\/[a-z]{2}(?:-[a-z]{2,4})?\/?$/i;
const PLAYER_ID = /^xgwrapper-\d+-(\d{1,25})$/;
const HREF_ITEM = /\/@([^/?#]+)\/(video|photo)\/(\d{1,25})/;
const HREF_HANDLE = /^(?:https:\/\/www\.tiktok\.com)?\/@([^/?#]+)\/?(?:[?#]|$)/;
/**
 * TikTok's own compact style: ASCII digits, an optional one-digit "." decimal, an upper-case K/M/B and
 * no space ("12.3K", "1.2M", "3B"), shown in English and, by most public scrapers' account, in many
 * other UI languages; yet some languages do get native forms (Japanese "1.2万", handled by a ja scraper),
 * and which one the Indonesian UI gets is unverified. CLDR never renders this exact shape for locales
 * whose suffixes mean something else (Indonesian writes "1,2 jt" for a million and "1,2 M" — comma,
 * space — for a *miliar*; Turkish "1,2 B" is a thousand), so this shape is read as English whatever the
 * page's language (else `parseCount("1.2M", "id")` is 1.2 billion), and everything else goes through the
 * page's locale: both renderings come out right.
 */
const TIKTOK_COMPACT = /^\d{1,3}(?:\.\d)?[KMB]$/;

type FieldKey = 'likes' | 'comments' | 'reposts' | 'bookmarks' | 'views' | 'authorLink' | 'authorHandle' | 'text' | 'sponsored';

/** `data-e2e` value → the field it feeds, built from the selector lists (all of them are `[data-e2e="…"]`). */
const E2E_FIELD = new Map<string, FieldKey>();
function register(field: FieldKey, selectors: readonly string[]): void {
  for (const selector of selectors) {
    const value = /data-e2e="([^"]+)"/.exec(selector)?.[1];
    if (value && !E2E_FIELD.has(value)) E2E_FIELD.set(value, field);
  }
}
register('likes', LIKE_COUNT);
register('comments', COMMENT_COUNT);
register('reposts', SHARE_COUNT);
register('bookmarks', BOOKMARK_COUNT);
register('views', VIEW_COUNT);
register('authorLink', AUTHOR_LINK);
register('authorHandle', AUTHOR_HANDLE);
register('text', DESCRIPTION);
register('sponsored', SPONSORED_TAG);

/*
 * Speed (ARCHITECTURE.md budget: 1,000 feed items in a few ms; scripts/bench-extract.mjs). Chromium
 * matches ONE simple selector (`tag[attr="…"]`, `[attr$="…"]`) on a fast path, but a selector list
 * (`a, b, c`) alternative by alternative on every element, several times slower: one query with all 19
 * hooks was most of the time spent per post. So each field is found with one simple selector, and the
 * few hits are told apart in code by their hook through E2E_FIELD (the first element in document order
 * carrying one of the field's hooks wins, exactly as with the list). Hooks that share a suffix are found
 * together: all count hooks end in "-count", both author-link hooks in "-avatar", both caption hooks in
 * "-desc". Should a hook in selectors.ts stop fitting its suffix, `hookQuery` falls back to the list.
 */
const HOOK_SELECTOR = /^([a-z]*)\[data-e2e="([^"]+)"\]$/;
function hookQuery(selectors: readonly string[], tag: string, suffix: string): string {
  const fits = selectors.every((selector) => {
    const match = HOOK_SELECTOR.exec(selector);
    return match?.[1] === tag && match[2]?.endsWith(suffix);
  });
  return fits ? `${tag}[data-e2e$="${suffix}"]` : selectors.join(',');
}
const COUNT_QUERY = hookQuery([...LIKE_COUNT, ...COMMENT_COUNT, ...SHARE_COUNT, ...BOOKMARK_COUNT], '', '-count');
const AUTHOR_LINK_QUERY = hookQuery(AUTHOR_LINK, 'a', '-avatar');
const DESCRIPTION_QUERY = hookQuery(DESCRIPTION, '', '-desc');
/** Only read when the author link gives no handle: a list is fine there. */
const AUTHOR_HANDLE_SELECTOR = AUTHOR_HANDLE.join(',');
const VIEW_SELECTOR = VIEW_COUNT.join(',');
const SPONSORED_SELECTOR = SPONSORED_TAG.join(',');
const PLAYER_SELECTOR = PLAYER_WRAPPER.join(',');
const ROOT_SELECTOR = [...FEED_ITEM, ...VIDEO_DETAIL, ...GRID_ITEM].join(',');
const DETAIL_SELECTOR = VIDEO_DETAIL.join(',');
const GRID_SELECTOR = GRID_ITEM.join(',');

interface ItemRef {
  handle: string;
  kind: 'video' | 'photo';
  id: string;
}

function normalHandle(raw: string | null | undefined): string | null {
  if (!raw) return null;
  // Already in normal form (the common case: an href or handle text): decoding, trimming and lower-casing
  // would change nothing.
  if (HANDLE.test(raw)) return raw;
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // A malformed escape: keep the raw text, the pattern below rejects it.
  }
  const handle = decoded.trim().replace(/^@/, '').toLowerCase();
  return HANDLE.test(handle) ? handle : null;
}

function itemOfPath(pathname: string): ItemRef | null {
  const match = ITEM_PATH.exec(pathname);
  if (!match?.[1] || !match[3]) return null;
  const handle = normalHandle(match[1]);
  return handle ? { handle, kind: match[2] === 'photo' ? 'photo' : 'video', id: match[3] } : null;
}

/** The page's own item, computed once per address rather than once per post. */
let pageItemCache: { pathname: string; item: ItemRef | null } | null = null;
function pageItemOf(page: PageContext): ItemRef | null {
  const pathname = page.url.pathname;
  if (pageItemCache?.pathname !== pathname) pageItemCache = { pathname, item: itemOfPath(pathname) };
  return pageItemCache.item;
}

function itemOfHref(href: string): ItemRef | null {
  const match = HREF_ITEM.exec(href);
  if (!match?.[1] || !match[3]) return null;
  const handle = normalHandle(match[1]);
  return handle ? { handle, kind: match[2] === 'photo' ? 'photo' : 'video', id: match[3] } : null;
}

function isTikTok(url: URL): boolean {
  return platformOfUrl(url.href) === 'tiktok';
}

function detect(url: URL): PageKind | null {
  if (!isTikTok(url)) return null;
  const path = url.pathname;
  const item = ITEM_PATH.exec(path);
  // A photo-mode post (image carousel) is a post; a video is a video.
  if (item) return item[2] === 'photo' ? 'post' : 'video';
  if (PROFILE_PATH.test(path)) return 'profile';
  if (FEED_PATHS.has(path.replace(/\/$/, '') || '/') || LANGUAGE_HOME.test(path)) return 'feed';
  return null; // login, search, explore, messages, live, tag, music, settings, upload …
}

/** Plain digits ("412"): what parseCount gives them in every locale, without its general machinery. */
const PLAIN_DIGITS = /^\d{1,15}$/;

function readCount(element: Element | null | undefined, locale: string): Count | null {
  if (!element) return null;
  const raw = (element.textContent ?? '').trim();
  if (raw === '') return null;
  if (PLAIN_DIGITS.test(raw)) return { value: Number(raw), step: 1 };
  return TIKTOK_COMPACT.test(raw) ? parseCount(raw, 'en') : parseCount(raw, locale);
}

/** Whitespace that `/\s+/g → " "` would change: any whitespace other than a space, or two in a row. */
const UNCOLLAPSED_SPACE = /[^\S ]|\s\s/;

function excerpt(element: Element | null | undefined): string {
  if (!element) return '';
  const raw = element.textContent ?? '';
  // Collapsing whitespace copies the string; most captions have only single spaces, where it would be
  // the identity, so test first (a test allocates nothing).
  const text = (UNCOLLAPSED_SPACE.test(raw) ? raw.replace(/\s+/g, ' ') : raw).trim();
  if (text.length <= TEXT_LIMIT) return text;
  const cut = text.slice(0, TEXT_LIMIT);
  // Never end on half of a surrogate pair (an emoji cut in two).
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** Epoch ms of a TikTok id (creation second in the top 32 bits), or null for anything implausible. */
function idTime(id: string): number | null {
  if (!/^\d{15,20}$/.test(id)) return null;
  const ms = Number(BigInt(id) >> 32n) * 1000;
  return ms >= 1_420_070_400_000 && ms <= 7_258_118_400_000 ? ms : null;
}

/** The field an element's `data-e2e` hook feeds, if any. */
function fieldOf(element: Element): FieldKey | undefined {
  const hook = element.getAttribute('data-e2e');
  return hook === null ? undefined : E2E_FIELD.get(hook);
}

/**
 * The first element (document order) matching `selector` that `accept` takes. `querySelector` stops at the
 * first match and builds no list (a third of the cost of `querySelectorAll` here), and the first match is
 * nearly always the one wanted; the full list is built only when it is not.
 */
function firstAccepted<T>(root: Element, selector: string, accept: (element: Element) => T | null): T | null {
  const first = root.querySelector(selector);
  if (first === null) return null;
  const value = accept(first);
  if (value !== null) return value;
  const all = root.querySelectorAll(selector);
  for (let i = 1; i < all.length; i++) {
    const later = accept(all[i] as Element);
    if (later !== null) return later;
  }
  return null;
}

const authorLinkOf = (element: Element): Element | null => (fieldOf(element) === 'authorLink' ? element : null);
const descriptionOf = (element: Element): Element | null => (fieldOf(element) === 'text' ? element : null);
/**
 * An anchor or a field's hooked element is never the player (it is read as a link or as its field). (The
 * one-query scan this replaces also took a non-anchor carrying an author-link hook *and* an `xgwrapper-`
 * id for the author link; only anchors are author links now, as AUTHOR_LINK says.)
 */
const playerIdOf = (element: Element): string | null =>
  element.tagName === 'A' || fieldOf(element) ? null : (PLAYER_ID.exec(element.id)?.[1] ?? null);

/** The first permalink of the item (grid tiles, photo posts): `/@handle/video|photo/<id>`. */
function linkedItemOf(root: Element): ItemRef | null {
  // Every anchor's href goes through HREF_ITEM, which itself requires "/video/" or "/photo/" (the
  // PERMALINK shapes); anchors carrying a field's hook are that field, not a permalink.
  const anchors = root.getElementsByTagName('a');
  for (let i = 0; i < anchors.length; i++) {
    const anchor = anchors[i] as Element;
    if (fieldOf(anchor)) continue;
    const item = itemOfHref(anchor.getAttribute('href') ?? '');
    if (item) return item;
  }
  return null;
}

function itemOf(root: Element, page: PageContext): ItemRef | null {
  // The legacy detail page: its related videos and comments link elsewhere; the page's URL is the post.
  if (root.matches(DETAIL_SELECTOR)) return pageItemOf(page);
  // The video id of the item's player wrapper (`xgwrapper-<n>-<id>`).
  const playerId = firstAccepted(root, PLAYER_SELECTOR, playerIdOf);
  if (playerId !== null) {
    const handle =
      normalHandle(HREF_HANDLE.exec(firstAccepted(root, AUTHOR_LINK_QUERY, authorLinkOf)?.getAttribute('href') ?? '')?.[1]) ??
      normalHandle(root.querySelector(AUTHOR_HANDLE_SELECTOR)?.textContent);
    return handle ? { handle, kind: 'video', id: playerId } : null;
  }
  const linked = linkedItemOf(root);
  if (linked !== null) return linked;
  // The item a video/photo page opened with (a photo carousel has no player wrapper).
  return root.id === 'one-column-item-0' ? pageItemOf(page) : null;
}

function extract(root: Element, page: PageContext): PostObservation | undefined {
  const ref = itemOf(root, page);
  if (!ref) return undefined;

  const locale = page.locale;
  let likes: Count | null = null;
  let reposts: Count | null = null;
  let comments: Count | null = null;
  let views: Count | null = null;
  let bookmarks: Count | null = null;
  if (root.matches(GRID_SELECTOR)) {
    // Views are shown only on grid tiles; a detail page's "You may like" tiles are not this post's.
    views = readCount(root.querySelector(VIEW_SELECTOR), locale);
  } else {
    // One query for the action bar's count labels; per field, the first label carrying its hook is read.
    let likesLabel: Element | undefined;
    let repostsLabel: Element | undefined;
    let commentsLabel: Element | undefined;
    let bookmarksLabel: Element | undefined;
    const labels = root.querySelectorAll(COUNT_QUERY);
    for (let i = 0; i < labels.length; i++) {
      const label = labels[i] as Element;
      const field = fieldOf(label);
      if (field === 'likes') likesLabel ??= label;
      else if (field === 'reposts') repostsLabel ??= label;
      else if (field === 'comments') commentsLabel ??= label;
      else if (field === 'bookmarks') bookmarksLabel ??= label;
    }
    likes = readCount(likesLabel, locale);
    reposts = readCount(repostsLabel, locale);
    comments = readCount(commentsLabel, locale);
    bookmarks = readCount(bookmarksLabel, locale);
  }
  return {
    postId: ref.id,
    url: `${ORIGIN}/@${ref.handle}/${ref.kind}/${ref.id}`,
    author: ref.handle,
    publishedAt: idTime(ref.id),
    text: excerpt(firstAccepted(root, DESCRIPTION_QUERY, descriptionOf)),
    ...postCounts({ likes, reposts, comments, views, bookmarks }),
    sponsored: root.querySelector(SPONSORED_SELECTOR) !== null,
  };
}

function extractProfile(doc: Document, page: PageContext): ProfileObservation | undefined {
  if (detect(page.url) !== 'profile') return undefined;
  const title = doc.querySelector(PROFILE_TITLE.join(','));
  if (!title) return undefined; // not rendered yet, or "Couldn't find this account"
  const handle = normalHandle(PROFILE_PATH.exec(page.url.pathname)?.[1]) ?? normalHandle(title.textContent);
  if (!handle) return undefined;
  const followers = readCount(doc.querySelector(FOLLOWERS_COUNT.join(',')) ?? undefined, page.locale);
  const following = readCount(doc.querySelector(FOLLOWING_COUNT.join(',')) ?? undefined, page.locale);
  const name = (doc.querySelector(PROFILE_SUBTITLE.join(','))?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
  return {
    handle,
    name,
    // TikTok's header shows Following / Followers / Likes, no video count: posts stay null.
    ...profileCounts({ followers, following }),
  };
}

export const adapter: PlatformAdapter = {
  platform: 'tiktok',
  detect,
  rootSelector: ROOT_SELECTOR,
  extract,
  extractProfile,
};
