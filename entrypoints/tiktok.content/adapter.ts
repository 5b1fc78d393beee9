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
import { profileCounts } from '@/utils/collect/observed-counts';
import type { PageContext, PageKind, PlatformAdapter } from '@/utils/collect/adapter';
import { parseCount, type Count } from '@/utils/counts';
import { platformOfUrl } from '@/utils/platforms';
import type { PostObservation, ProfileObservation } from '@/utils/messaging';
import {
  AUTHOR_HANDLE,
  AUTHOR_LINK,
  BOOKMARK_COUNT,
  COMMENT_COUNT,
  COUNT_LABEL_TAG,
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
import { needsCollapse } from '@/utils/collect/text';

const ORIGIN = 'https://www.tiktok.com';
const TEXT_LIMIT = 280;
const ITEM_PATH = /^\/@([^/]+)\/(video|photo)\/(\d{1,25})\/?$/;
const PROFILE_PATH = /^\/@([^/]+)\/?$/;
/** Feeds: For You (also the home page, with or without a language segment such as `/en/`), Following, Friends. */
const FEED_PATHS = new Set(['/', '/foryou', '/following', '/friends']);
const LANGUAGE_HOME = /^\/[a-z]{2}(?:-[a-z]{2,4})?\/?$/i;
const HREF_ITEM = /\/@([^/?#]+)\/(video|photo)\/(\d{1,25})/;

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
/**
 * The root selector, with the feed item's article forms asked as one `article:is(…)`, which matches exactly
 * the elements they match: topLevelRoots queries each alternative on its own, and one walk of the page for
 * both articles instead of one each saved ~0.3 ms over a 1,000-post feed (LinkedIn's roots do the same).
 */
const ARTICLE = 'article[';
const ARTICLE_ITEMS = FEED_ITEM.filter((css) => css.startsWith(ARTICLE)).map((css) => css.slice(ARTICLE.length - 1));
const ROOT_SELECTOR = [
  ...(ARTICLE_ITEMS.length > 0 ? [`article:is(${ARTICLE_ITEMS.join(', ')})`] : []),
  ...FEED_ITEM.filter((css) => !css.startsWith(ARTICLE)),
  ...VIDEO_DETAIL,
  ...GRID_ITEM,
].join(',');
const DETAIL_SELECTOR = VIDEO_DETAIL.join(',');
const GRID_SELECTOR = GRID_ITEM.join(',');

interface ItemRef {
  handle: string;
  kind: 'video' | 'photo';
  id: string;
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A handle in normal form (`/^[a-z0-9._-]{1,100}$/`, as a char loop: it runs for every post). */
function isNormalHandle(text: string): boolean {
  const n = text.length;
  if (n === 0 || n > 100) return false;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (!((code >= 97 && code <= 122) || isAsciiDigit(code) || code === 46 || code === 95 || code === 45)) return false;
  }
  return true;
}

function normalHandle(raw: string | null | undefined): string | null {
  if (!raw) return null;
  // Already in normal form (the common case: an href or handle text): decoding, trimming and lower-casing
  // would change nothing.
  if (isNormalHandle(raw)) return raw;
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // A malformed escape: keep the raw text, the pattern below rejects it.
  }
  const handle = decoded.trim().replace(/^@/, '').toLowerCase();
  return isNormalHandle(handle) ? handle : null;
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

/*
 * Hot-path text handling without regular expressions: each `test`/`exec`/`replace` costs ~0.2–0.4 µs in
 * Chromium, and a feed item reads four counts, a caption and two ids — about 2 ms per 1,000 posts in
 * regexes alone. The scans below read char codes and allocate nothing.
 */

/**
 * `text.trim()`, skipped when neither end can be white space (every character `trim` removes is a
 * control/space character ≤ U+0020 or lies above U+007F): trimming a clean label still costs a call.
 */
function trimmed(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(n - 1);
  return first <= 32 || first > 126 || last <= 32 || last > 126 ? text.trim() : text;
}

/** The value of plain digits ("412", at most 15 so the sum stays exact), or -1 for anything else. */
function plainDigits(text: string): number {
  const n = text.length;
  if (n === 0 || n > 15) return -1;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (!isAsciiDigit(code)) return -1;
    value = value * 10 + (code - 48);
  }
  return value;
}

/**
 * TikTok's own compact style: ASCII digits, an optional one-digit "." decimal, an upper-case K/M/B and
 * no space ("12.3K", "1.2M", "3B"; `^\d{1,3}(?:\.\d)?[KMB]$`), shown in English and, by most public
 * scrapers' account, in many other UI languages; yet some languages do get native forms (Japanese
 * "1.2万", handled by a ja scraper), and which one the Indonesian UI gets is unverified. CLDR never
 * renders this exact shape for locales whose suffixes mean something else (Indonesian writes "1,2 jt"
 * for a million and "1,2 M" — comma, space — for a *miliar*; Turkish "1,2 B" is a thousand), so this
 * shape is read as English whatever the page's language (else `parseCount("1.2M", "id")` is 1.2
 * billion), and everything else goes through the page's locale: both renderings come out right.
 */
function isTikTokCompact(text: string): boolean {
  const n = text.length;
  const suffix = text.charCodeAt(n - 1);
  if (suffix !== 75 /* K */ && suffix !== 77 /* M */ && suffix !== 66 /* B */) return false;
  let digits = 0;
  while (digits < n - 1 && isAsciiDigit(text.charCodeAt(digits))) digits++;
  if (digits < 1 || digits > 3) return false;
  if (digits === n - 1) return true;
  return digits === n - 3 && text.charCodeAt(digits) === 46 /* . */ && isAsciiDigit(text.charCodeAt(digits + 1));
}

function readCount(element: Element | null | undefined, locale: string): Count | null {
  if (!element) return null;
  const raw = trimmed(element.textContent ?? '');
  if (raw === '') return null;
  // Plain digits ("412"): what parseCount gives them in every locale, without its general machinery.
  const plain = plainDigits(raw);
  if (plain >= 0) return { value: plain, step: 1 };
  return isTikTokCompact(raw) ? parseCount(raw, 'en') : parseCount(raw, locale);
}

function excerpt(element: Element | null | undefined): string {
  if (!element) return '';
  const raw = element.textContent ?? '';
  // Collapsing whitespace copies the string; most captions have only single spaces, where it would be
  // the identity, so scan first (a scan allocates nothing).
  const text = trimmed(needsCollapse(raw) ? raw.replace(/\s+/g, ' ') : raw);
  if (text.length <= TEXT_LIMIT) return text;
  const cut = text.slice(0, TEXT_LIMIT);
  // Never end on half of a surrogate pair (an emoji cut in two).
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

const TWO_POW_32 = 4294967296;

/**
 * Epoch ms of a TikTok id (creation second in the top 32 bits, `BigInt(id) >> 32n`), or null for anything
 * implausible. The shift is done by long division, digit by digit, in two exact doubles (`high · 2³² +
 * low`): BigInt parsing and a regex for the 15–20 digits cost more than the rest of the post's ids.
 */
function idTime(id: string): number | null {
  const n = id.length;
  if (n < 15 || n > 20) return null;
  let high = 0;
  let low = 0;
  for (let i = 0; i < n; i++) {
    const code = id.charCodeAt(i);
    if (!isAsciiDigit(code)) return null;
    // low < 2³², so low · 10 + 9 < 2⁵³: exact; high < 2³⁵ for 20 digits.
    low = low * 10 + (code - 48);
    const carry = Math.floor(low / TWO_POW_32);
    high = high * 10 + carry;
    low -= carry * TWO_POW_32;
  }
  const ms = high * 1000;
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

const PLAYER_PREFIX = 'xgwrapper-';

/** The video id in a player wrapper's id, `xgwrapper-<n>-<videoId>` (`/^xgwrapper-\d+-(\d{1,25})$/`), or null. */
function videoIdOfPlayer(id: string): string | null {
  if (!id.startsWith(PLAYER_PREFIX)) return null;
  const n = id.length;
  let at = PLAYER_PREFIX.length;
  while (at < n && isAsciiDigit(id.charCodeAt(at))) at++;
  if (at === PLAYER_PREFIX.length || id.charCodeAt(at) !== 45 /* - */) return null;
  const start = at + 1;
  for (at = start; at < n; at++) if (!isAsciiDigit(id.charCodeAt(at))) return null;
  return n > start && n - start <= 25 ? id.slice(start) : null;
}

/**
 * An anchor or a field's hooked element is never the player (it is read as a link or as its field). (The
 * one-query scan this replaces also took a non-anchor carrying an author-link hook *and* an `xgwrapper-`
 * id for the author link; only anchors are author links now, as AUTHOR_LINK says.)
 */
const playerIdOf = (element: Element): string | null => {
  const videoId = videoIdOfPlayer(element.id);
  return videoId === null || element.localName === 'a' || fieldOf(element) ? null : videoId;
};

/**
 * The raw handle of a profile link, `/@handle` with or without the origin, an optional trailing slash and
 * a query or fragment (`/^(?:https:\/\/www\.tiktok\.com)?\/@([^/?#]+)\/?(?:[?#]|$)/`); null for other links.
 */
function handleOfHref(href: string): string | null {
  const n = href.length;
  let at = href.startsWith(ORIGIN) ? ORIGIN.length : 0;
  if (href.charCodeAt(at) !== 47 /* / */ || href.charCodeAt(at + 1) !== 64 /* @ */) return null;
  at += 2;
  const start = at;
  while (at < n && !isPathEnd(href.charCodeAt(at))) at++;
  const end = at;
  if (end === start) return null;
  if (href.charCodeAt(at) === 47) at++;
  const next = href.charCodeAt(at);
  return at === n || next === 63 /* ? */ || next === 35 /* # */ ? href.slice(start, end) : null;
}

/** "/", "?" or "#": where a path segment ends. */
function isPathEnd(code: number): boolean {
  return code === 47 || code === 63 || code === 35;
}

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
      normalHandle(handleOfHref(firstAccepted(root, AUTHOR_LINK_QUERY, authorLinkOf)?.getAttribute('href') ?? '')) ??
      normalHandle(root.querySelector(AUTHOR_HANDLE_SELECTOR)?.textContent);
    return handle ? { handle, kind: 'video', id: playerId } : null;
  }
  const linked = linkedItemOf(root);
  if (linked !== null) return linked;
  // The item a video/photo page opened with (a photo carousel has no player wrapper).
  return root.id === 'one-column-item-0' ? pageItemOf(page) : null;
}

/** The action bar's count labels: per field, the first element carrying one of its hooks. */
interface CountLabels {
  likes: Element | null;
  reposts: Element | null;
  comments: Element | null;
  bookmarks: Element | null;
}

/** Fills `labels` from `list` (document order): the first element of each field wins. */
function collectLabels(list: ArrayLike<Element>, labels: CountLabels): CountLabels {
  for (let i = 0, n = list.length; i < n; i++) {
    const label = list[i] as Element;
    const field = fieldOf(label);
    if (field === 'likes') labels.likes ??= label;
    else if (field === 'reposts') labels.reposts ??= label;
    else if (field === 'comments') labels.comments ??= label;
    else if (field === 'bookmarks') labels.bookmarks ??= label;
  }
  return labels;
}

/**
 * The count labels are `<strong>` in every layout the sources describe (COUNT_LABEL_TAG). The item's
 * `strong` elements come from a tag collection, which Chromium fills by walking the subtree without
 * matching a selector: with a hook read per strong it cost 0.5 ms per 1,000 posts, the count query
 * 1.2 ms. The query still answers whenever a field has no label among the strongs (a label of another
 * element, a count not shown), so every hook of selectors.ts is still found; the one difference: a
 * label of some other element that comes before the strong of the same field no longer wins over it.
 */
function countLabels(root: Element): CountLabels {
  const fast = collectLabels(root.getElementsByTagName(COUNT_LABEL_TAG), { likes: null, reposts: null, comments: null, bookmarks: null });
  if (fast.likes && fast.reposts && fast.comments && fast.bookmarks) return fast;
  return collectLabels(root.querySelectorAll(COUNT_QUERY), { likes: null, reposts: null, comments: null, bookmarks: null });
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
    const labels = countLabels(root);
    likes = readCount(labels.likes, locale);
    reposts = readCount(labels.reposts, locale);
    comments = readCount(labels.comments, locale);
    bookmarks = readCount(labels.bookmarks, locale);
  }
  // What postCounts() builds, written out: its argument object and loop over names cost more per post.
  const precision: PostObservation['precision'] = {};
  return {
    postId: ref.id,
    url: `${ORIGIN}/@${ref.handle}/${ref.kind}/${ref.id}`,
    author: ref.handle,
    publishedAt: idTime(ref.id),
    text: excerpt(firstAccepted(root, DESCRIPTION_QUERY, descriptionOf)),
    likes: valueOf(likes, precision, 'likes'),
    reposts: valueOf(reposts, precision, 'reposts'),
    comments: valueOf(comments, precision, 'comments'),
    views: valueOf(views, precision, 'views'),
    bookmarks: valueOf(bookmarks, precision, 'bookmarks'),
    precision,
    sponsored: root.querySelector(SPONSORED_SELECTOR) !== null,
  };
}

/** A count's value (null when not shown), its step noted in `precision` when abbreviated ("1.2K" → 100). */
function valueOf(count: Count | null, precision: PostObservation['precision'], field: keyof PostObservation['precision']): number | null {
  if (count === null) return null;
  if (count.step > 1) precision[field] = count.step;
  return count.value;
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
