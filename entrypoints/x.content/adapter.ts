/**
 * X (x.com, twitter.com, mobile.*): which pages we read, and one post / one profile off the DOM.
 * Pure over the DOM it is given (no globals, no timers), so fixtures test exactly what runs live.
 *
 * Reading order per count (ARCHITECTURE.md "Collectors", research §1.2):
 *  1. the action bar's `role="group"` aria-label, "48 replies, 152 reposts, 553 likes, 9 bookmarks,
 *     30142 views" — full numbers, split on ", ", each part named by a keyword (English or Spanish);
 *  2. the control's own aria-label, "553 Likes. Like" / "553 Me gusta. Me gusta" (full numbers);
 *  3. the visible number face, "7.6K" / "7,6 mil", through parseCount with the page's locale.
 * Zero: X renders a zero count as a bare control ("Like", no number; research §0.6/§1.2, browser-cli
 * x.com.md). So a reply, repost or like control with no number anywhere reads as 0. Bookmarks and views
 * never do: the timeline's bookmark control carries no count at all, and posts older than late 2022
 * have no view count — both stay null when no number is shown.
 */
import type { PageContext, PageKind, PlatformAdapter } from '@/utils/collect/adapter';
import { parseCount, type Count } from '@/utils/counts';
import type { PostObservation, ProfileObservation } from '@/utils/messaging';
import { platformOfUrl } from '@/utils/platforms';
import {
  ACTIONS,
  ACTION_GROUP,
  AD_LABELS,
  COUNT_FACE,
  EMBEDDED,
  FOLLOWERS_LINK,
  FOLLOWING_LINK,
  POST_ROOT,
  PRIMARY_COLUMN,
  PROFILE_NAME,
  PROFILE_TOP_BAR_TITLE,
  REPLY_BUTTON,
  STATUS_LINK,
  TIME,
  TWEET_TEXT,
  any,
} from './selectors';

type Metric = 'likes' | 'reposts' | 'comments' | 'views' | 'bookmarks';

const ROOT = any(POST_ROOT);
const EMBEDDED_SEL = any(EMBEDDED);
const TIME_SEL = any(TIME);
const STATUS_SEL = any(STATUS_LINK);
const TEXT_SEL = any(TWEET_TEXT);
const ACTIONS_SEL = any(ACTIONS);
const REPLY_SEL = any(REPLY_BUTTON);
/** The views link's href ends so (VIEWS_LINK). */
const VIEWS_SUFFIX = '/analytics';
const GROUP_SEL = any(ACTION_GROUP);
const FACE_SEL = any(COUNT_FACE);
const AD_TEXTS: ReadonlySet<string> = new Set(AD_LABELS);

/** The web app's hosts; other subdomains (developer.x.com, help.x.com, ads.x.com …) are not read. */
const APP_HOSTS: ReadonlySet<string> = new Set(['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com']);

/** First path segments that are X's own pages, not handles. */
const RESERVED: ReadonlySet<string> = new Set([
  'home', 'explore', 'search', 'notifications', 'messages', 'settings', 'i', 'compose', 'login', 'logout',
  'signup', 'account', 'tos', 'privacy', 'about', 'jobs', 'download', 'intent', 'share', 'hashtag', 'welcome',
  'flow', 'display', 'keyboard_shortcuts', 'bookmarks', 'lists', 'communities', 'premium', 'jf', 'oauth',
]);

/** Profile tabs that keep the profile header (followers, following) on screen. */
const PROFILE_TABS: ReadonlySet<string> = new Set(['with_replies', 'media', 'highlights', 'articles', 'likes', 'superfollows']);

/** X screen names: 1–15 of [A-Za-z0-9_]. */
const HANDLE_RE = /^[A-Za-z0-9_]{1,15}$/;
const DIGITS_RE = /^\d{1,25}$/;
/** `/<handle>/status/<id>` at the start of an href, relative or absolute. */
const STATUS_HREF_RE = /^(?:https?:\/\/[^/]+)?\/([A-Za-z0-9_]{1,15})\/status\/(\d{1,25})(?:[/?#]|$)/;

/** Words naming each part of the action group's label (English, Spanish), checked in this order. */
const GROUP_PARTS: readonly (readonly [Metric, RegExp])[] = [
  ['bookmarks', /bookmark|elementos guardado|guardado/i],
  ['comments', /repl|respuesta/i],
  ['reposts', /repost|retweet|retuit/i],
  ['likes', /like|me gusta/i],
  ['views', /view|visualizaci|reproducci/i],
];
/** A part that is a bare digit run and its words: "30142 views" (X's labels carry full numbers). */
const PLAIN_PART_RE = /^(\d{1,13}) (\D.*)$/;

const POSTS_WORD_RE = /post|tweet|publicaci/i;

function detect(url: URL): PageKind | null {
  if (platformOfUrl(url.href) !== 'x' || !APP_HOSTS.has(url.hostname.toLowerCase())) return null;
  const parts = url.pathname.split('/').filter((part) => part !== '');
  const [first, second, third] = parts;
  if (first === undefined) return null;
  const head = first.toLowerCase();
  if (head === 'home') return parts.length === 1 ? 'feed' : null;
  if (head === 'i') return detectInternal(parts);
  if (RESERVED.has(head) || !HANDLE_RE.test(first)) return null;
  if (second === undefined) return 'profile';
  if (second === 'status' && third !== undefined && DIGITS_RE.test(third)) {
    if (parts.length === 3) return 'post';
    // The photo/video viewer keeps the post page underneath.
    const [, , , media, index] = parts;
    if (parts.length === 5 && (media === 'photo' || media === 'video') && index !== undefined && DIGITS_RE.test(index)) return 'post';
    return null;
  }
  return parts.length === 2 && PROFILE_TABS.has(second.toLowerCase()) ? 'profile' : null;
}

/** `/i/…`: web status links, lists, bookmarks and communities; everything else there is chrome. */
function detectInternal(parts: string[]): PageKind | null {
  const [, a, b, c] = parts;
  if (a === 'web' && b === 'status' && c !== undefined && DIGITS_RE.test(c) && parts.length === 4) return 'post';
  if (a === 'status' && b !== undefined && DIGITS_RE.test(b) && parts.length === 3) return 'post';
  if ((a === 'lists' || a === 'communities') && b !== undefined && DIGITS_RE.test(b) && parts.length === 3) return 'feed';
  if (a === 'bookmarks' && parts.length === 2) return 'feed';
  return null;
}

/**
 * A test for "inside a quoted/embedded card of this post". The cards are looked up once per post with one
 * simple selector (selector lists cost several times more per post); most posts have none (or only a
 * badge), so the test is usually free.
 */
function embeddedIn(root: Element): (el: Element) => boolean {
  // Most posts have no card: one querySelector answers that (a NodeList and its length are two DOM calls).
  if (root.querySelector(EMBEDDED_SEL) === null) return () => false;
  const cards = root.querySelectorAll(EMBEDDED_SEL);
  return (el) => {
    for (const card of cards) if (card !== el && card.contains(el)) return true;
    return false;
  };
}

/** The first element of `selector` in `root` outside quoted cards: one cheap query in the usual case. */
function own(root: Element, selector: string, embedded: (el: Element) => boolean): Element | null {
  const first = root.querySelector(selector);
  if (!first || !embedded(first)) return first;
  for (const el of root.querySelectorAll(selector)) if (!embedded(el)) return el;
  return null;
}

function parseStatusHref(href: string | null): { handle: string; id: string } | null {
  const match = href ? STATUS_HREF_RE.exec(href) : null;
  if (!match?.[1] || !match[2] || match[1].toLowerCase() === 'i') return null;
  return { handle: match[1], id: match[2] };
}

/** X ids are snowflakes: the upper bits are ms since the Twitter epoch (research §0.5). */
function snowflakeTime(id: string): number | null {
  if (id.length < 15 || id.length > 20) return null;
  return Number((BigInt(id) >> 22n) + 1288834974657n);
}

/**
 * The words of a text block. X draws emoji as `<img alt="🚀">`, which textContent drops; when the block
 * has images, they are put back from their alt text (a short walk, only for those posts).
 */
function textOf(node: Element): string {
  // One DOM call (querySelector) rather than two (a live collection, then its length).
  if (node.querySelector('img') === null) return node.textContent ?? '';
  let out = '';
  const walk = (parent: Node): void => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += (child as Text).data;
      else if (child.nodeType === 1) {
        if ((child as Element).tagName === 'IMG') out += (child as Element).getAttribute('alt') ?? '';
        else walk(child);
      }
    }
  };
  walk(node);
  return out;
}

function collapse(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function excerpt(text: string): string {
  if (text.length <= 280) return text;
  const cut = text.slice(0, 280);
  // Do not leave half of a surrogate pair (an emoji) at the end.
  const last = cut.charCodeAt(279);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, 279) : cut;
}

/** The number on an animated face: only the first copy (two are stacked while it changes). */
function faceCount(host: Element, locale: string): Count | null {
  const face = host.matches(FACE_SEL) ? host : host.querySelector(FACE_SEL);
  if (!face) return null;
  const text = (face.firstElementChild ?? face).textContent;
  return text ? parseCount(text, locale) : null;
}

/** The counts in the action group's label, by metric. */
function groupCounts(label: string, locale: string): Partial<Record<Metric, Count>> {
  const counts: Partial<Record<Metric, Count>> = {};
  for (const raw of label.split(', ')) {
    const part = raw.trim();
    const named = GROUP_PARTS.find(([, word]) => word.test(part));
    if (!named || counts[named[0]]) continue;
    // "48 replies": digits, one space, then the metric's own word — exact as it stands, no parser needed
    // (this runs five times per post). Anything else ("1,068 replies", "12 mil visualizaciones") goes
    // through the locale-aware parser.
    const plain = PLAIN_PART_RE.exec(part);
    const exact = plain?.[1] !== undefined && plain[2] !== undefined && named[1].exec(plain[2])?.index === 0;
    const count = exact ? { value: Number(plain[1]), step: 1 } : parseCount(part, locale);
    if (count) counts[named[0]] = count;
  }
  return counts;
}

interface Controls {
  comments?: Element;
  reposts?: Element;
  likes?: Element;
  bookmarks?: Element;
  views?: Element;
}

const TESTID_METRIC: Readonly<Record<string, Metric>> = {
  reply: 'comments',
  retweet: 'reposts',
  unretweet: 'reposts',
  like: 'likes',
  unlike: 'likes',
  bookmark: 'bookmarks',
  removeBookmark: 'bookmarks',
};

function extract(root: Element, page: PageContext): PostObservation | undefined {
  const locale = page.locale;
  const embedded = embeddedIn(root);

  // Permalink, id and time: the status link around the post's own <time>.
  let status: { handle: string; id: string } | null = null;
  let publishedAt: number | null = null;
  const time = own(root, TIME_SEL, embedded);
  if (time) {
    status = parseStatusHref(time.closest('a')?.getAttribute('href') ?? null);
    const at = Date.parse(time.getAttribute('datetime') ?? '');
    if (status && Number.isFinite(at) && at >= 0) publishedAt = at;
  }
  // Ads show "Ad" instead of a timestamp: fall back to any own status link (photo, analytics).
  const timed = status !== null;
  if (!status) {
    for (const link of root.querySelectorAll(STATUS_SEL)) {
      if (embedded(link)) continue;
      status = parseStatusHref(link.getAttribute('href'));
      if (status) break;
    }
  }
  if (!status) return undefined;
  publishedAt ??= snowflakeTime(status.id);

  // The permalink names the original author, also when the post is someone's repost.
  const author = status.handle.toLowerCase();
  const textNode = own(root, TEXT_SEL, embedded);
  const text = textNode ? excerpt(collapse(textOf(textNode))) : '';

  // The action bar is the group around the reply control. Its controls are found by walking its buttons
  // and links (no selector matching), or, with no such group, by one query over the post. Quoted cards
  // have no controls, but anything inside one is skipped all the same.
  const reply = own(root, REPLY_SEL, embedded);
  const bar = reply?.closest(GROUP_SEL);
  const group = bar && root.contains(bar) ? bar : null;
  const controls: Controls = {};
  const take = (el: Element): void => {
    const metric = el.tagName === 'A' ? (el.getAttribute('href')?.endsWith(VIEWS_SUFFIX) ? 'views' : undefined) : TESTID_METRIC[el.getAttribute('data-testid') ?? ''];
    if (metric && !controls[metric] && !embedded(el)) controls[metric] = el;
  };
  const label = group?.getAttribute('aria-label');
  const fromGroup = label ? groupCounts(label, locale) : {};
  // A control is only consulted for a metric the group's label did not give. Usually the label gives all
  // five, and then the controls are not looked up at all (each one costs several DOM calls).
  const complete = fromGroup.likes && fromGroup.reposts && fromGroup.comments && fromGroup.views && fromGroup.bookmarks;
  if (complete) {
    // Nothing to read from the controls.
  } else if (group) {
    for (const button of group.getElementsByTagName('button')) take(button);
    for (const link of group.getElementsByTagName('a')) take(link);
  } else {
    for (const el of root.querySelectorAll(ACTIONS_SEL)) take(el);
  }

  // Only a post page shows the focal post's views outside the action bar ("29.9K Views").
  const onPostPage = page.url.pathname.includes('/status/');
  const precision: PostObservation['precision'] = {};
  const read = (metric: Metric, zeroWhenBare: boolean): number | null => {
    const control = controls[metric];
    let count: Count | null = fromGroup[metric] ?? null;
    if (!count && control) {
      const ownLabel = control.getAttribute('aria-label');
      count = (ownLabel ? parseCount(ownLabel, locale) : null) ?? faceCount(control, locale);
    }
    if (!count && metric === 'views' && !control && onPostPage) count = detailViews(root, locale, embedded);
    if (!count) return control && zeroWhenBare ? 0 : null;
    if (count.step > 1) precision[metric] = count.step;
    return count.value;
  };

  return {
    postId: status.id,
    url: `https://x.com/${status.handle}/status/${status.id}`,
    author,
    publishedAt,
    text,
    likes: read('likes', true),
    reposts: read('reposts', true),
    comments: read('comments', true),
    views: read('views', false),
    bookmarks: read('bookmarks', false),
    precision,
    sponsored: !timed && hasAdLabel(root, embedded),
  };
}

/** A post page's focal post shows "29.9K Views" on its own line, outside the action buttons. */
function detailViews(root: Element, locale: string, embedded: (el: Element) => boolean): Count | null {
  for (const face of root.querySelectorAll(FACE_SEL)) {
    if (face.closest('button') || embedded(face)) continue;
    return faceCount(face, locale);
  }
  return null;
}

/** The "Ad" / "Promoted" label: a leaf text outside the post's own words and any quoted card. */
function hasAdLabel(root: Element, embedded: (el: Element) => boolean): boolean {
  for (const span of root.querySelectorAll('span')) {
    if (span.childElementCount !== 0) continue;
    const text = span.textContent?.trim();
    if (!text || !AD_TEXTS.has(text)) continue;
    if (span.closest(TEXT_SEL) || embedded(span)) continue;
    return true;
  }
  return false;
}

function extractProfile(doc: Document, page: PageContext): ProfileObservation | undefined {
  if (detect(page.url) !== 'profile') return undefined;
  const urlHandle = page.url.pathname.split('/').find((part) => part !== '');
  if (!urlHandle) return undefined;
  const scope: ParentNode = doc.querySelector(any(PRIMARY_COLUMN)) ?? doc;
  const header = scope.querySelector(any(PROFILE_NAME));
  if (!header) return undefined;

  let name = '';
  let shownHandle = '';
  for (const span of header.querySelectorAll('span')) {
    // Innermost spans only (a name may hold emoji images, so other children are fine).
    if (span.getElementsByTagName('span').length !== 0) continue;
    const value = collapse(textOf(span));
    if (!value) continue;
    if (value.startsWith('@')) {
      shownHandle ||= value.slice(1);
      continue;
    }
    name ||= value;
  }
  const handle = (HANDLE_RE.test(shownHandle) ? shownHandle : urlHandle).toLowerCase();
  if (!HANDLE_RE.test(handle)) return undefined;

  const precision: ProfileObservation['precision'] = {};
  const linkCount = (selector: string, key: 'followers' | 'following'): number | null => {
    for (const link of scope.querySelectorAll(selector)) {
      const owner = link.getAttribute('href')?.split('/').find((part) => part !== '');
      if (owner?.toLowerCase() !== handle) continue;
      const count = parseCount(collapse(link.textContent), page.locale);
      if (!count) continue;
      if (count.step > 1) precision[key] = count.step;
      return count.value;
    }
    return null;
  };
  const followers = linkCount(any(FOLLOWERS_LINK), 'followers');
  const following = linkCount(any(FOLLOWING_LINK), 'following');

  // The sticky top bar: <h2>name</h2><div>12.3K posts</div>.
  let posts: number | null = null;
  for (const title of scope.querySelectorAll(any(PROFILE_TOP_BAR_TITLE))) {
    const line = collapse(title.nextElementSibling?.textContent ?? null);
    if (!line || !POSTS_WORD_RE.test(line)) continue;
    const count = parseCount(line, page.locale);
    if (!count) continue;
    if (count.step > 1) precision.posts = count.step;
    posts = count.value;
    break;
  }

  return { handle, name: name.slice(0, 200), followers, following, posts, precision };
}

export const adapter: PlatformAdapter = {
  platform: 'x',
  detect,
  rootSelector: ROOT,
  extract,
  extractProfile,
};
