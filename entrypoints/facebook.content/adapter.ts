/**
 * Facebook adapter: the desktop web app (Comet) on www.facebook.com and web.facebook.com.
 *
 * m.facebook.com is recognised as Facebook's but not read (`detect` → null): its markup is a
 * different renderer (`data-mcomponent` containers, no `aria-posinset`, no `data-ad-*` hooks), and
 * desktop browsers are redirected from it to www anyway.
 *
 * What the page gives and what it does not (research in selectors.ts and platforms.md §5):
 * - ids and permalinks only through hrefs (the timestamp link: `/<page>/posts/pfbid…`,
 *   `/permalink.php?story_fbid=…&id=…`, `/<page>/videos/<id>`, `/reel/<id>`, `/watch/?v=`);
 * - no machine-readable time (the timestamp is obfuscated text like "2d", the exact date only in a
 *   hover tooltip; no `time[datetime]`) and ids that do not encode one, so `publishedAt` is null;
 * - abbreviated, localised counts ("1.2K", "elfu 1.2"); a reaction type's own label
 *   ("Like: 1,234 people") is the only place a total can be exact, when it is the only type;
 * - no counts at all when they are zero, and the same absence when the viewer turned on "hide
 *   reaction counts": an absent count is therefore `null`, never 0.
 */
import { profileCounts } from '@/utils/collect/observed-counts';
import type { PageContext, PageKind, PlatformAdapter } from '@/utils/collect/adapter';
import { parseCount, type Count } from '@/utils/counts';
import { platformOfUrl } from '@/utils/platforms';
import type { PostObservation, ProfileObservation } from '@/utils/messaging';
import {
  AUTHOR_HEADER, AUTHOR_HEADER_OLD, COUNT_BUTTON, MESSAGE, MESSAGE_OLD, NESTED_STORY, POST_ROOT, POST_ROOT_TAG, PROFILE_COUNT_LINK, PROFILE_NAME,
  REACTION_TYPE, REACTIONS_TOOLBAR, SPONSORED_LABELLED_PASS, join,
} from './selectors';
import { COUNT_WORDS, SPONSORED_LABELS, type CountWords } from './words';
import { collapsed } from '@/utils/collect/text';

const ROOT_SELECTOR = `${POST_ROOT_TAG}:is(${join(POST_ROOT)})`;
const NESTED_SELECTOR = join(NESTED_STORY);
const TOOLBAR_SELECTOR = join(REACTIONS_TOOLBAR);
const BUTTON_SELECTOR = join(COUNT_BUTTON);
const REACTION_TYPE_SELECTOR = join(REACTION_TYPE);
const HEADER_SELECTOR = join(AUTHOR_HEADER);
const MESSAGE_SELECTOR = join(MESSAGE);
const MESSAGE_OLD_SELECTOR = join(MESSAGE_OLD);
const HEADER_OLD_SELECTOR = join(AUTHOR_HEADER_OLD);
const PROFILE_NAME_SELECTOR = join(PROFILE_NAME);
const PROFILE_COUNT_SELECTOR = join(PROFILE_COUNT_LINK);
const ORIGIN = 'https://www.facebook.com';
const TEXT_LIMIT = 280;

// ── URLs ──────────────────────────────────────────────────────────────────────────────────────────

/**
 * First path segments that are Facebook's own sections, never a Page or person (their pages are not
 * read, and an href to one is not an author link).
 */
const RESERVED = new Set([
  'ad_center', 'ads', 'about', 'appcenter', 'bookmarks', 'business', 'careers', 'checkpoint', 'composer',
  'dialog', 'events', 'feeds', 'friends', 'fundraisers', 'games', 'gaming', 'groups', 'hashtag', 'help',
  'home.php', 'l.php', 'latest', 'legal', 'live', 'login', 'login.php', 'logout.php', 'marketplace', 'me',
  'media', 'memories', 'messages', 'notifications', 'onthisday', 'pages', 'people', 'permalink.php',
  'photo', 'photo.php', 'places', 'plugins', 'policies', 'privacy', 'professional_dashboard',
  'profile.php', 'r.php', 'recover', 'reel', 'reels', 'reg', 'saved', 'search', 'settings', 'share',
  'sharer', 'sharer.php', 'stories', 'story.php', 'watch',
]);

/** Tabs of a Page or profile: the header (name, followers) is shown on every one of them. */
const PROFILE_TABS = new Set([
  'about', 'community', 'events', 'followers', 'following', 'friends', 'mentions', 'photos', 'reels',
  'reviews', 'videos', 'posts', 'live_videos', 'about_profile_transparency',
]);

/*
 * Speed (ARCHITECTURE.md budget: 1,000 feed posts in 5 ms; scripts/bench-extract.mjs). Ids, names and
 * hrefs are checked by char codes rather than regular expressions: each `test` costs ~0.2–0.4 µs in
 * Chromium, and the checks below run for several links of every post.
 */

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** 1 to 25 ASCII digits, nothing else (`/^\d{1,25}$/`): numeric ids. */
function isDigits(text: string): boolean {
  if (text.length < 1 || text.length > 25) return false;
  for (let i = 0; i < text.length; i++) if (!isAsciiDigit(text.charCodeAt(i))) return false;
  return true;
}

/** A story id: `pfbid` and 10–100 letters or digits, or a numeric id (`/^(?:pfbid[A-Za-z0-9]{10,100}|\d{1,25})$/`). */
function isPostId(text: string): boolean {
  if (!text.startsWith('pfbid')) return isDigits(text);
  if (text.length < 15 || text.length > 105) return false;
  for (let i = 5; i < text.length; i++) if (!isAsciiAlphanumeric(text.charCodeAt(i))) return false;
  return true;
}

/**
 * A Page or profile username as it appears in URLs: letters, digits, dots, dashes in old Pages
 * (`/^[A-Za-z0-9][A-Za-z0-9.-]{0,79}$/`).
 */
function isVanity(text: string): boolean {
  if (text.length < 1 || text.length > 80 || !isAsciiAlphanumeric(text.charCodeAt(0))) return false;
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isAsciiAlphanumeric(code) && code !== 46 /* . */ && code !== 45 /* - */) return false;
  }
  return true;
}

/**
 * Every href `permalinkOf` accepts contains one of these (its first segment, compared lower-cased, or
 * the `posts`/`videos`/`photos` after a Page name): a cheap test that lets most links skip parsing.
 * The one non-ASCII letter toLowerCase() maps into these words is U+212A KELVIN SIGN ("k"); `i`
 * without `u` is the faster mode. (Kept as a regex: over Facebook's long tracking hrefs it measured as
 * fast as a char scan of the first two path segments, and it is native code even before the JIT warms.)
 */
const MAYBE_PERMALINK = /permalin[k\u212a]\.php|story\.php|watch|reel|photo|groups|posts|videos/i;

interface Href {
  path: string[];
  query: string;
}

/**
 * The path segments and query of a Facebook href (absolute or root-relative), null for any other.
 * Cut with indexOf rather than split/filter: this runs for a few links of every post.
 */
function splitHref(href: string): Href | null {
  let start = 0;
  if (href.charCodeAt(0) !== 47 /* / */) {
    if (!href.startsWith('https://www.facebook.com') && !href.startsWith('https://web.facebook.com')) return null;
    start = 24; // both origins are 24 characters
    const next = href.charCodeAt(start); // must be "/", "?", "#" or the end, not facebook.com.evil…
    if (href.length > start && next !== 47 && next !== 63 && next !== 35) return null;
  }
  let end = href.indexOf('#', start);
  if (end < 0) end = href.length;
  let q = href.indexOf('?', start);
  if (q < 0 || q > end) q = end;
  const path: string[] = [];
  for (let at = start; at < q;) {
    let slash = href.indexOf('/', at);
    if (slash < 0 || slash > q) slash = q;
    if (slash > at) path.push(href.slice(at, slash));
    at = slash + 1;
  }
  return { path, query: q < end ? href.slice(q + 1, end) : '' };
}

/** One query parameter's raw value (ids and tab names need no decoding); cheaper than URLSearchParams. */
function param(query: string, name: string): string | null {
  let at = query.startsWith(`${name}=`) ? 0 : query.indexOf(`&${name}=`);
  if (at < 0) return null;
  if (at > 0 || query.charCodeAt(0) === 38) at += 1;
  const start = at + name.length + 1;
  const end = query.indexOf('&', start);
  return query.slice(start, end < 0 ? undefined : end);
}

type LinkKind = 'post' | 'video' | 'photo';

interface Permalink {
  kind: LinkKind;
  id: string;
  url: string;
  /** The Page or profile the link names, when it does (`/<vanity>/posts/…`, `permalink.php?id=`). */
  owner: string | null;
}

/** A story's own permalink from an href, canonical (www, no tracking parameters, no slug). */
function permalinkOf(href: Href): Permalink | null {
  // Indexing, not array destructuring (which goes through the iterator protocol): this runs per link.
  const { path } = href;
  const a = path[0] ?? '';
  const b = path[1];
  const c = path[2];
  const d = path[3];
  const first = a.toLowerCase();
  if (first === 'permalink.php' || first === 'story.php') {
    const story = param(href.query, 'story_fbid');
    const owner = param(href.query, 'id');
    if (!story || !isPostId(story) || !owner || !isDigits(owner)) return null;
    return { kind: 'post', id: story, url: `${ORIGIN}/${first}?story_fbid=${story}&id=${owner}`, owner };
  }
  if (first === 'watch') {
    const v = param(href.query, 'v');
    return v && isDigits(v) ? { kind: 'video', id: v, url: `${ORIGIN}/watch/?v=${v}`, owner: null } : null;
  }
  if (first === 'reel') return b && isDigits(b) ? { kind: 'video', id: b, url: `${ORIGIN}/reel/${b}`, owner: null } : null;
  if (first === 'photo' || first === 'photo.php') {
    const fbid = param(href.query, 'fbid');
    return fbid && isDigits(fbid) ? { kind: 'photo', id: fbid, url: `${ORIGIN}/photo/?fbid=${fbid}`, owner: null } : null;
  }
  if (first === 'groups') {
    if ((c === 'posts' || c === 'permalink') && b && d && isPostId(d)) {
      return { kind: 'post', id: d, url: `${ORIGIN}/groups/${b}/posts/${d}`, owner: null };
    }
    return null;
  }
  if (RESERVED.has(first) || !isVanity(a)) return null;
  if (b === 'posts' && c && isPostId(c)) return { kind: 'post', id: c, url: `${ORIGIN}/${a}/posts/${c}`, owner: first };
  if (b === 'videos' || b === 'photos') {
    // `/<page>/videos/<slug>/<id>` and `/<page>/photos/a.<album>/<id>`: the id is the last number.
    const last = path[path.length - 1] ?? '';
    if (path.length < 3 || !isDigits(last)) return null;
    return b === 'videos'
      ? { kind: 'video', id: last, url: `${ORIGIN}/${a}/videos/${last}`, owner: first }
      : { kind: 'photo', id: last, url: `${ORIGIN}/photo/?fbid=${last}`, owner: first };
  }
  return null;
}

/** The handle an author/profile href names: the vanity name, else the numeric profile id. */
function handleOf(href: Href): string | null {
  const { path } = href;
  const a = path[0] ?? '';
  const b = path[1];
  const c = path[2];
  const d = path[3];
  const first = a.toLowerCase();
  if (first === 'profile.php') {
    const id = param(href.query, 'id');
    return id && isDigits(id) ? id : null;
  }
  if (first === 'people') return c && isDigits(c) ? c : null; // /people/<Name>/<id>
  if (first === 'groups') return c === 'user' && d && isDigits(d) ? d : null; // group member link
  if (b !== undefined || RESERVED.has(first) || !isVanity(a) || first.endsWith('.php')) return null;
  return first;
}

function detect(url: URL): PageKind | null {
  if (platformOfUrl(url.href) !== 'facebook' || url.hostname !== 'www.facebook.com' && url.hostname !== 'web.facebook.com') {
    return null;
  }
  const href: Href = { path: url.pathname.split('/').filter(Boolean), query: url.search.slice(1) };
  const [a, b] = href.path;
  if (a === undefined || a === 'home.php') return 'feed';
  const first = a.toLowerCase();
  if (first === 'profile.php') {
    const tab = param(href.query, 'sk');
    return handleOf(href) && (!tab || PROFILE_TABS.has(tab)) ? 'profile' : null;
  }
  if (first === 'people') return handleOf(href) ? 'profile' : null;
  const link = permalinkOf(href);
  if (link) return link.kind === 'video' ? 'video' : 'post';
  if (RESERVED.has(first) || !isVanity(a) || first.endsWith('.php')) return null;
  if (b === undefined || (PROFILE_TABS.has(b.toLowerCase()) && href.path.length === 2)) return 'profile';
  return null;
}

// ── Reading one story ─────────────────────────────────────────────────────────────────────────────

/** What the links of a story say: its author (from the header), its permalinks, an ad's label. */
interface StoryLinks {
  author: string | null;
  // One field per kind (not a record keyed by kind): fixed shapes keep V8's property access fast.
  post: Permalink | null;
  video: Permalink | null;
  photo: Permalink | null;
  sponsored: boolean;
}

function sponsoredBy(el: Element): boolean {
  const ids = el.getAttribute('aria-labelledby');
  if (!ids) return false;
  const doc = el.ownerDocument;
  for (const id of ids.split(' ')) {
    const text = id ? doc.getElementById(id)?.textContent?.trim() : undefined;
    if (text && SPONSORED_LABELS.has(text)) return true;
  }
  return false;
}

/*
 * Speed (1,000-post feeds, ARCHITECTURE.md budget). Each part of a story is found by one plain
 * selector (see selectors.ts), which Chromium matches natively; the loops in JS visit only the few
 * elements it returns. Comparing attribute values in JS over every `[role]` (each link is role="link")
 * or every `[data-ad-rendering-role]` cost several times more. Single elements (toolbar, header,
 * message) come from querySelector, which stops at the first match: the post's own one in practice,
 * and a full list is walked only when that first one sits in a nested story. Whatever belongs to a
 * nested story (comments, replies, the original inside a share) is skipped everywhere; the first
 * header, message and link of each kind are the post's own (the sharer's come before a shared card).
 */

/** The links of the story: author (first handle among the header's links), first permalink of each kind, "Sponsored". */
function storyLinks(root: Element, nested: Element[], header: Element | null): StoryLinks {
  const found: StoryLinks = { author: null, post: null, video: null, photo: null, sponsored: false };
  // getElementsByTagName is Chromium's fastest lookup (a cached tag collection); `a[href]` is then
  // "has an href attribute", checked by reading it. Loops over DOM lists read the length once and
  // use item(): each `list[i]` and `list.length` is a slower call into the browser.
  const links = root.getElementsByTagName('a');
  for (let i = 0, n = links.length; i < n; i++) {
    const a = links.item(i) as Element;
    const raw = a.getAttribute('href');
    if (raw === null || !owned(nested, a)) continue;
    const label = a.getAttribute('aria-label');
    if (label && SPONSORED_LABELS.has(label)) found.sponsored = true;
    // Parsing an href is the costly part of this loop, and most links (comment authors, external
    // links) are neither the author's nor a permalink: those are skipped unparsed.
    const authorLink = !found.author && header !== null && header.contains(a);
    const maybePermalink = MAYBE_PERMALINK.test(raw);
    if (!authorLink && !maybePermalink) continue;
    const href = splitHref(raw);
    if (!href) continue;
    if (authorLink) found.author = handleOf(href);
    const link = maybePermalink ? permalinkOf(href) : null;
    if (!link) continue;
    if (link.kind === 'post') found.post ??= link;
    else if (link.kind === 'video') found.video ??= link;
    else found.photo ??= link;
  }
  return found;
}

/** An own span whose aria-labelledby target reads "Sponsored" (newer ad markup). */
function labelledSponsored(root: Element, nested: Element[]): boolean {
  const labelled = root.querySelectorAll(SPONSORED_LABELLED_PASS);
  for (let i = 0, n = labelled.length; i < n; i++) {
    const span = labelled.item(i);
    if (owned(nested, span) && sponsoredBy(span)) return true;
  }
  return false;
}

/** The summary row: the reactions toolbar, its reaction types, and the unlabelled buttons outside it. */
interface SummaryRow {
  toolbar: Element | null;
  reactionTypes: Element[];
  buttons: Element[];
}

function summaryRow(root: Element, nested: Element[]): SummaryRow {
  const row: SummaryRow = { toolbar: firstOwn(root, TOOLBAR_SELECTOR, nested), reactionTypes: [], buttons: [] };
  const { toolbar } = row;
  if (toolbar) {
    const types = toolbar.querySelectorAll(REACTION_TYPE_SELECTOR);
    for (let i = 0, n = types.length; i < n; i++) {
      const el = types.item(i);
      if (owned(nested, el)) row.reactionTypes.push(el);
    }
  }
  const buttons = root.querySelectorAll(BUTTON_SELECTOR);
  for (let i = 0, n = buttons.length; i < n; i++) {
    const el = buttons.item(i);
    // An own button inside the toolbar is one of its reaction types: looking it up in that short
    // list is cheaper than toolbar.contains(), which climbs to the top of the page for all others.
    if (owned(nested, el) && !row.reactionTypes.includes(el)) row.buttons.push(el);
  }
  return row;
}

const NO_NESTED: Element[] = [];

/** The outermost nested stories of `root` (comments, the original of a share), usually none. */
function nestedStories(root: Element): Element[] {
  // querySelector answers "none" (most posts) about twice as fast as an empty querySelectorAll.
  if (!root.querySelector(NESTED_SELECTOR)) return NO_NESTED;
  const all = root.querySelectorAll(NESTED_SELECTOR);
  const nested: Element[] = [];
  for (let i = 0, n = all.length; i < n; i++) {
    const el = all.item(i);
    // Document order: an article inside another comes right after it, so the last outer one is enough.
    if (nested.length === 0 || !(nested[nested.length - 1] as Element).contains(el)) nested.push(el);
  }
  return nested;
}

/** The first own element matching `selector`: querySelector's answer, unless that one is nested. */
function firstOwn(root: Element, selector: string, nested: Element[]): Element | null {
  const found = root.querySelector(selector);
  if (!found || owned(nested, found)) return found;
  return first(root.querySelectorAll(selector), nested, false);
}

/** Not inside one of the nested stories (a comment, the original of a share). */
function owned(nested: Element[], el: Element): boolean {
  for (let i = 0; i < nested.length; i++) if ((nested[i] as Element).contains(el)) return false;
  return true;
}

/** The first own element of `list` (with a link inside, for a header). */
function first(list: NodeListOf<Element>, nested: Element[], withLink: boolean): Element | null {
  for (let i = 0, n = list.length; i < n; i++) {
    const el = list.item(i);
    if (owned(nested, el) && (!withLink || el.querySelector('a[href]'))) return el;
  }
  return null;
}

/** Text of `node` without its buttons ("See more") and icons, appended to `out`. */
function visibleText(node: Node, out: string): string {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    const type = child.nodeType;
    if (type === 3) out += child.nodeValue ?? '';
    else if (type === 1) {
      const el = child as Element;
      const tag = el.tagName; // read once: every DOM getter is a call into the browser
      if (el.getAttribute('role') === 'button' || tag === 'svg' || tag === 'SVG') continue;
      if (tag === 'IMG') out += el.getAttribute('alt') ?? ''; // emoji are <img alt="😀">
      else if (tag === 'BR') out += ' ';
      else {
        out = visibleText(el, out);
        if (tag === 'DIV' || tag === 'P') out += ' '; // paragraphs are blocks
      }
    }
  }
  return out;
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isAsciiDigit(text.charCodeAt(i))) return true;
  return false;
}

/** The visible text of `node`, whitespace collapsed, at most `limit` UTF-16 units (no split pair). */
function textOf(node: Node | null, limit: number): string {
  if (!node) return '';
  const text = collapsed(visibleText(node, '')).trim();
  if (text.length <= limit) return text;
  const code = text.charCodeAt(limit - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit);
}

const WORDS = new Map<string, CountWords[]>();

/** The word lists for a UI language (built once per locale, not per post). */
function wordsFor(locale: string): CountWords[] {
  let list = WORDS.get(locale);
  if (!list) {
    const own = COUNT_WORDS[locale.slice(0, 2).toLowerCase()];
    const en = COUNT_WORDS.en;
    list = [own, en].filter((words, i, all): words is CountWords => words !== undefined && all.indexOf(words) === i);
    WORDS.set(locale, list);
  }
  return list;
}

/**
 * The reaction total: a lone reaction type's label when there is one ("Like: 1,234 people" — often
 * exact), else the summary text beside the icons ("All reactions:" + "1.2K"; the first number).
 */
function reactions(row: SummaryRow, root: Element, locale: string): { count: Count | null; box: Element | null } {
  const { toolbar } = row;
  if (!toolbar) return { count: null, box: null };
  const only = row.reactionTypes.length === 1 ? row.reactionTypes[0]?.getAttribute('aria-label') : null;
  const exact = only ? parseCount(only, locale) : null;
  let box = toolbar.parentElement;
  for (let up = 0; box && box !== root && up < 3; up++, box = box.parentElement) {
    const text = box.textContent ?? '';
    if (hasDigit(text)) return { count: exact ?? parseCount(text, locale), box };
  }
  return { count: exact, box: null };
}

/** The page's address as a story permalink, once per address (not per post of a feed). */
let pageStoryCache: { href: string; link: Permalink | null } | null = null;
function pageStory(url: URL): Permalink | null {
  if (pageStoryCache?.href !== url.href) {
    const kind = detect(url);
    const link = kind === 'post' || kind === 'video' ? permalinkOf({ path: url.pathname.split('/').filter(Boolean), query: url.search.slice(1) }) : null;
    pageStoryCache = { href: url.href, link };
  }
  return pageStoryCache.link;
}

function extract(root: Element, page: PageContext): PostObservation | undefined {
  const nested = nestedStories(root);
  // Which story and whose first: a unit that is no post (a carousel of reels, suggestions) ends here,
  // before its message and counts are looked for.
  const header = firstOwn(root, HEADER_SELECTOR, nested) ?? first(root.querySelectorAll(HEADER_OLD_SELECTOR), nested, true);
  const found = storyLinks(root, nested, header);
  // A permalink page whose story shows no link to itself: the page's address is the story.
  const link = found.post ?? found.video ?? found.photo ?? pageStory(page.url);
  const author = found.author ?? link?.owner ?? null;
  if (!link || !author) return undefined;

  const message = firstOwn(root, MESSAGE_SELECTOR, nested) ?? first(root.querySelectorAll(MESSAGE_OLD_SELECTOR), nested, false);
  // The labelledby route is looked up only for stories without a post permalink: an ad shows its
  // "Sponsored" label where an organic post shows the timestamp link to itself.
  const sponsored = found.sponsored || (!found.post && labelledSponsored(root, nested));
  const row = summaryRow(root, nested);
  const liked = reactions(row, root, page.locale);
  const likes = liked.count;
  let reposts: Count | null = null;
  let comments: Count | null = null;
  let views: Count | null = null;
  const words = wordsFor(page.locale);
  const unnamed: Element[] = [];
  for (const button of row.buttons) {
    if (liked.box?.contains(button)) continue;
    const text = button.textContent ?? '';
    if (text.length > 60 || !hasDigit(text)) continue;
    if (anyMatches(words, 'comments', text)) comments ??= parseCount(text, page.locale);
    else if (anyMatches(words, 'shares', text)) reposts ??= parseCount(text, page.locale);
    else if (anyMatches(words, 'views', text)) views ??= parseCount(text, page.locale);
    else unnamed.push(button);
  }
  // A UI language without a word list: the row is "<comments> <shares>" in this order.
  if (comments === null && reposts === null && unnamed.length > 0 && !COUNT_WORDS[page.locale.slice(0, 2)]) {
    comments = parseCount(unnamed[0]?.textContent ?? '', page.locale);
    if (unnamed[1]) reposts = parseCount(unnamed[1].textContent ?? '', page.locale);
  }
  if (views === null && link.kind === 'video') views = viewsSpan(root, words, page.locale);

  // What postCounts() builds, written out: its argument object and loop over names cost more per post.
  const precision: PostObservation['precision'] = {};
  return {
    postId: link.id,
    url: link.url,
    author,
    publishedAt: null, // Comet has no machine-readable time and Facebook ids do not encode one.
    text: textOf(message, TEXT_LIMIT),
    likes: valueOf(likes, precision, 'likes'),
    reposts: valueOf(reposts, precision, 'reposts'),
    comments: valueOf(comments, precision, 'comments'),
    views: valueOf(views, precision, 'views'),
    // Facebook shows no save count: bookmarks stay null.
    bookmarks: null,
    precision,
    sponsored,
  };
}

/** A count's value (null when not shown), its step noted in `precision` when abbreviated ("1.2K" → 100). */
function valueOf(count: Count | null, precision: PostObservation['precision'], field: keyof PostObservation['precision']): number | null {
  if (count === null) return null;
  if (count.step > 1) precision[field] = count.step;
  return count.value;
}

/** Whether one of the word lists' `which` pattern matches `text` (a loop, not some() with a closure). */
function anyMatches(words: CountWords[], which: keyof CountWords, text: string): boolean {
  for (let i = 0; i < words.length; i++) if ((words[i] as CountWords)[which].test(text)) return true;
  return false;
}

/** "1.2M views" on a video story: a short span of its own (not a button), looked for on videos only. */
function viewsSpan(root: Element, words: CountWords[], locale: string): Count | null {
  // An indexed loop over the tag collection: for…of over a NodeList is several times slower.
  const spans = root.getElementsByTagName('span');
  for (let i = 0, n = spans.length; i < n; i++) {
    const span = spans.item(i) as Element;
    if (span.firstElementChild) continue;
    const text = span.textContent ?? '';
    if (text.length > 40 || !hasDigit(text) || !anyMatches(words, 'views', text)) continue;
    const story = span.parentElement?.closest('[role="article"], [aria-posinset]');
    if (story && story !== root && root.contains(story)) continue;
    return parseCount(text, locale);
  }
  return null;
}

// ── Profile ───────────────────────────────────────────────────────────────────────────────────────

function extractProfile(doc: Document, page: PageContext): ProfileObservation | undefined {
  if (detect(page.url) !== 'profile') return undefined;
  const handle = handleOf({ path: page.url.pathname.split('/').filter(Boolean).slice(0, 3), query: page.url.search.slice(1) })
    ?? handleOf({ path: page.url.pathname.split('/').filter(Boolean).slice(0, 1), query: '' });
  const h1 = doc.querySelector(PROFILE_NAME_SELECTOR);
  if (!handle || !h1) return undefined;
  const scope = doc.querySelector('[role="main"]') ?? doc;
  const counts: { followers: Count | null; following: Count | null } = { followers: null, following: null };
  for (const a of scope.querySelectorAll(PROFILE_COUNT_SELECTOR)) {
    const href = splitHref(a.getAttribute('href') ?? '');
    if (!href) continue;
    // Only this profile's own lists: `/<handle>/followers/` or `profile.php?id=<handle>&sk=followers`.
    const [first = '', tab] = href.path;
    const own = first.toLowerCase() === 'profile.php' ? param(href.query, 'id') === handle : first.toLowerCase() === handle;
    const which = first.toLowerCase() === 'profile.php' ? param(href.query, 'sk') : tab;
    if (!own || (which !== 'followers' && which !== 'following')) continue;
    counts[which] ??= parseCount(a.textContent ?? '', page.locale);
  }
  return {
    handle,
    name: textOf(h1, 200),
    // Facebook shows no post count: posts stay null.
    ...profileCounts(counts),
  };
}

export const adapter: PlatformAdapter = {
  platform: 'facebook',
  detect,
  rootSelector: ROOT_SELECTOR,
  extract,
  extractProfile,
};
