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
import { collapsed } from '@/utils/collect/text';
import { parseTime } from '@/utils/collect/time';

const ORIGIN = 'https://www.instagram.com';
const TEXT_LIMIT = 280;

/*
 * Speed (ARCHITECTURE.md budget: 1,000 feed posts in 5 ms; scripts/bench-extract.mjs). A feed post has
 * about ten links, a time, a caption and two counts, and every one of them used to go through a regular
 * expression (each `test`/`exec`/`replace` costs ~0.2–0.4 µs in Chromium), an array of path segments, a
 * closure or a generator. The per-post path below reads char codes instead, loops plainly, and creates
 * strings and objects only for what it keeps; page-level work (`detect`, profiles) stays simple.
 */

const SLASH = 47;
const QUESTION = 63;
const HASH = 35;

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Shortcodes are base64url ("C8xQ2mVsN4a"; private posts' codes are longer): `^[A-Za-z0-9_-]{5,64}$` over text[start, end). */
function isShortcode(text: string, start: number, end: number): boolean {
  if (end - start < 5 || end - start > 64) return false;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (!isAsciiLetter(code) && !isAsciiDigit(code) && code !== 95 /* _ */ && code !== 45 /* - */) return false;
  }
  return true;
}

/** Instagram usernames: letters, digits, `.` and `_`, at most 30 (`^[A-Za-z0-9._]{1,30}$`) over text[start, end). */
function isHandleText(text: string, start: number, end: number): boolean {
  if (end - start < 1 || end - start > 30) return false;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (!isAsciiLetter(code) && !isAsciiDigit(code) && code !== 46 /* . */ && code !== 95 /* _ */) return false;
  }
  return true;
}

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
  return segment !== undefined && isHandleText(segment, 0, segment.length) && !RESERVED_PATHS.has(segment.toLowerCase());
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
  if (code === undefined || !isShortcode(code, 0, code.length) || code === 'audio') return null;
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
  const text = collapsed(raw ?? '').trim();
  if (text.length <= TEXT_LIMIT) return text;
  let cut = text.slice(0, TEXT_LIMIT);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}

function epochOf(datetime: string | null): number | null {
  if (!datetime) return null;
  // `parseTime`: what Date.parse gives, with the platform's ISO form read by char codes.
  const ms = parseTime(datetime);
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
}

function lowerText(element: Element): string {
  return collapsed(element.textContent ?? '').trim().toLowerCase();
}

function hasWord(text: string, words: readonly string[]): boolean {
  for (const word of words) if (text.includes(word)) return true;
  return false;
}

function hasDigit(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (isAsciiDigit(text.charCodeAt(index))) return true;
  return false;
}

interface ProfileLink {
  element: Element;
  handle: string;
  /** The link's position in `Links.anchors`. */
  index: number;
}

interface Links {
  /** Every link of the post, in document order (the index space of `index` below). */
  anchors: Element[];
  /** Links to `/<handle>/`, in document order, with their index in `anchors`. */
  profiles: ProfileLink[];
  /** The first link to the post itself (no tail). */
  permalink: Permalink | null;
  /** The post's own `time[datetime]` and the permalink around it. */
  time: { time: Element; link: Permalink; anchor: Element; index: number } | null;
  likedBy: { element: Element; link: Permalink } | null;
  comments: { element: Element; link: Permalink } | null;
  /** Distinct shortcodes linked from the root (a grid links to many). */
  codes: number;
  firstCode: string | null;
  /** The header's links: `anchors` from headStart up to (not including) headEnd; see `markHead`. */
  headStart: number;
  headEnd: number;
}

/**
 * Where the path segments of the link being classified start and end (`splitPath`): the first four, as
 * offsets into its `href`. Reused for every link instead of an array of substrings per link.
 */
const segmentStart = new Int32Array(4);
const segmentEnd = new Int32Array(4);

function startOf(segment: number): number {
  return segmentStart[segment] ?? 0;
}

function endOf(segment: number): number {
  return segmentEnd[segment] ?? 0;
}

/**
 * Notes the first four path segments of an on-site `href` ("/p/X/liked_by/?a" → p, X, liked_by), with or
 * without the origin, skipping empty ones; returns how many, or -1 for other sites.
 */
function splitPath(href: string): number {
  let start: number;
  if (href.charCodeAt(0) === SLASH) {
    if (href.charCodeAt(1) === SLASH) return -1;
    start = 1;
  } else if (href.startsWith(ORIGIN) && href.charCodeAt(ORIGIN.length) === SLASH) start = ORIGIN.length + 1;
  else return -1;
  let count = 0;
  for (let index = start; ; index++) {
    const code = index < href.length ? href.charCodeAt(index) : -1;
    if (code !== SLASH && code !== QUESTION && code !== HASH && code !== -1) continue;
    if (index > start) {
      segmentStart[count] = start;
      segmentEnd[count] = index;
      count++;
    }
    if (code !== SLASH || count === 4) return count;
    start = index + 1;
  }
}

/** Whether path segment number `segment` of `href` is exactly `word`. */
function segmentIs(href: string, segment: number, word: string): boolean {
  const start = startOf(segment);
  return endOf(segment) - start === word.length && href.startsWith(word, start);
}

/** RESERVED_PATHS by length (index), to compare in place (see `handleAt`). */
const RESERVED_BY_LENGTH: readonly (readonly string[])[] = (() => {
  const byLength: string[][] = [];
  for (const word of RESERVED_PATHS) (byLength[word.length] ??= []).push(word);
  return byLength;
})();

/** Whether href[start, end) is one of RESERVED_PATHS in any ASCII case (the caller checked it is ASCII). */
function isReservedAt(href: string, start: number, end: number): boolean {
  const words = RESERVED_BY_LENGTH[end - start];
  if (!words) return false;
  for (const word of words) {
    let same = true;
    for (let index = 0; index < word.length && same; index++) {
      const code = href.charCodeAt(start + index);
      same = (code >= 65 && code <= 90 ? code + 32 : code) === word.charCodeAt(index);
    }
    if (same) return true;
  }
  return false;
}

/**
 * Path segment number `segment` of `href` as a handle (lower case), or null when it cannot be one. The
 * reserved words are compared in place and the handle lower-cased only when it has capitals: a Set
 * lookup of a fresh substring (hashing it) cost more than the rest of the link's classification.
 */
function handleAt(href: string, segment: number): string | null {
  const start = startOf(segment);
  const end = endOf(segment);
  if (!isHandleText(href, start, end) || isReservedAt(href, start, end)) return null;
  const handle = href.slice(start, end);
  return hasCapital(handle) ? handle.toLowerCase() : handle;
}

function hasCapital(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 65 && code <= 90) return true;
  }
  return false;
}

/** What a link points at, from its `href` alone: a post (with what follows its code), a profile handle, or nothing. */
function classify(href: string): Permalink | string | null {
  const count = splitPath(href);
  if (count <= 0) return null;
  if (count === 1) return handleAt(href, 0);
  // `/<handle>/p/<code>/…`: the kind is the second segment.
  let kind = 0;
  let handle: string | null = null;
  if (segmentIs(href, 1, 'p') || segmentIs(href, 1, 'reel')) {
    if (count < 3) return null;
    handle = handleAt(href, 0);
    if (handle === null) return null;
    kind = 1;
  }
  let type: Permalink['type'];
  if (segmentIs(href, kind, 'p') || segmentIs(href, kind, 'tv')) type = 'p';
  else if (segmentIs(href, kind, 'reel') || segmentIs(href, kind, 'reels')) type = 'reel';
  else return null;
  const code = kind + 1;
  // /reels/audio/<id>/ is a sound page (linked from reels' headers), not a reel.
  if (!isShortcode(href, startOf(code), endOf(code)) || segmentIs(href, code, 'audio')) return null;
  const next = code + 1 < count ? href.slice(startOf(code + 1), endOf(code + 1)) : null;
  return { type, code: href.slice(startOf(code), endOf(code)), handle, next };
}

/** One pass over the post's links, classified by `href` shape (no text, no layout). */
function collectLinks(root: Element): Links {
  const found: Links = {
    anchors: [],
    profiles: [],
    permalink: null,
    time: null,
    likedBy: null,
    comments: null,
    codes: 0,
    firstCode: null,
    headStart: 0,
    headEnd: 0,
  };
  for (const tag of LINK) {
    const anchors = root.getElementsByTagName(tag);
    // The length read once: every `.length` of a live collection is another call into the DOM.
    const length = anchors.length;
    for (let index = 0; index < length; index++) {
      const element = anchors.item(index) as Element;
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
 * Notes which of the post's links lie inside `head` (`Links.headStart`/`headEnd`). The head's links are a
 * contiguous run of the post's links in document order, so three DOM calls here replace a `head.contains`
 * per link.
 */
function markHead(head: Element | null, links: Links): void {
  if (!head) return;
  // LINK is the single element name `a`, so the head's links form one run of `links.anchors`.
  const inside = head.getElementsByTagName(LINK[0]);
  const count = inside.length;
  // `contains` is inclusive: a head that is itself a link starts the run (its links follow it).
  const itself = links.anchors.indexOf(head);
  if (itself >= 0) {
    links.headStart = itself;
    links.headEnd = itself + count + 1;
    return;
  }
  if (count === 0) return;
  const start = links.anchors.indexOf(inside.item(0) as Element);
  if (start < 0) return;
  links.headStart = start;
  links.headEnd = start + count;
}

/** Whether the post's link number `index` lies inside its head (see `markHead`). */
function inHead(links: Links, index: number): boolean {
  return index >= links.headStart && index < links.headEnd;
}

/**
 * The author: the handle in a `/<handle>/p/<code>/` permalink; else, in the header, the first profile
 * link of the row that holds the time (so "carol reposted" above the row, and the collaborator after the
 * author, are not taken); else the header's first profile link (ads, post pages whose time is at the
 * bottom); else the post's first profile link.
 */
function authorOf(head: Element | null, links: Links): string | null {
  if (links.permalink?.handle) return links.permalink.handle;
  const { profiles } = links;
  let firstInHead: ProfileLink | null = null;
  let several = false;
  for (const profile of profiles) {
    if (!inHead(links, profile.index)) continue;
    if (firstInHead === null) firstInHead = profile;
    else if (profile.handle !== firstInHead.handle) several = true;
  }
  const anchor = links.time && inHead(links, links.time.index) ? links.time.anchor : null;
  // The row search below only matters when the header links to more than one handle (the avatar and
  // the name link the same one): it can only pick one of these handles, so with a single one it is that.
  if (head && anchor && several) {
    const top = head.parentElement;
    for (let box = anchor.parentElement; box && box !== top; box = box.parentElement) {
      for (const profile of profiles) {
        if (inHead(links, profile.index) && box.contains(profile.element)) return profile.handle;
      }
    }
  }
  return firstInHead?.handle ?? profiles[0]?.handle ?? null;
}

/**
 * The caption: the `h1` of post pages and reels; in the feed, the user-text span right after the
 * author's name in the body ("<span><a href="/author/">author</a></span> <span dir="auto">…</span>");
 * else the first user-text span outside links and the header.
 */
function captionOf(root: Element, head: Element | null, links: Links, author: string, feed: boolean): string {
  const heading = feed ? null : firstByTag(root, CAPTION);
  if (heading) return excerpt(heading.textContent);
  let name: Element | null = null;
  for (const profile of links.profiles) {
    if (profile.handle === author && !inHead(links, profile.index)) {
      name = profile.element;
      break;
    }
  }
  for (let element = name, depth = 0; element && element !== root && depth < 3; element = element.parentElement, depth++) {
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
  for (const tag of HEADER_LABEL) {
    const elements = head.getElementsByTagName(tag);
    for (let index = 0, length = elements.length; index < length; index++) {
      const element = elements.item(index) as Element;
      if (element.childElementCount > 0) continue;
      const text = element.textContent ?? '';
      if (text.length < 30 && SPONSORED_LABELS.includes(text.trim().toLowerCase())) return true;
    }
  }
  return false;
}

/** "Liked by <a>alice</a> and <a>1,233 others</a>" (older layout): a profile link just before the liked_by link. */
function followsLiker(likedBy: Element, links: Links): boolean {
  for (let sibling = likedBy.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
    for (const { element } of links.profiles) if (sibling === element || sibling.contains(element)) return true;
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
  for (const tag of ACTION_SECTION) {
    const sections = root.getElementsByTagName(tag);
    for (let index = 0, length = sections.length; index < length; index++) readSection(sections.item(index) as Element, lines, locale);
  }
  return lines;
}

function readSection(section: Element, lines: SectionLines, locale: string): void {
  const whole = lowerText(section);
  if (!hasDigit(whole)) {
    if (hasWord(whole, ZERO_LIKES_PHRASES)) lines.zeroLikes = true;
    return;
  }
  for (const tag of SECTION_TEXT) {
    const spans = section.getElementsByTagName(tag);
    for (let index = 0, length = spans.length; index < length; index++) {
      const span = spans.item(index) as Element;
      if (span.closest('a')) continue;
      const text = lowerText(span);
      if (!lines.views && hasWord(text, VIEW_WORDS)) lines.views = parseCount(text, locale);
      else if (!lines.likes && hasWord(text, LIKE_WORDS)) lines.likes = parseCount(text, locale);
    }
  }
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

/** A count's value (null when not shown), its step noted in `precision` when abbreviated ("1.2K" → 100). */
function valueOf(count: Count | null, precision: PostObservation['precision'], field: keyof PostObservation['precision']): number | null {
  if (!count) return null;
  if (count.step > 1) precision[field] = count.step;
  return count.value;
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
  markHead(head, links);
  const author = authorOf(head, links);
  if (!author) return undefined;

  const locale = page.locale;
  let likes: Count | null = null;
  if (links.likedBy) {
    likes = parseCount(links.likedBy.element.textContent ?? '', locale);
    // "Liked by alice and 1,233 others" counts alice too; "… and others" (no number) stays null.
    if (likes && followsLiker(links.likedBy.element, links)) likes = { value: likes.value + 1, step: likes.step };
  }
  const lines = !links.likedBy || type === 'reel' ? sectionLines(root, locale) : null;
  if (!links.likedBy && lines) likes = lines.likes ?? (lines.zeroLikes ? { value: 0, step: 1 } : null);

  const comments = links.comments ? parseCount(links.comments.element.textContent ?? '', locale) : null;

  const precision: PostObservation['precision'] = {};
  return {
    postId: link.code,
    url: `${ORIGIN}/${type}/${link.code}/`,
    author,
    publishedAt: epochOf(own?.time.getAttribute('datetime') ?? null),
    text: captionOf(root, head, links, author, kind === 'feed'),
    likes: valueOf(likes, precision, 'likes'),
    reposts: null,
    comments: valueOf(comments, precision, 'comments'),
    views: valueOf(lines?.views ?? null, precision, 'views'),
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
