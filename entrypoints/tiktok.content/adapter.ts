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
  PERMALINK,
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

/**
 * One query per root for every element the adapter reads: the hooked fields (listed exactly, so icons,
 * hashtag links and buttons are not walked), the player wrapper and the permalinks.
 */
const SCAN = [
  ...LIKE_COUNT,
  ...COMMENT_COUNT,
  ...SHARE_COUNT,
  ...BOOKMARK_COUNT,
  ...VIEW_COUNT,
  ...AUTHOR_LINK,
  ...AUTHOR_HANDLE,
  ...DESCRIPTION,
  ...SPONSORED_TAG,
  ...PLAYER_WRAPPER,
  ...PERMALINK,
].join(',');
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

function readCount(element: Element | undefined, locale: string): Count | null {
  if (!element) return null;
  const raw = (element.textContent ?? '').trim();
  if (raw === '') return null;
  return TIKTOK_COMPACT.test(raw) ? parseCount(raw, 'en') : parseCount(raw, locale);
}

function excerpt(element: Element | undefined): string {
  if (!element) return '';
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
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

function extract(root: Element, page: PageContext): PostObservation | undefined {
  const found = new Map<FieldKey, Element>();
  let playerId: string | null = null;
  let linked: ItemRef | null = null;
  for (const element of root.querySelectorAll(SCAN)) {
    const key = element.getAttribute('data-e2e');
    const field = key === null ? undefined : E2E_FIELD.get(key);
    if (field) {
      if (!found.has(field)) found.set(field, element);
    } else if (element.tagName === 'A') {
      linked ??= itemOfHref(element.getAttribute('href') ?? '');
    } else {
      playerId ??= PLAYER_ID.exec(element.id)?.[1] ?? null;
    }
  }

  const pageItem = itemOfPath(page.url.pathname);
  let ref: ItemRef | null = null;
  if (root.matches(DETAIL_SELECTOR)) {
    // The legacy detail page: its related videos and comments link elsewhere; the page's URL is the post.
    ref = pageItem;
  } else if (playerId !== null) {
    const handle =
      normalHandle(HREF_HANDLE.exec(found.get('authorLink')?.getAttribute('href') ?? '')?.[1]) ??
      normalHandle(found.get('authorHandle')?.textContent);
    ref = handle ? { handle, kind: 'video', id: playerId } : null;
  } else if (linked !== null) {
    ref = linked;
  } else if (pageItem !== null && root.id === 'one-column-item-0') {
    // The item a video/photo page opened with (a photo carousel has no player wrapper).
    ref = pageItem;
  }
  if (!ref) return undefined;

  const isGrid = root.matches(GRID_SELECTOR);
  const locale = page.locale;
  const counts = {
    likes: isGrid ? null : readCount(found.get('likes'), locale),
    reposts: isGrid ? null : readCount(found.get('reposts'), locale),
    comments: isGrid ? null : readCount(found.get('comments'), locale),
    // Views are shown only on grid tiles; a detail page's "You may like" tiles are not this post's.
    views: isGrid ? readCount(found.get('views'), locale) : null,
    bookmarks: isGrid ? null : readCount(found.get('bookmarks'), locale),
  };
  const precision: PostObservation['precision'] = {};
  for (const [field, count] of Object.entries(counts) as [keyof typeof counts, Count | null][]) {
    if (count && count.step > 1) precision[field] = count.step;
  }
  return {
    postId: ref.id,
    url: `${ORIGIN}/@${ref.handle}/${ref.kind}/${ref.id}`,
    author: ref.handle,
    publishedAt: idTime(ref.id),
    text: excerpt(found.get('text')),
    likes: counts.likes?.value ?? null,
    reposts: counts.reposts?.value ?? null,
    comments: counts.comments?.value ?? null,
    views: counts.views?.value ?? null,
    bookmarks: counts.bookmarks?.value ?? null,
    precision,
    sponsored: found.has('sponsored'),
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
  const precision: ProfileObservation['precision'] = {};
  if (followers && followers.step > 1) precision.followers = followers.step;
  if (following && following.step > 1) precision.following = following.step;
  const name = (doc.querySelector(PROFILE_SUBTITLE.join(','))?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
  return {
    handle,
    name,
    followers: followers?.value ?? null,
    following: following?.value ?? null,
    // TikTok's header shows Following / Followers / Likes, no video count.
    posts: null,
    precision,
  };
}

export const adapter: PlatformAdapter = {
  platform: 'tiktok',
  detect,
  rootSelector: ROOT_SELECTOR,
  extract,
  extractProfile,
};
