/**
 * Threads adapter: reads posts (feed items, a post page and its replies, a profile's threads) and the
 * profile header off www.threads.com / www.threads.net. Pure over the DOM it is given.
 *
 * Counts: Threads shows no number at all for an action nobody used yet (it prints no "0"), and the same
 * bare icon when like counts are hidden (Instagram's "Hide like and share counts" applies to Threads),
 * so a button without a number is ambiguous between 0 and hidden: it gives `null`, never 0.
 * `reposts` is the number beside the Repost icon (Threads counts quotes there too); the number
 * beside Share is not read. Views and bookmarks are not shown to viewers: always null.
 */
import { profileCounts } from '@/utils/collect/observed-counts';
import type { PageContext, PageKind, PlatformAdapter } from '@/utils/collect/adapter';
import { needsCollapse } from '@/utils/collect/text';
import { parseTime } from '@/utils/collect/time';
import { parseCount, type Count } from '@/utils/counts';
import { platformOfUrl } from '@/utils/platforms';
import type { PostObservation, ProfileObservation } from '@/utils/messaging';
import {
  ACTION_BUTTON,
  ACTION_ICON,
  FOLLOWER_WORDS,
  LABEL_SPAN,
  LIKE_LABELS,
  NOT_CAPTION,
  PERMALINK,
  POST_ROOT,
  PROFILE_NAME,
  PROFILE_TITLE_META,
  REPLY_LABELS,
  REPOST_LABELS,
  SHARE_LABELS,
  SPONSORED_LABELS,
  TEXT_SPAN,
  TIME,
  TITLED,
} from './selectors';

const ROOT = POST_ROOT.join(', ');
const PERMALINK_SEL = PERMALINK.join(', ');
const TIME_SEL = TIME.join(', ');
const ICON_SEL = ACTION_ICON.join(', ');
const BUTTON_SEL = ACTION_BUTTON.join(', ');
const TEXT_SEL = TEXT_SPAN.join(', ');
const LABEL_SEL = LABEL_SPAN.join(', ');

/** Node.DOCUMENT_POSITION_FOLLOWING, without reaching for a global. */
const FOLLOWING = 4;
/** Node.DOCUMENT_POSITION_CONTAINED_BY. */
const CONTAINED_BY = 16;
const CANONICAL_ORIGIN = 'https://www.threads.com';
const TEXT_LIMIT = 280;

/** Page paths: `/@handle`, its tabs, and `/@handle/post/<code>` (optionally its `/media` view). */
const PROFILE_PATH = /^\/@([A-Za-z0-9._]{1,30})(?:\/(replies|media|reposts)|\/post\/([A-Za-z0-9_-]{1,64})(?:\/media)?)?$/;
const FEED_PATHS = new Set(['/', '/for_you', '/following']);

type Action = 'likes' | 'comments' | 'reposts' | 'share';
const ACTION_OF = new Map<string, Action>([
  ...LIKE_LABELS.map((label) => [label, 'likes'] as const),
  ...REPLY_LABELS.map((label) => [label, 'comments'] as const),
  ...REPOST_LABELS.map((label) => [label, 'reposts'] as const),
  ...SHARE_LABELS.map((label) => [label, 'share'] as const),
]);
/** The fixed order of Threads' action bar, for a UI language whose words we do not know. */
const ACTION_ORDER: readonly Action[] = ['likes', 'comments', 'reposts', 'share'];
const SPONSORED = new Set<string>(SPONSORED_LABELS);

function stripSlashes(path: string): string {
  let end = path.length;
  while (end > 1 && path.charCodeAt(end - 1) === 47) end--;
  return path.slice(0, end);
}

function detect(url: URL): PageKind | null {
  if (platformOfUrl(url.href) !== 'threads') return null;
  const path = stripSlashes(url.pathname);
  if (FEED_PATHS.has(path)) return 'feed';
  const match = PROFILE_PATH.exec(path);
  if (!match) return null;
  return match[3] ? 'post' : 'profile';
}

/** Whether `element` belongs to `root` itself, not to a quoted post nested inside it. */
function own(element: Element, root: Element): boolean {
  return element.closest(ROOT) === root;
}

/** White space runs as one space, none at the ends. */
function collapse(text: string): string {
  // Most texts have nothing to collapse, and one test says so: replace and trim cost ~1 µs per text
  // even then.
  // (`needsCollapse` is a scan of char codes: no regex per text.)
  const clean = text.charCodeAt(0) !== 32 && text.charCodeAt(text.length - 1) !== 32 && !needsCollapse(text);
  return clean ? text : text.replace(/\s+/g, ' ').trim();
}

function clip(text: string): string {
  if (text.length <= TEXT_LIMIT) return text;
  let cut = text.slice(0, TEXT_LIMIT);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1); // never leave half an emoji
  return cut;
}

const SLASH = 47;
const POST_SEGMENT = '/post/';

/** [A-Za-z0-9], by char code. */
function isAlphanumeric(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** [A-Za-z0-9._], a character of a handle. */
function isHandleChar(c: number): boolean {
  return isAlphanumeric(c) || c === 46 || c === 95;
}

/** [A-Za-z0-9_-], a character of a post code. */
function isCodeChar(c: number): boolean {
  return isAlphanumeric(c) || c === 95 || c === 45;
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
 * `/@handle/post/<code>` after an optional origin: handle 1–30 of [A-Za-z0-9._], code 1–64 of
 * [A-Za-z0-9_-], then the end or one of / ? #. Scanned by char codes: this runs for every post, and the
 * regex it replaces cost ~0.3 µs a call.
 */
function parseHref(href: string): { handle: string; code: string } | undefined {
  const slash = pathStart(href);
  if (slash < 0 || href.charCodeAt(slash + 1) !== 64 /* @ */) return undefined;
  const handleStart = slash + 2;
  let handleEnd = handleStart;
  while (isHandleChar(href.charCodeAt(handleEnd))) handleEnd++;
  if (handleEnd === handleStart || handleEnd - handleStart > 30 || !href.startsWith(POST_SEGMENT, handleEnd)) return undefined;
  const codeStart = handleEnd + POST_SEGMENT.length;
  let codeEnd = codeStart;
  while (isCodeChar(href.charCodeAt(codeEnd))) codeEnd++;
  if (codeEnd === codeStart || codeEnd - codeStart > 64) return undefined;
  if (codeEnd < href.length) {
    const next = href.charAt(codeEnd);
    if (next !== '/' && next !== '?' && next !== '#') return undefined;
  }
  return { handle: href.slice(handleStart, handleEnd).toLowerCase(), code: href.slice(codeStart, codeEnd) };
}

/** `/@handle/post/<code>` of an anchor, or undefined. */
function parseLink(anchor: Element | null | undefined): { handle: string; code: string } | undefined {
  return anchor ? parseHref(anchor.getAttribute('href') ?? '') : undefined;
}

/** The permalink: the anchor around the post's own time (`around`), else its first own post link (ads). */
function permalinkOf(root: Element, around: Element | null): { handle: string; code: string } | undefined {
  if (around && root.contains(around)) return parseLink(around);
  // Usually the first post link is it: one query that stops there, before listing them all.
  const first = root.querySelector(PERMALINK_SEL);
  const firstLink = first && own(first, root) ? parseLink(first) : undefined;
  if (firstLink || !first) return firstLink;
  for (const anchor of root.querySelectorAll(PERMALINK_SEL)) {
    const link = own(anchor, root) ? parseLink(anchor) : undefined;
    if (link) return link;
  }
  return undefined;
}

/** The ad label ("Sponsored") of a post that shows no time, or null. */
function sponsoredLabel(root: Element): Element | null {
  for (const span of root.querySelectorAll(LABEL_SEL)) {
    if (span.childElementCount === 0 && SPONSORED.has((span.textContent ?? '').trim()) && own(span, root)) return span;
  }
  return null;
}

/** Whether `element` sits in a link or a button of `root` (author, time, link card, "Translate", counts). */
function inControl(element: Element, root: Element): boolean {
  // Two single selectors: Chromium matches a selector list ("a, [role=button]") far more slowly.
  for (const selector of NOT_CAPTION) {
    const control = element.closest(selector);
    if (control !== null && root.contains(control)) return true;
  }
  return false;
}

/**
 * The number printed inside an action button. The button's text is the icon's `<title>` word plus the
 * number ("Like1.2K", "Gefällt mir1.234"); the words hold no digit, so the first number is the count
 * and a bare icon gives null.
 */
function countIn(button: Element, locale: string): Count | null {
  return parseCount(button.textContent ?? '', locale);
}

/** The count of an action for the observation (null with no button or no number), its step noted in `precision`. */
function valueOf(key: 'likes' | 'comments' | 'reposts', button: Element | null, locale: string, precision: PostObservation['precision']): number | null {
  const count = button ? countIn(button, locale) : null;
  if (!count) return null;
  if (count.step > 1) precision[key] = count.step;
  return count.value;
}

/*
 * Performance (1,000-post feeds in ≤ 5 ms): one query per kind of element, each with a single compound
 * selector (in a local Chromium measurement one querySelectorAll with a four-selector list cost about ten
 * times one single-selector query), index loops over static NodeLists, document-order reasoning instead
 * of per-element ancestry walks (one compareDocumentPosition answers both "inside" and "after"; a
 * `contains` or an identity check replaces it where the order is already known), no Map or closure made
 * per post, and no `.length` read on a NodeList in a loop (each read is a DOM call).
 */

/** Whether `element` lies inside the quoted post `quote` (null: the post quotes none). */
function inQuote(element: Element, quote: Element | null): boolean {
  return quote !== null && quote.contains(element);
}

/** Each action's button (null where the post shows none), and the bar's first button in document order. */
interface Buttons {
  likes: Element | null;
  comments: Element | null;
  reposts: Element | null;
  share: Element | null;
  start: Element | null;
}

/** The button around an action icon, inside this post (a repost header's icon has none). */
function buttonOf(icon: Element, root: Element): Element | null {
  const button = icon.closest(BUTTON_SEL);
  return button && root.contains(button) ? button : null;
}

/**
 * Each action's button, found from the post's own action icons (the last icon of each action wins: the
 * bar closes the post); a UI language whose words we lack falls back on the bar's order.
 */
function buttonsOf(root: Element, quote: Element | null): Buttons {
  // Each action's last icon and its position among the post's icons (document order).
  let likes: Element | null = null;
  let comments: Element | null = null;
  let reposts: Element | null = null;
  let share: Element | null = null;
  let likesAt = -1;
  let commentsAt = -1;
  let repostsAt = -1;
  let shareAt = -1;
  let unknown: Element[] | null = null;
  const svgs = root.querySelectorAll(ICON_SEL);
  // Read item by item until `undefined`: each `.length` would be one more DOM call.
  for (let i = 0, icon; (icon = svgs[i]); i++) {
    if (inQuote(icon, quote)) continue;
    const action = ACTION_OF.get(icon.getAttribute('aria-label') ?? '');
    switch (action) {
      case 'likes':
        likes = icon;
        likesAt = i;
        break;
      case 'comments':
        comments = icon;
        commentsAt = i;
        break;
      case 'reposts':
        reposts = icon;
        repostsAt = i;
        break;
      case 'share':
        share = icon;
        shareAt = i;
        break;
      default:
        (unknown ??= []).push(icon);
    }
  }
  const buttons: Buttons = {
    likes: likes && buttonOf(likes, root),
    comments: comments && buttonOf(comments, root),
    reposts: reposts && buttonOf(reposts, root),
    share: share && buttonOf(share, root),
    start: null,
  };
  const none = !buttons.likes && !buttons.comments && !buttons.reposts && !buttons.share;
  if (none && unknown !== null && unknown.length >= ACTION_ORDER.length) return buttonsByOrder(unknown, root);
  buttons.start = firstButton([
    [likesAt, buttons.likes],
    [commentsAt, buttons.comments],
    [repostsAt, buttons.reposts],
    [shareAt, buttons.share],
  ]);
  return buttons;
}

/** Threads' bar is always Like, Reply, Repost, Share, and it closes the post: its last four buttons. */
function buttonsByOrder(icons: readonly Element[], root: Element): Buttons {
  const buttons: Buttons = { likes: null, comments: null, reposts: null, share: null, start: null };
  const bar: Element[] = [];
  for (const icon of icons) {
    const button = buttonOf(icon, root);
    if (button) bar.push(button);
  }
  if (bar.length >= ACTION_ORDER.length) {
    const last = bar.slice(-ACTION_ORDER.length);
    ACTION_ORDER.forEach((action, index) => {
      buttons[action] = last[index] ?? null;
    });
    buttons.start = firstButton(last.map((button, index) => [index, button]));
  }
  return buttons;
}

function byIconPosition(a: [number, Element | null], b: [number, Element | null]): number {
  return a[0] - b[0];
}

/**
 * The first in document order of buttons given with the position of their icon among the post's icons:
 * where the caption ends. Of two buttons, the one whose icon comes first also starts first, unless the
 * other one encloses it (two separate subtrees keep their icons' order). So one `contains` per button
 * decides, where compareDocumentPosition (both ancestor chains, to the top of the page) cost three
 * times as much.
 */
function firstButton(buttons: [number, Element | null][]): Element | null {
  buttons.sort(byIconPosition);
  let first: Element | null = null;
  for (const [, button] of buttons) if (button && (first === null || button.contains(first))) first = button;
  return first;
}

/**
 * The caption: own caption paragraphs (`span[dir=auto]`) after the header and before the action bar,
 * outside links and buttons (every one when the post shows no time), joined by spaces, clipped.
 */
function captionOf(root: Element, quote: Element | null, header: Element | null, bar: Element | null): string {
  let text = '';
  let length = 0;
  let last: Element | null = null;
  let afterHeader = header === null;
  // The spans at or after the bar's start are the last ones of the list: they begin with the bar itself
  // or its first span (a count) when it has one, found with one short query; else each span is compared
  // with the bar (compareDocumentPosition walks both ancestor chains to the top of the page).
  const firstAtBar = bar && (bar.matches(TEXT_SEL) ? bar : bar.querySelector(TEXT_SEL));
  let atBar = false;
  const spans = root.querySelectorAll(TEXT_SEL);
  for (let i = 0, span; (span = spans[i]); i++) {
    atBar ||= span === firstAtBar;
    if (!afterHeader) {
      // Document order: once one span follows the header (and is not inside it), every later one does too.
      const position = header!.compareDocumentPosition(span);
      if (position & CONTAINED_BY || !(position & FOLLOWING)) continue;
      afterHeader = true;
    }
    if (inQuote(span, quote)) continue;
    // Document order: the first span at or after the action bar ends the caption.
    if (atBar || (bar && !firstAtBar && bar.compareDocumentPosition(span) & FOLLOWING)) break;
    if (last?.contains(span) || inControl(span, root)) continue;
    const paragraph = collapse(span.textContent ?? '');
    if (!paragraph || SPONSORED.has(paragraph)) continue;
    last = span;
    text = text === '' ? paragraph : text + ' ' + paragraph;
    length += paragraph.length + 1;
    if (length > TEXT_LIMIT) break;
  }
  return clip(text);
}

function extract(root: Element, page: PageContext): PostObservation | undefined {
  // A quoted post is a nested root; it follows the quoting post's header in document order.
  const quote = root.querySelector(ROOT);
  let time = root.querySelector(TIME_SEL);
  if (time && inQuote(time, quote)) time = null; // the first time is the quote's: this post shows none (an ad)
  const around = time ? time.closest(PERMALINK_SEL) : null;
  const link = permalinkOf(root, around);
  if (!link) return undefined;

  const instant = time ? parseTime(time.getAttribute('datetime') ?? '') : NaN;
  // Ads show "Sponsored" where other posts show their time; only posts without a time are scanned for it.
  const sponsored = time === null && sponsoredLabel(root) !== null;
  const buttons = buttonsOf(root, quote);
  const precision: PostObservation['precision'] = {};

  return {
    postId: link.code,
    url: `${CANONICAL_ORIGIN}/@${link.handle}/post/${link.code}`,
    author: link.handle,
    publishedAt: Number.isFinite(instant) && instant >= 0 ? instant : null,
    text: captionOf(root, quote, around ?? time, buttons.start),
    likes: valueOf('likes', buttons.likes, page.locale, precision),
    reposts: valueOf('reposts', buttons.reposts, page.locale, precision),
    comments: valueOf('comments', buttons.comments, page.locale, precision),
    views: null,
    bookmarks: null,
    precision,
    sponsored,
  };
}

/** "12.3K followers" / "12.345 Follower": the number before a follower word, or null. */
function followerText(text: string): string | null {
  if (text.length > 60) return null;
  for (const word of FOLLOWER_WORDS) {
    if (!text.endsWith(word)) continue;
    const before = text.slice(0, text.length - word.length);
    // The figure opens the label ("12.3K followers"), and "followers" is a word of its own.
    if (/^\p{Nd}/u.test(before) && /[\s\p{Nd}.,]$/u.test(before)) return before.trim();
  }
  return null;
}

function followersOf(doc: Document, locale: string): Count | null {
  for (const span of doc.querySelectorAll(LABEL_SEL)) {
    const raw = followerText(collapse(span.textContent ?? ''));
    if (raw === null || span.closest(ROOT)) continue;
    // Exact figure first (a `title` with the full number), then the visible, maybe compact, text.
    const titled = span.matches(TITLED.join(', ')) ? span : span.querySelector(TITLED.join(', '));
    const exact = titled ? parseCount(titled.getAttribute('title') ?? '', locale) : null;
    if (exact && exact.step === 1) return exact;
    return parseCount(raw, locale);
  }
  return null;
}

function nameOf(doc: Document, handle: string): string {
  for (const heading of doc.querySelectorAll(PROFILE_NAME.join(', '))) {
    if (heading.closest(ROOT)) continue;
    const name = collapse(heading.textContent ?? '');
    if (name) return name.slice(0, 200);
  }
  // "Name (@handle) • Threads, Say more" — only when it names this very profile.
  const title = doc.querySelector(PROFILE_TITLE_META.join(', '))?.getAttribute('content') ?? '';
  const marker = ` (@${handle})`;
  const at = title.toLowerCase().indexOf(marker);
  return at > 0 ? collapse(title.slice(0, at)).slice(0, 200) : '';
}

function extractProfile(doc: Document, page: PageContext): ProfileObservation | undefined {
  if (detect(page.url) !== 'profile') return undefined;
  const match = PROFILE_PATH.exec(stripSlashes(page.url.pathname));
  if (!match?.[1]) return undefined;
  const handle = match[1].toLowerCase();
  const followers = followersOf(doc, page.locale);
  return {
    handle,
    name: nameOf(doc, handle),
    // Threads shows neither a following count nor a post count on profiles.
    ...profileCounts({ followers }),
  };
}

export const adapter: PlatformAdapter = {
  platform: 'threads',
  detect,
  rootSelector: ROOT,
  extract,
  extractProfile,
};
