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
/** Node.DOCUMENT_POSITION_PRECEDING. */
const PRECEDING = 2;
const CANONICAL_ORIGIN = 'https://www.threads.com';
const TEXT_LIMIT = 280;

/** `/@handle/post/<code>` anywhere after an optional origin; Instagram-style handles (≤ 30 chars). */
const POST_HREF = /^(?:https?:\/\/[^/]+)?\/@([A-Za-z0-9._]{1,30})\/post\/([A-Za-z0-9_-]{1,64})(?:[/?#]|$)/;
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

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function clip(text: string): string {
  if (text.length <= TEXT_LIMIT) return text;
  let cut = text.slice(0, TEXT_LIMIT);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1); // never leave half an emoji
  return cut;
}

/** `/@handle/post/<code>` of an anchor, or undefined. */
function parseLink(anchor: Element | null | undefined): { handle: string; code: string } | undefined {
  const match = anchor ? POST_HREF.exec(anchor.getAttribute('href') ?? '') : null;
  return match?.[1] && match[2] ? { handle: match[1].toLowerCase(), code: match[2] } : undefined;
}

/** The permalink: the anchor around the post's own time, else its first own post link (ads). */
function permalinkOf(root: Element, time: Element | null): { handle: string; code: string } | undefined {
  const around = time?.closest(PERMALINK_SEL);
  if (around && root.contains(around)) return parseLink(around);
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

/** Everything of one post that the adapter reads, each found with one single-selector query. */
interface Scan {
  time: Element | null;
  /** Caption paragraphs: own `span[dir=auto]` after the header (every one when the post shows no time). */
  spans: Element[];
  /** Action icons by kind (the last wins: the bar closes the post) and the unrecognised ones in order. */
  icons: Map<Action, Element>;
  unknown: Element[];
}

/*
 * Performance (1,000-post feeds in ≤ 5 ms): one query per kind of element, each with a single compound
 * selector (in a local Chromium measurement one querySelectorAll with a four-selector list cost about ten
 * times one single-selector query),
 * index loops over static NodeLists, and document-order reasoning instead of per-element ancestry walks.
 */
function scan(root: Element): Scan {
  // A quoted post is a nested root; it follows the quoting post's header in document order.
  const quote = root.querySelector(ROOT);
  const inQuote = (element: Element): boolean => quote !== null && quote.contains(element);

  let time = root.querySelector(TIME_SEL);
  if (time && inQuote(time)) time = null; // the first time is the quote's: this post shows none (an ad)
  const header = time?.closest(PERMALINK_SEL) ?? time;

  const spans: Element[] = [];
  const all = root.querySelectorAll(TEXT_SEL);
  let afterHeader = header === null;
  for (let i = 0; i < all.length; i++) {
    const span = all[i]!;
    if (!afterHeader) {
      // Document order: once one span follows the header, every later one does too.
      if (header === span || header!.contains(span) || !(header!.compareDocumentPosition(span) & FOLLOWING)) continue;
      afterHeader = true;
    }
    if (!inQuote(span)) spans.push(span);
  }

  const icons = new Map<Action, Element>();
  const unknown: Element[] = [];
  const svgs = root.querySelectorAll(ICON_SEL);
  for (let i = 0; i < svgs.length; i++) {
    const icon = svgs[i]!;
    if (inQuote(icon)) continue;
    const action = ACTION_OF.get(icon.getAttribute('aria-label') ?? '');
    if (action) icons.set(action, icon);
    else unknown.push(icon);
  }
  return { time, spans, icons, unknown };
}

/** The caption: own paragraphs after the header and before the action bar, outside links and buttons. */
function captionOf(spans: readonly Element[], root: Element, bar: Element | null): string {
  const parts: string[] = [];
  let length = 0;
  let last: Element | null = null;
  for (const span of spans) {
    // Document order: the first span at or after the action bar ends the caption.
    if (bar && (bar.contains(span) || bar.compareDocumentPosition(span) & FOLLOWING)) break;
    if (last?.contains(span) || inControl(span, root)) continue;
    const text = collapse(span.textContent ?? '');
    if (!text || SPONSORED.has(text)) continue;
    last = span;
    parts.push(text);
    length += text.length + 1;
    if (length > TEXT_LIMIT) break;
  }
  return clip(parts.join(' '));
}

/** The button around an action icon, inside this post (a repost header's icon has none). */
function buttonOf(icon: Element, root: Element): Element | null {
  const button = icon.closest(BUTTON_SEL);
  return button && root.contains(button) ? button : null;
}

/** Each action's button; a UI language whose words we lack falls back on the bar's order. */
function actionsOf(found: Scan, root: Element): Map<Action, Element> {
  const buttons = new Map<Action, Element>();
  for (const [action, icon] of found.icons) {
    const button = buttonOf(icon, root);
    if (button) buttons.set(action, button);
  }
  if (buttons.size > 0 || found.unknown.length < ACTION_ORDER.length) return buttons;
  // Threads' bar is always Like, Reply, Repost, Share, and it closes the post.
  const bar: Element[] = [];
  for (const icon of found.unknown) {
    const button = buttonOf(icon, root);
    if (button) bar.push(button);
  }
  if (bar.length >= ACTION_ORDER.length) {
    const last = bar.slice(-ACTION_ORDER.length);
    ACTION_ORDER.forEach((action, index) => {
      const button = last[index];
      if (button) buttons.set(action, button);
    });
  }
  return buttons;
}

/** The first button of the action bar (document order), where the caption ends. */
function barStart(buttons: Map<Action, Element>): Element | null {
  let first: Element | null = null;
  for (const button of buttons.values()) {
    if (!first || first.compareDocumentPosition(button) & PRECEDING) first = button;
  }
  return first;
}

function extract(root: Element, page: PageContext): PostObservation | undefined {
  const found = scan(root);
  const link = permalinkOf(root, found.time);
  if (!link) return undefined;

  const instant = found.time ? Date.parse(found.time.getAttribute('datetime') ?? '') : NaN;
  // Ads show "Sponsored" where other posts show their time; only posts without a time are scanned for it.
  const sponsored = found.time === null && sponsoredLabel(root) !== null;
  const buttons = actionsOf(found, root);

  const precision: PostObservation['precision'] = {};
  const value = (key: 'likes' | 'comments' | 'reposts'): number | null => {
    const button = buttons.get(key);
    const count = button ? countIn(button, page.locale) : null;
    if (!count) return null;
    if (count.step > 1) precision[key] = count.step;
    return count.value;
  };

  return {
    postId: link.code,
    url: `${CANONICAL_ORIGIN}/@${link.handle}/post/${link.code}`,
    author: link.handle,
    publishedAt: Number.isFinite(instant) && instant >= 0 ? instant : null,
    text: captionOf(found.spans, root, barStart(buttons)),
    likes: value('likes'),
    reposts: value('reposts'),
    comments: value('comments'),
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
