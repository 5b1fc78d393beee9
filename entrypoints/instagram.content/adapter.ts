/**
 * Instagram adapter (ARCHITECTURE.md "Collectors"): post pages (/p/<code>/, /<handle>/p/<code>/), reels
 * (/reel/<code>/, /reels/<code>/), the home feed and profiles. Pure over the DOM it is given.
 *
 * What it reads, most machine-readable first:
 * - ids, permalinks and authors from `href` shapes (one pass over the post's links);
 * - the time from the `time[datetime]` inside the post's own permalink (comments have theirs in
 *   `/p/<code>/c/<id>/` links and are skipped);
 * - likes from the `/liked_by/` link text ("1,234 likes", "Liked by alice and 1,233 others"; "Liked by
 *   alice and others" means the author hid the count: null), comments from the `/comments/` link
 *   ("View all 56 comments"), views from a views line under videos; all through `parseCount` with the
 *   page's locale. Instagram shows no repost, share or save counts to viewers: those stay null.
 * - profile counters: the followers `title` (exact), the counters' text, then og:description.
 */
import type { PageContext, PageKind, PlatformAdapter } from '@/utils/collect/adapter';
import { parseCount, type Count } from '@/utils/counts';
import { platformOfUrl } from '@/utils/platforms';
import type { PostObservation, ProfileObservation } from '@/utils/messaging';
import {
  ACTION_SECTION,
  CAPTION,
  COUNTER_ITEM,
  EXACT_TITLE,
  FOLLOWERS_LINK,
  FOLLOWING_LINK,
  HEADER_LABEL,
  LIKE_WORDS,
  LINK,
  META_DESCRIPTION,
  META_TITLE,
  POST_HEADER,
  POST_ROOT,
  PROFILE_HEADER,
  PROFILE_NAME,
  PROFILE_TABS,
  RESERVED_PATHS,
  SECTION_TEXT,
  SPONSORED_LABELS,
  TIME,
  USER_TEXT,
  USER_TEXT_DIR,
  VIEW_WORDS,
  ZERO_LIKES_PHRASES,
  any,
} from './selectors';

const ORIGIN = 'https://www.instagram.com';
const TEXT_LIMIT = 280;
/** Shortcodes are base64url ("C8xQ2mVsN4a"; private posts' codes are longer). */
const SHORTCODE = /^[A-Za-z0-9_-]{5,64}$/;
/** Instagram usernames: letters, digits, `.` and `_`, at most 30. */
const HANDLE = /^[A-Za-z0-9._]{1,30}$/;
const DIGIT = /\d/;

/** Elements named in `tags` under `scope`, in document order per name (see selectors.ts on why by name). */
function* byTag(scope: Element, tags: readonly string[]): Generator<Element> {
  for (const tag of tags) {
    const found = scope.getElementsByTagName(tag);
    for (let index = 0; index < found.length; index++) yield found[index] as Element;
  }
}

/**
 * The first element named in `tags`. `querySelector(name)` returns the same element as
 * `getElementsByTagName(name)[0]` but costs half as much for one hit (no live collection to create).
 */
function firstByTag(scope: Element, tags: readonly string[]): Element | null {
  for (const tag of tags) {
    const found = scope.querySelector(tag);
    if (found) return found;
  }
  return null;
}

function isUserText(element: Element): boolean {
  return USER_TEXT.includes(element.localName as (typeof USER_TEXT)[number]) && element.getAttribute('dir') === USER_TEXT_DIR;
}

/**
 * A link to a post: `/p/<code>/…`, `/reel/<code>/…`, `/<handle>/p/<code>/…`; `next` is the segment after
 * the code ("liked_by", "comments", "c" for a comment), null for the post itself.
 */
interface Permalink {
  type: 'p' | 'reel';
  code: string;
  handle: string | null;
  next: string | null;
}

/** The path segments of an `href` on Instagram ("/p/X/?a=1" → ["p","X"]), or null for other sites. */
function segmentsOf(href: string): string[] | null {
  let path = href;
  if (path.startsWith(ORIGIN)) path = path.slice(ORIGIN.length);
  if (!path.startsWith('/') || path.startsWith('//')) return null;
  const cut = path.search(/[?#]/);
  if (cut >= 0) path = path.slice(0, cut);
  return path.split('/').filter((segment) => segment !== '');
}

function isHandle(segment: string | undefined): segment is string {
  return segment !== undefined && HANDLE.test(segment) && !RESERVED_PATHS.has(segment.toLowerCase());
}

function permalinkOf(segments: string[]): Permalink | null {
  let start = 0;
  let handle: string | null = null;
  if (isHandle(segments[0]) && (segments[1] === 'p' || segments[1] === 'reel')) {
    handle = segments[0].toLowerCase();
    start = 1;
  }
  const kind = segments[start];
  const code = segments[start + 1];
  // /reels/audio/<id>/ is a sound page (linked from reels' headers), not a reel.
  if (code === undefined || !SHORTCODE.test(code) || code === 'audio') return null;
  let type: Permalink['type'];
  if (kind === 'p' || kind === 'tv') type = 'p';
  else if (kind === 'reel' || kind === 'reels') type = 'reel';
  else return null;
  return { type, code, handle, next: segments[start + 2] ?? null };
}

function detect(url: URL): PageKind | null {
  if (platformOfUrl(url.href) !== 'instagram') return null;
  const segments = segmentsOf(url.pathname) ?? [];
  if (segments.length === 0) return 'feed';
  const permalink = permalinkOf(segments);
  if (permalink) {
    // /p/<code>/liked_by/, /p/<code>/c/<id>/ … are lists over a post, not the post.
    if (permalink.next !== null) return null;
    return permalink.type === 'reel' ? 'video' : 'post';
  }
  if (!isHandle(segments[0])) return null;
  if (segments.length === 1) return 'profile';
  if (segments.length === 2 && PROFILE_TABS.has(segments[1] ?? '')) return 'profile';
  return null;
}

/** Collapsed whitespace, at most 280 characters without splitting a surrogate pair. */
function excerpt(raw: string | null | undefined): string {
  const text = (raw ?? '').replace(/\s+/g, ' ').trim();
  if (text.length <= TEXT_LIMIT) return text;
  let cut = text.slice(0, TEXT_LIMIT);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}

function epochOf(datetime: string | null): number | null {
  if (!datetime) return null;
  const ms = Date.parse(datetime);
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
}

function lowerText(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

function hasWord(text: string, words: readonly string[]): boolean {
  return words.some((word) => text.includes(word));
}

interface Links {
  /** Every link of the post, in document order (the index space of `index` below). */
  anchors: Element[];
  /** Links to `/<handle>/`, in document order, with their index in `anchors`. */
  profiles: { element: Element; handle: string; index: number }[];
  /** The first link to the post itself (no tail). */
  permalink: Permalink | null;
  /** The post's own `time[datetime]` and the permalink around it. */
  time: { time: Element; link: Permalink; anchor: Element; index: number } | null;
  likedBy: { element: Element; link: Permalink } | null;
  comments: { element: Element; link: Permalink } | null;
  /** Distinct shortcodes linked from the root (a grid links to many). */
  codes: number;
  firstCode: string | null;
}

const SLASH = 47;
const QUESTION = 63;
const HASH = 35;

/**
 * The first four path segments of an on-site `href` ("/p/X/liked_by/?a" → ["p","X","liked_by"]), with
 * or without the origin; null for other sites. A character loop: it runs for every link of every post.
 */
function hrefSegments(href: string): string[] | null {
  let start: number;
  if (href.charCodeAt(0) === SLASH) {
    if (href.charCodeAt(1) === SLASH) return null;
    start = 1;
  } else if (href.startsWith(ORIGIN) && href.charCodeAt(ORIGIN.length) === SLASH) start = ORIGIN.length + 1;
  else return null;
  const segments: string[] = [];
  for (let index = start; ; index++) {
    const code = index < href.length ? href.charCodeAt(index) : -1;
    if (code !== SLASH && code !== QUESTION && code !== HASH && code !== -1) continue;
    if (index > start) segments.push(href.slice(start, index));
    if (code !== SLASH || segments.length === 4) return segments;
    start = index + 1;
  }
}

/** What a link points at, from its `href` alone: a post (with what follows its code), a profile handle, or nothing. */
function classify(href: string): Permalink | string | null {
  const segments = hrefSegments(href);
  if (!segments) return null;
  const [one, two, three, four] = segments;
  if (one === undefined) return null;
  if (two === undefined) return isHandle(one) ? one.toLowerCase() : null;
  let handle: string | null = null;
  let kind = one;
  let code = two;
  let next = three;
  if (two === 'p' || two === 'reel') {
    if (three === undefined || !isHandle(one)) return null;
    handle = one.toLowerCase();
    kind = two;
    code = three;
    next = four;
  }
  let type: Permalink['type'];
  if (kind === 'p' || kind === 'tv') type = 'p';
  else if (kind === 'reel' || kind === 'reels') type = 'reel';
  else return null;
  if (!SHORTCODE.test(code) || code === 'audio') return null;
  return { type, code, handle, next: next ?? null };
}

/** One pass over the post's links, classified by `href` shape (no text, no layout). */
function collectLinks(root: Element): Links {
  const found: Links = { anchors: [], profiles: [], permalink: null, time: null, likedBy: null, comments: null, codes: 0, firstCode: null };
  for (const tag of LINK) {
    const anchors = root.getElementsByTagName(tag);
    // The length read once: every `.length` of a live collection is another call into the DOM.
    const length = anchors.length;
    for (let index = 0; index < length; index++) {
      const element = anchors[index] as Element;
      found.anchors.push(element);
      collectLink(found, element, found.anchors.length - 1);
    }
  }
  return found;
}

function collectLink(found: Links, element: Element, index: number): void {
  const href = element.getAttribute('href');
  if (href === null) return;
  const link = classify(href);
  if (link === null) return;
  if (typeof link === 'string') {
    found.profiles.push({ element, handle: link, index });
    return;
  }
  if (found.firstCode === null) {
    found.firstCode = link.code;
    found.codes = 1;
  } else if (found.codes === 1 && link.code !== found.firstCode) found.codes = 2;
  if (link.next === null) {
    found.permalink ??= link;
    // The post's own time sits in its permalink; comments' times are in /c/ links, never here.
    if (!found.time) {
      const time = firstByTag(element, TIME);
      if (time?.hasAttribute('datetime')) found.time = { time, link, anchor: element, index };
    }
  } else if (link.next === 'liked_by') found.likedBy ??= { element, link };
  else if (link.next === 'comments') found.comments ??= { element, link };
}

/**
 * The author: the handle in a `/<handle>/p/<code>/` permalink; else, in the header, the first profile
 * link of the row that holds the time (so "carol reposted" above the row, and the collaborator after the
 * author, are not taken); else the header's first profile link (ads, post pages whose time is at the
 * bottom); else the post's first profile link.
 */
function authorOf(head: Element | null, links: Links, inHead: (index: number) => boolean): string | null {
  if (links.permalink?.handle) return links.permalink.handle;
  const headProfiles = links.profiles.filter(({ index }) => inHead(index));
  const anchor = links.time && inHead(links.time.index) ? links.time.anchor : null;
  // The row search below only matters when the header links to more than one handle (the avatar and
  // the name link the same one): it can only pick one of these handles, so with a single one it is that.
  if (head && anchor && headProfiles.length > 1 && headProfiles.some(({ handle }) => handle !== headProfiles[0]?.handle)) {
    for (let box = anchor.parentElement; box && box !== head.parentElement; box = box.parentElement) {
      const hit = headProfiles.find(({ element }) => box.contains(element));
      if (hit) return hit.handle;
    }
  }
  return headProfiles[0]?.handle ?? links.profiles[0]?.handle ?? null;
}

/**
 * The caption: the `h1` of post pages and reels; in the feed, the user-text span right after the
 * author's name in the body ("<span><a href="/author/">author</a></span> <span dir="auto">…</span>");
 * else the first user-text span outside links and the header.
 */
function captionOf(root: Element, head: Element | null, links: Links, inHead: (index: number) => boolean, author: string, feed: boolean): string {
  const heading = feed ? null : firstByTag(root, CAPTION);
  if (heading) return excerpt(heading.textContent);
  const name = links.profiles.find(({ index, handle }) => handle === author && !inHead(index));
  for (let element: Element | null = name?.element ?? null, depth = 0; element && element !== root && depth < 3; element = element.parentElement, depth++) {
    for (let sibling = element.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
      if (isUserText(sibling)) return excerpt(sibling.textContent);
    }
  }
  const late = feed ? firstByTag(root, CAPTION) : null;
  if (late) return excerpt(late.textContent);
  for (const span of byTag(root, USER_TEXT)) {
    if (!isUserText(span) || span.closest('a') || head?.contains(span)) continue;
    const text = excerpt(span.textContent);
    if (text) return text;
  }
  return '';
}

/** Whether a leaf of the header is the ad label ("Sponsored", "Patrocinado" …). */
function isSponsored(head: Element): boolean {
  for (const element of byTag(head, HEADER_LABEL)) {
    if (element.childElementCount > 0) continue;
    const text = element.textContent ?? '';
    if (text.length < 30 && SPONSORED_LABELS.includes(text.trim().toLowerCase())) return true;
  }
  return false;
}

/** "Liked by <a>alice</a> and <a>1,233 others</a>" (older layout): a profile link just before the liked_by link. */
function followsLiker(likedBy: Element, links: Links): boolean {
  for (let sibling = likedBy.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
    if (links.profiles.some(({ element }) => sibling === element || sibling.contains(element))) return true;
  }
  return false;
}

interface SectionLines {
  likes: Count | null;
  views: Count | null;
  zeroLikes: boolean;
}

/**
 * Non-link lines of the action sections: a views line, a plain like line, the zero-likes line. A
 * section's whole text is read once; only a section with a digit is searched span by span (the action
 * bar's text is its icons' titles, "LikeCommentShareSave", and the zero line has no digit).
 */
function sectionLines(root: Element, locale: string): SectionLines {
  const lines: SectionLines = { likes: null, views: null, zeroLikes: false };
  for (const section of byTag(root, ACTION_SECTION)) {
    const whole = lowerText(section);
    if (!DIGIT.test(whole)) {
      if (ZERO_LIKES_PHRASES.some((phrase) => whole.includes(phrase))) lines.zeroLikes = true;
      continue;
    }
    for (const span of byTag(section, SECTION_TEXT)) {
      if (span.closest('a')) continue;
      const text = lowerText(span);
      if (!lines.views && hasWord(text, VIEW_WORDS)) lines.views = parseCount(text, locale);
      else if (!lines.likes && hasWord(text, LIKE_WORDS)) lines.likes = parseCount(text, locale);
    }
  }
  return lines;
}

/**
 * Whether the post's link number `index` lies inside `head`. The head's links are a contiguous run of
 * the post's links in document order, so three DOM calls here replace a `head.contains` per link.
 */
function headRange(head: Element | null, links: Links): (index: number) => boolean {
  if (!head) return () => false;
  // LINK is the single element name `a`, so the head's links form one run of `links.anchors`.
  const inside = head.getElementsByTagName(LINK[0]);
  const count = inside.length;
  // `contains` is inclusive: a head that is itself a link starts the run (its links follow it).
  const itself = links.anchors.indexOf(head);
  if (itself >= 0) return (index) => index >= itself && index <= itself + count;
  if (count === 0) return () => false;
  const start = links.anchors.indexOf(inside[0] as Element);
  const end = start + count;
  return (index) => start >= 0 && index >= start && index < end;
}

/** The page's kind and permalink, computed once per address (extract runs once per post). */
let pageMemo: { href: string; kind: PageKind | null; link: Permalink | null } | null = null;
function pageInfo(url: URL): { kind: PageKind | null; link: Permalink | null } {
  if (pageMemo?.href !== url.href) {
    const kind = detect(url);
    const link = kind === 'post' || kind === 'video' ? permalinkOf(segmentsOf(url.pathname) ?? []) : null;
    pageMemo = { href: url.href, kind, link };
  }
  return pageMemo;
}

function extract(root: Element, page: PageContext): PostObservation | undefined {
  const links = collectLinks(root);
  const own = links.time;
  // A block of links to several posts without a timestamp is a grid, not a post.
  if (!own && links.codes > 1) return undefined;

  const { kind, link: pageLink } = pageInfo(page.url);
  const link = own?.link ?? links.permalink ?? links.likedBy?.link ?? links.comments?.link ?? pageLink;
  if (!link) return undefined;
  const type = pageLink?.code === link.code && pageLink.type === 'reel' ? 'reel' : link.type;

  // Feed items have no <header> (their first child is the header): skip a whole-subtree search there.
  const head = (kind === 'feed' ? null : firstByTag(root, POST_HEADER)) ?? root.firstElementChild;
  const inHead = headRange(head, links);
  const author = authorOf(head, links, inHead);
  if (!author) return undefined;

  const locale = page.locale;
  const precision: PostObservation['precision'] = {};
  const take = (field: keyof PostObservation['precision'], count: Count | null): number | null => {
    if (!count) return null;
    if (count.step > 1) precision[field] = count.step;
    return count.value;
  };

  let likes: Count | null = null;
  if (links.likedBy) {
    likes = parseCount(links.likedBy.element.textContent ?? '', locale);
    // "Liked by alice and 1,233 others" counts alice too; "… and others" (no number) stays null.
    if (likes && followsLiker(links.likedBy.element, links)) likes = { value: likes.value + 1, step: likes.step };
  }
  const lines = !links.likedBy || type === 'reel' ? sectionLines(root, locale) : null;
  if (!links.likedBy && lines) likes = lines.likes ?? (lines.zeroLikes ? { value: 0, step: 1 } : null);

  const comments = links.comments ? parseCount(links.comments.element.textContent ?? '', locale) : null;

  return {
    postId: link.code,
    url: `${ORIGIN}/${type}/${link.code}/`,
    author,
    publishedAt: epochOf(own?.time.getAttribute('datetime') ?? null),
    text: captionOf(root, head, links, inHead, author, kind === 'feed'),
    likes: take('likes', likes),
    reposts: null,
    comments: take('comments', comments),
    views: take('views', lines?.views ?? null),
    bookmarks: null,
    precision,
    // Organic posts always carry their timestamp link; ads show the label in its place.
    sponsored: own === null && head !== null && isSponsored(head),
  };
}

/** The first match of the first alternative that matches (alternatives in priority order). */
function firstOf(scope: ParentNode, alternatives: readonly string[]): Element | null {
  for (const selector of alternatives) {
    const hit = scope.querySelector(selector);
    if (hit) return hit;
  }
  return null;
}

// ── Profiles ──────────────────────────────────────────────────────────────────────────────────────

interface Counters {
  followers: Count | null;
  following: Count | null;
  posts: Count | null;
}

/** A counter: the exact `title` first ("307,912,401"), then the visible text ("307M followers"). */
function counterOf(element: Element | null | undefined, locale: string): Count | null {
  if (!element) return null;
  const titled = element.matches(any(EXACT_TITLE)) ? element : element.querySelector(any(EXACT_TITLE));
  const title = titled?.getAttribute('title');
  if (title) {
    const exact = parseCount(title, locale);
    if (exact) return exact;
  }
  return parseCount(element.textContent ?? '', locale);
}

function headerCounters(header: Element, locale: string): Counters {
  const followersLink = header.querySelector(any(FOLLOWERS_LINK));
  const followingLink = header.querySelector(any(FOLLOWING_LINK));
  const list = (followersLink ?? followingLink)?.closest('ul') ?? header.querySelector('ul');
  const items = list ? Array.from(list.querySelectorAll(any(COUNTER_ITEM))).filter((item) => item.parentElement === list) : [];
  if (followersLink || followingLink) {
    const postsItem = items.find((item) => !item.querySelector(any(FOLLOWERS_LINK)) && !item.querySelector(any(FOLLOWING_LINK)));
    return {
      followers: counterOf(followersLink, locale),
      following: counterOf(followingLink, locale),
      posts: counterOf(postsItem, locale),
    };
  }
  // Logged out or private: plain counters in the order posts, followers, following.
  return { posts: counterOf(items[0], locale), followers: counterOf(items[1], locale), following: counterOf(items[2], locale) };
}

/** og:description "1,234 Followers, 56 Following, 78 Posts - See … (@handle)", only for this handle. */
function metaCounters(doc: Document, handle: string, locale: string): Counters | null {
  for (const meta of doc.querySelectorAll(any(META_DESCRIPTION))) {
    const content = meta.getAttribute('content') ?? '';
    if (!content.toLowerCase().includes(`(@${handle})`)) continue;
    const head = content.split(' - ')[0] ?? '';
    const parts = head.split(', ');
    if (parts.length !== 3) continue;
    const [followers, following, posts] = parts.map((part) => parseCount(part, locale));
    return { followers: followers ?? null, following: following ?? null, posts: posts ?? null };
  }
  return null;
}

function profileName(doc: Document, header: Element | null, handle: string): string {
  const title = doc.querySelector(any(META_TITLE))?.getAttribute('content') ?? '';
  const marker = title.toLowerCase().indexOf(` (@${handle})`);
  if (marker > 0) return excerpt(title.slice(0, marker)).slice(0, 200);
  if (!header) return '';
  for (const span of header.querySelectorAll(any(PROFILE_NAME))) {
    if (span.closest('a, h1, h2, ul, button')) continue;
    const text = excerpt(span.textContent);
    if (text && text.toLowerCase() !== handle) return text.slice(0, 200);
  }
  return '';
}

function extractProfile(doc: Document, page: PageContext): ProfileObservation | undefined {
  if (detect(page.url) !== 'profile') return undefined;
  const handle = (segmentsOf(page.url.pathname) ?? [])[0]?.toLowerCase();
  if (!handle) return undefined;
  const header = firstOf(doc, PROFILE_HEADER);
  const fromHeader = header ? headerCounters(header, page.locale) : { followers: null, following: null, posts: null };
  const needMeta = !fromHeader.followers || !fromHeader.following || !fromHeader.posts;
  const fromMeta = needMeta ? metaCounters(doc, handle, page.locale) : null;
  if (!header && !fromMeta) return undefined;

  const precision: ProfileObservation['precision'] = {};
  const take = (field: keyof ProfileObservation['precision']): number | null => {
    const count = fromHeader[field] ?? fromMeta?.[field] ?? null;
    if (!count) return null;
    if (count.step > 1) precision[field] = count.step;
    return count.value;
  };
  return {
    handle,
    name: profileName(doc, header, handle),
    followers: take('followers'),
    following: take('following'),
    posts: take('posts'),
    precision,
  };
}

export const adapter: PlatformAdapter = {
  platform: 'instagram',
  detect,
  rootSelector: any(POST_ROOT),
  extract,
  extractProfile,
};
