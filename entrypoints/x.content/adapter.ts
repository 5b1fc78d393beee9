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
import { needsCollapse } from '@/utils/collect/text';
import { parseTime } from '@/utils/collect/time';
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
const METRICS: readonly Metric[] = ['likes', 'reposts', 'comments', 'views', 'bookmarks'];

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

/**
 * The exact words X writes after a bare number in the group's label, and the metric GROUP_PARTS gives
 * each of them (every word matches its own metric's pattern at its start and no earlier pattern). A part
 * "<digits> <one of these>" is read with no regular expression at all: GROUP_PARTS over five parts per
 * post cost ~2 ms per 1,000 posts. Any other part takes the general path (GROUP_PARTS, then parseCount).
 */
const PLAIN_WORDS: readonly (readonly [string, Metric])[] = [
  ['replies', 'comments'],
  ['reply', 'comments'],
  ['reposts', 'reposts'],
  ['repost', 'reposts'],
  ['likes', 'likes'],
  ['like', 'likes'],
  ['bookmarks', 'bookmarks'],
  ['bookmark', 'bookmarks'],
  ['views', 'views'],
  ['view', 'views'],
  ['respuestas', 'comments'],
  ['respuesta', 'comments'],
  ['Me gusta', 'likes'],
  ['elementos guardados', 'bookmarks'],
  ['visualizaciones', 'views'],
  ['visualización', 'views'],
];

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

// ── One post ──────────────────────────────────────────────────────────────────────────────────
// Performance (ARCHITECTURE.md: 1,000 posts in ≤ 5 ms). The four queries per post (quoted cards, time,
// text, reply control) are most of what remains, the card lookup alone (no card: the whole post is
// searched) about as much as the other three. Everything else must stay small, so the hot path has no
// regular expression (each exec/test is ~0.3 µs here; the label's per-part regexes alone cost ~2 ms per
// 1,000 posts), no closure or array made per post, and reads each attribute once. The general paths
// (regexes, parseCount) remain for anything that is not in X's usual shape.

/**
 * The quoted/embedded cards of a post, or null when it has none. Looked up once per post with one simple
 * selector (selector lists cost several times more per post); most posts have none (or only a badge).
 */
function quotedCards(root: Element): NodeListOf<Element> | null {
  // Most posts have no card: one querySelector answers that (a NodeList and its length are two DOM calls).
  return root.querySelector(EMBEDDED_SEL) === null ? null : root.querySelectorAll(EMBEDDED_SEL);
}

/** Whether `el` sits inside one of the post's quoted cards. */
function inCard(el: Element, cards: NodeListOf<Element> | null): boolean {
  if (cards === null) return false;
  // Lists are read item by item until `undefined`: each `.length` would be one more DOM call.
  for (let i = 0, card; (card = cards[i]); i++) if (card !== el && card.contains(el)) return true;
  return false;
}

/** The first element of `selector` in `root` outside quoted cards: one cheap query in the usual case. */
function own(root: Element, selector: string, cards: NodeListOf<Element> | null): Element | null {
  const first = root.querySelector(selector);
  if (!first || !inCard(first, cards)) return first;
  const all = root.querySelectorAll(selector);
  for (let i = 0, el; (el = all[i]); i++) if (!inCard(el, cards)) return el;
  return null;
}

const SLASH = 47;
const STATUS_SEGMENT = '/status/';

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** [A-Za-z0-9_], the characters of a screen name. */
function isHandleChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c === 95;
}

/** Where the path of `href` starts: 0 for "/…", the slash after the host for "http(s)://host/…", else -1. */
function pathStart(href: string): number {
  if (href.charCodeAt(0) === SLASH) return 0;
  const hostStart = href.startsWith('https://') ? 8 : href.startsWith('http://') ? 7 : -1;
  if (hostStart < 0) return -1;
  const slash = href.indexOf('/', hostStart);
  return slash > hostStart ? slash : -1; // the host is not empty
}

/**
 * `/<handle>/status/<id>` at the start of an href, relative or absolute: handle 1–15 of [A-Za-z0-9_]
 * (not "i", X's own `/i/status/…`), id 1–25 digits, then the end or one of / ? #. A scan by char codes
 * (the regex it replaces cost ~0.3 µs per post).
 */
function parseStatusHref(href: string | null): { handle: string; id: string } | null {
  if (!href) return null;
  const slash = pathStart(href);
  if (slash < 0) return null;
  let handleEnd = slash + 1;
  while (isHandleChar(href.charCodeAt(handleEnd))) handleEnd++;
  const handleLength = handleEnd - slash - 1;
  if (handleLength < 1 || handleLength > 15 || !href.startsWith(STATUS_SEGMENT, handleEnd)) return null;
  const idStart = handleEnd + STATUS_SEGMENT.length;
  let idEnd = idStart;
  while (isDigit(href.charCodeAt(idEnd))) idEnd++;
  if (idEnd === idStart || idEnd - idStart > 25) return null;
  if (idEnd < href.length) {
    const next = href.charAt(idEnd);
    if (next !== '/' && next !== '?' && next !== '#') return null;
  }
  if (handleLength === 1 && (href.charAt(slash + 1) === 'i' || href.charAt(slash + 1) === 'I')) return null;
  return { handle: href.slice(slash + 1, handleEnd), id: href.slice(idStart, idEnd) };
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
  return textWithAlts(node, '');
}

/** `out` followed by the text under `parent`, each image standing for its alt text. */
function textWithAlts(parent: Node, out: string): string {
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out += (child as Text).data;
    else if (child.nodeType === 1) {
      if ((child as Element).tagName === 'IMG') out += (child as Element).getAttribute('alt') ?? '';
      else out = textWithAlts(child, out);
    }
  }
  return out;
}

/** Whether `collapse` would change `text`: white space other than single spaces between words (a scan, no regex). */
function needsTrimOrCollapse(text: string): boolean {
  return text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32 || needsCollapse(text);
}

/** White space runs as one space, none at the ends. */
function collapse(text: string | null): string {
  if (!text) return '';
  // Most texts have nothing to collapse, and one test says so: replace and trim cost ~1 µs per post
  // even then (a quarter of X's budget per post).
  return needsTrimOrCollapse(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

function excerpt(text: string): string {
  if (text.length <= 280) return text;
  const cut = text.slice(0, 280);
  // Do not leave half of a surrogate pair (an emoji) at the end.
  const last = cut.charCodeAt(279);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, 279) : cut;
}

/** The number on an animated face: only the first copy (two are stacked while it changes). */
function faceCount(host: Element, locale: string, hostMayBeFace = true): Count | null {
  const face = hostMayBeFace && host.matches(FACE_SEL) ? host : host.querySelector(FACE_SEL);
  if (!face) return null;
  const text = (face.firstElementChild ?? face).textContent;
  return text ? parseCount(text, locale) : null;
}

/** Counts by metric, null where none was read (every field present: one object shape for all posts). */
type Counts = Record<Metric, Count | null>;

function noCounts(): Counts {
  return { likes: null, reposts: null, comments: null, views: null, bookmarks: null };
}

/** The counts in the action group's label ("48 replies, 152 reposts, …"), by metric; parts split on ", ". */
function groupCounts(label: string, locale: string): Counts {
  const counts = noCounts();
  let from = 0;
  // Walks the parts by index rather than `split` (no array per post).
  while (from <= label.length) {
    let to = label.indexOf(', ', from);
    if (to < 0) to = label.length;
    if (!readPlainPart(label, from, to, counts)) readPart(label.slice(from, to), locale, counts);
    from = to + 2;
  }
  return counts;
}

/**
 * The usual part, label[from, to) = "<1–13 digits> <a word of PLAIN_WORDS>", read by char codes; false
 * (nothing read) for any other part. Gives what `readPart` gives for such a part.
 */
function readPlainPart(label: string, from: number, to: number, counts: Counts): boolean {
  let at = from;
  let value = 0;
  while (at < to && isDigit(label.charCodeAt(at))) value = value * 10 + label.charCodeAt(at++) - 48;
  if (at === from || at - from > 13 || label.charCodeAt(at) !== 32) return false;
  // Compared in place: a Map lookup needs the word sliced out first, which cost more than this loop.
  const wordStart = at + 1;
  for (let i = 0; i < PLAIN_WORDS.length; i++) {
    const [word, metric] = PLAIN_WORDS[i]!;
    if (to - wordStart !== word.length || !label.startsWith(word, wordStart)) continue;
    counts[metric] ??= { value, step: 1 };
    return true;
  }
  return false;
}

/** Any part of the label: named by GROUP_PARTS, read by parseCount unless it is digits and the metric's word. */
function readPart(raw: string, locale: string, counts: Counts): void {
  const part = raw.trim();
  const named = GROUP_PARTS.find(([, word]) => word.test(part));
  if (!named || counts[named[0]]) return;
  // "48 replies": digits, one space, then the metric's own word — exact as it stands, no parser needed.
  // Anything else ("1,068 replies", "12 mil visualizaciones") goes through the locale-aware parser.
  const plain = PLAIN_PART_RE.exec(part);
  const exact = plain?.[1] !== undefined && plain[2] !== undefined && named[1].exec(plain[2])?.index === 0;
  const count = exact ? { value: Number(plain[1]), step: 1 } : parseCount(part, locale);
  if (count) counts[named[0]] = count;
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

/**
 * Files an action control under its metric when that metric still needs one (the label did not give its
 * count, and it is the first such control outside quoted cards).
 */
function takeControl(el: Element, controls: Controls, counts: Counts, cards: NodeListOf<Element> | null): void {
  const metric = el.tagName === 'A' ? (el.getAttribute('href')?.endsWith(VIEWS_SUFFIX) ? 'views' : undefined) : TESTID_METRIC[el.getAttribute('data-testid') ?? ''];
  if (metric && counts[metric] === null && !controls[metric] && !inCard(el, cards)) controls[metric] = el;
}

function takeControls(list: HTMLCollectionOf<Element> | NodeListOf<Element>, controls: Controls, counts: Counts, cards: NodeListOf<Element> | null): void {
  for (let i = 0, el; (el = list[i]); i++) takeControl(el, controls, counts, cards);
}

/**
 * The action controls of the metrics the group's label did not give. The action bar is the group around
 * the reply control; its controls are found by walking its buttons (only when a button's metric is
 * missing) and links (only when views are), no selector matching; with no such group, by one query over
 * the post. Quoted cards have no controls, but anything inside one is skipped all the same.
 */
function controlsOf(root: Element, group: Element | null, counts: Counts, cards: NodeListOf<Element> | null): Controls {
  const controls: Controls = {};
  if (!group) takeControls(root.querySelectorAll(ACTIONS_SEL), controls, counts, cards);
  else {
    if (!hasButtonCounts(counts)) takeControls(group.getElementsByTagName('button'), controls, counts, cards);
    if (counts.views === null) takeControls(group.getElementsByTagName('a'), controls, counts, cards);
  }
  return controls;
}

/** No control to read: the group's label gave every count (the usual case; each control costs several DOM calls). */
const NO_CONTROLS: Readonly<Controls> = Object.freeze({});

/** Whether the group's label gave every count but views' (the one metric whose control is a link). */
function hasButtonCounts(counts: Counts): boolean {
  return counts.likes !== null && counts.reposts !== null && counts.comments !== null && counts.bookmarks !== null;
}

/**
 * A metric's count where the group's label did not give it: the control's own aria-label, then its
 * number face; views on a post page also from the line under the focal post.
 */
function controlCount(metric: Metric, control: Element | undefined, root: Element, cards: NodeListOf<Element> | null, page: PageContext): Count | null {
  if (control) {
    const ownLabel = control.getAttribute('aria-label');
    // Only the views control (a link) might itself be a number face: a button control's data-testid
    // names its metric, so it is not the face's (saves a `matches` per bare button).
    return (ownLabel ? parseCount(ownLabel, page.locale) : null) ?? faceCount(control, page.locale, metric === 'views');
  }
  // Only a post page shows the focal post's views outside the action bar ("29.9K Views").
  if (metric === 'views' && page.url.pathname.includes('/status/')) return detailViews(root, page.locale, cards);
  return null;
}

/** Fills each count the group's label did not give from the metric's control (`controlCount`). */
function readControls(counts: Counts, controls: Controls, root: Element, cards: NodeListOf<Element> | null, page: PageContext): void {
  for (const metric of METRICS) counts[metric] ??= controlCount(metric, controls[metric], root, cards, page);
}

/**
 * A metric's value for the observation, its step noted in `precision` when abbreviated. With no count,
 * a reply, repost or like control with no number reads as 0 (`zeroWhenBare`); bookmarks and views stay null.
 */
function valueOf(metric: Metric, count: Count | null, control: Element | undefined, zeroWhenBare: boolean, precision: PostObservation['precision']): number | null {
  if (!count) return control && zeroWhenBare ? 0 : null;
  if (count.step > 1) precision[metric] = count.step;
  return count.value;
}

/** The link around `el`: X wraps the <time> in it directly, and a parent check is a fraction of a `closest()`. */
function linkAround(el: Element): Element | null {
  const parent = el.parentElement;
  return parent?.tagName === 'A' ? parent : el.closest('a');
}

function extract(root: Element, page: PageContext): PostObservation | undefined {
  const cards = quotedCards(root);

  // Permalink, id and time: the status link around the post's own <time>.
  let status: { handle: string; id: string } | null = null;
  let publishedAt: number | null = null;
  const time = own(root, TIME_SEL, cards);
  if (time) {
    status = parseStatusHref(linkAround(time)?.getAttribute('href') ?? null);
    const at = parseTime(time.getAttribute('datetime') ?? '');
    if (status && Number.isFinite(at) && at >= 0) publishedAt = at;
  }
  // Ads show "Ad" instead of a timestamp: fall back to any own status link (photo, analytics).
  const timed = status !== null;
  if (!status) status = ownStatusLink(root, cards);
  if (!status) return undefined;
  publishedAt ??= snowflakeTime(status.id);

  const textNode = own(root, TEXT_SEL, cards);
  const text = textNode ? excerpt(collapse(textOf(textNode))) : '';

  const reply = own(root, REPLY_SEL, cards);
  const bar = reply?.closest(GROUP_SEL);
  const group = bar && root.contains(bar) ? bar : null;
  const label = group?.getAttribute('aria-label');
  const counts = label ? groupCounts(label, page.locale) : noCounts();
  // A control is only consulted for a metric the group's label did not give. Usually the label gives all
  // five, and then the controls are not looked up at all.
  const controls = hasButtonCounts(counts) && counts.views !== null ? NO_CONTROLS : controlsOf(root, group, counts, cards);
  if (controls !== NO_CONTROLS) readControls(counts, controls, root, cards, page);

  const precision: PostObservation['precision'] = {};
  return {
    postId: status.id,
    url: `https://x.com/${status.handle}/status/${status.id}`,
    // The permalink names the original author, also when the post is someone's repost.
    author: status.handle.toLowerCase(),
    publishedAt,
    text,
    likes: valueOf('likes', counts.likes, controls.likes, true, precision),
    reposts: valueOf('reposts', counts.reposts, controls.reposts, true, precision),
    comments: valueOf('comments', counts.comments, controls.comments, true, precision),
    views: valueOf('views', counts.views, controls.views, false, precision),
    bookmarks: valueOf('bookmarks', counts.bookmarks, controls.bookmarks, false, precision),
    precision,
    sponsored: !timed && hasAdLabel(root, cards),
  };
}

/** The first own status link of a post that shows no timestamp (ads: photo, analytics links). */
function ownStatusLink(root: Element, cards: NodeListOf<Element> | null): { handle: string; id: string } | null {
  // Usually the first one is it: one query that stops there, before listing them all.
  const first = own(root, STATUS_SEL, cards);
  const status = first && parseStatusHref(first.getAttribute('href'));
  if (status) return status;
  const links = root.querySelectorAll(STATUS_SEL);
  for (let i = 0, link; (link = links[i]); i++) {
    if (inCard(link, cards)) continue;
    const status = parseStatusHref(link.getAttribute('href'));
    if (status) return status;
  }
  return null;
}

/** A post page's focal post shows "29.9K Views" on its own line, outside the action buttons. */
function detailViews(root: Element, locale: string, cards: NodeListOf<Element> | null): Count | null {
  for (const face of root.querySelectorAll(FACE_SEL)) {
    if (face.closest('button') || inCard(face, cards)) continue;
    return faceCount(face, locale);
  }
  return null;
}

/** The "Ad" / "Promoted" label: a leaf text outside the post's own words and any quoted card. */
function hasAdLabel(root: Element, cards: NodeListOf<Element> | null): boolean {
  // A live collection is walked only as far as the loop goes (the label is near the top of the post), when
  // read item by item (its `.length` would walk it all); querySelectorAll would list every span first.
  const spans = root.getElementsByTagName('span');
  for (let i = 0, span; (span = spans[i]); i++) {
    if (span.childElementCount !== 0) continue;
    const text = span.textContent?.trim();
    if (!text || !AD_TEXTS.has(text)) continue;
    if (span.closest(TEXT_SEL) || inCard(span, cards)) continue;
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
