/**
 * YouTube adapter (desktop www.youtube.com; m.youtube.com URLs are recognised but its ytm-* markup is not
 * read). Pages: watch and Shorts are `video`, a community post (/post/<id>) is `post`, home and
 * subscriptions are `feed`, a channel (any of its URL forms, with its Home/Videos/Shorts/Live/Posts tab)
 * is `profile` — a channel's Videos tab is a profile page whose grid cards are also read as posts, their
 * author taken from the channel URL because the cards there carry no channel link.
 *
 * Sources, most exact first (ARCHITECTURE "Collectors"): the like button's aria-label (full number in
 * every UI language seen), `#view-count[aria-label]` and the info tooltip (full view count), the watch
 * page's schema.org JSON-LD microformat (upload date, exact views) guarded by its video id, then visible
 * text through `parseCount` with the page's locale. Counts the page does not show are null: feeds show
 * no likes or comments; Shorts show no views; comments appear only once the comments header rendered.
 */
import { profileCounts } from '@/utils/collect/observed-counts';
import type { PageContext, PageKind, PlatformAdapter } from '@/utils/collect/adapter';
import { parseCount, type Count } from '@/utils/counts';
import { platformOfUrl } from '@/utils/platforms';
import type { PostObservation, ProfileObservation } from '@/utils/messaging';
import * as S from './selectors';

const ORIGIN = 'https://www.youtube.com';
const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
const POST_ID = /^[A-Za-z0-9_-]{1,200}$/;
const HANDLE = /^[a-z0-9._-]{1,100}$/;
const TEXT_LIMIT = 280;

/** Channel tabs that still show the channel header (and so a profile). */
const PROFILE_TABS = new Set(['', 'featured', 'videos', 'shorts', 'streams', 'posts', 'community', 'podcasts', 'releases']);

/** Words that mark a metadata part as a view count / a live or scheduled count (not views) / zero views. */
const VIEW_WORDS = /view|просмотр|visualiza|vues|aufrufe|wyświetl|görüntülen|перегляд|lượt xem|次观看|回視聴|조회수/i;
const NOT_VIEWS = /watching|waiting|смотрят|ожида|зрител|premieres|scheduled|запланир/i;
const NO_VIEWS = /^(?:no views|нет просмотров)$/i;
const SUBSCRIBER_WORDS = /subscri|подписчик|abonn|suscrip|inscrit|iscritt|inscrito|subskryb|abone|pelanggan|訂閱|订阅|登録者|구독자/i;
const VIDEO_WORDS = /video|видео|vídeo|vidéo|wideo|відео|動画|视频|影片|동영상/i;

type CountField = 'likes' | 'reposts' | 'comments' | 'views' | 'bookmarks';

// ── Small DOM helpers (scoped; no document-wide queries) ─────────────────────────────────────────

/** The first element matching any alternative, tried in the list's order of preference. */
function pick(scope: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = scope.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** The elements of the first alternative that has any (the NodeList itself: no copy). */
function pickAll(scope: ParentNode, selectors: readonly string[]): NodeListOf<Element> | readonly Element[] {
  for (const selector of selectors) {
    const found = scope.querySelectorAll(selector);
    if (found.length > 0) return found;
  }
  return [];
}

/** One "names" entry (selectors.ts), split once: an element name, or a class (written `.class` there). */
type Name = { readonly tag: string; readonly className: null } | { readonly tag: null; readonly className: string };

/**
 * A "names" list of selectors.ts, parsed at load: telling classes from element names per call (a string
 * test and a slice per name, ~13 names per card) cost as much as the lookups themselves.
 */
function names(list: readonly string[]): readonly Name[] {
  return list.map((name) => (name.startsWith('.') ? { tag: null, className: name.slice(1) } : { tag: name, className: null }));
}

const CARD_METADATA_TEXT = names(S.CARD_METADATA_TEXT);
const SHORTS_LOCKUP_VIEWS = names(S.SHORTS_LOCKUP_VIEWS);
const CARD_CHANNEL_CONTAINER = names(S.CARD_CHANNEL_CONTAINER);
const AD_MARKERS = names(S.AD_MARKERS);
const POST_RENDERERS = names(S.POST_RENDERERS);

/**
 * The elements of one name. Such live collections are read item by item until `undefined` (not up to
 * `.length`, which walks the whole subtree even when the loop stops at its first element).
 */
function named(scope: Element, name: Name): HTMLCollectionOf<Element> {
  return name.className !== null ? scope.getElementsByClassName(name.className) : scope.getElementsByTagName(name.tag);
}

/** Like pickAll, for a list of names: the elements of the first name present. */
function pickAllNamed(scope: Element, list: readonly Name[]): ArrayLike<Element> {
  for (const name of list) {
    const found = named(scope, name);
    if (found[0]) return found;
  }
  return [];
}

/** White space that is not a plain space, or a space followed by more white space. */
const UNCOLLAPSED_RE = /[^\S ]| \s/;

/** White space runs as one space, none at the ends. */
function collapse(text: string): string {
  // Most texts have nothing to collapse, and one test says so: replace and trim cost ~1 µs per text
  // even then.
  const clean = text.charCodeAt(0) !== 32 && text.charCodeAt(text.length - 1) !== 32 && !UNCOLLAPSED_RE.test(text);
  return clean ? text : text.replace(/\s+/g, ' ').trim();
}

/** Text with whitespace collapsed (textContent: no layout). */
function textOf(element: Element | null): string {
  const text = element?.textContent;
  return text ? collapse(text) : '';
}

function excerpt(text: string): string {
  return text.length > TEXT_LIMIT ? text.slice(0, TEXT_LIMIT - 1).trimEnd() + '…' : text;
}

/** The better of two readings: the exact one (smaller step) wins. */
function finer(a: Count | null, b: Count | null): Count | null {
  if (!a) return b;
  if (!b) return a;
  return b.step < a.step ? b : a;
}

/** A count read from a label (aria-label first), then from the element's visible text. */
function countFrom(element: Element | null, locale: string): Count | null {
  if (!element) return null;
  const label = element.getAttribute('aria-label');
  const fromLabel = label ? parseCount(label, locale) : null;
  return fromLabel ?? parseCount(textOf(element), locale);
}

// ── URLs, ids and handles ───────────────────────────────────────────────────────────────────────

/**
 * Hrefs as YouTube writes them on cards ("/watch?v=<id>&pp=…", "/shorts/<id>", "/@Handle", "/post/<id>"),
 * read without constructing a URL (done for every link of every card). Each pattern admits only characters
 * the URL parser leaves as they are and no dot segments, so it gives exactly what parsing would; any other
 * href takes the general path.
 */
const SHORTS_HREF = /^\/(shorts|live)\/([A-Za-z0-9_-]{11})\/?(?:[?#]|$)/;
const POST_HREF = /^\/post\/([A-Za-z0-9_-]{1,200})\/?(?:[?#]|$)/;

// The two shapes of nearly every card (its video, its channel) are scanned by char codes rather than
// matched by a regex (~0.3 µs a call, on several links per card).
const WATCH_PREFIX = '/watch?v=';
const HANDLE_PREFIX = '/@';
const SLASH = 47;

/** [A-Za-z0-9_-]: a character of a video id or of a channel path segment. */
function isIdChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

/** [A-Za-z0-9._-]: a character of a handle. */
function isHandleChar(c: number): boolean {
  return isIdChar(c) || c === 46;
}

/** Whether `href` ends at `at` or goes on with one of `allowed` ("&#", "?#"). */
function endsOrGoesOn(href: string, at: number, allowed: string): boolean {
  return at >= href.length || allowed.includes(href.charAt(at));
}

/** "/watch?v=<id>" with an 11-character id, then the end, "&…" or "#…": the id, else null. */
function plainWatchId(href: string): string | null {
  if (!href.startsWith(WATCH_PREFIX)) return null;
  const start = WATCH_PREFIX.length;
  const end = start + 11;
  if (href.length < end) return null;
  for (let i = start; i < end; i++) if (!isIdChar(href.charCodeAt(i))) return null;
  return endsOrGoesOn(href, end, '&#') ? href.slice(start, end) : null;
}

/**
 * "/@Handle" with a handle of 1–100 of [A-Za-z0-9._-], then any "/segment" of [A-Za-z0-9_-], then the end,
 * "?…" or "#…": the handle in lower case, else null.
 */
function plainHandle(href: string): string | null {
  if (!href.startsWith(HANDLE_PREFIX)) return null;
  const start = HANDLE_PREFIX.length;
  let end = start;
  while (isHandleChar(href.charCodeAt(end))) end++;
  if (end === start || end - start > 100) return null;
  let at = end;
  while (href.charCodeAt(at) === SLASH) {
    at++;
    while (isIdChar(href.charCodeAt(at))) at++;
  }
  return endsOrGoesOn(href, at, '?#') ? href.slice(start, end).toLowerCase() : null;
}

function parseHref(href: string | null | undefined): URL | null {
  if (!href) return null;
  try {
    return new URL(href, ORIGIN);
  } catch {
    // A malformed href is simply not a link we understand.
    return null;
  }
}

/** The video id a URL points at (/watch?v=, /shorts/, /live/), or null. */
function videoIdOf(url: URL | null): { id: string; short: boolean } | null {
  if (!url || platformOfUrl(url.href) !== 'youtube') return null;
  if (url.pathname === '/watch') {
    const id = url.searchParams.get('v');
    return id && VIDEO_ID.test(id) ? { id, short: false } : null;
  }
  const match = /^\/(shorts|live)\/([^/]+)\/?$/.exec(url.pathname);
  if (match && VIDEO_ID.test(match[2] ?? '')) return { id: match[2] ?? '', short: match[1] === 'shorts' };
  return null;
}

/** The lower-case handle of a "/@Handle[/tab]" path, or null (for /channel/UC… links, non-Latin handles). */
function handleOfPath(pathname: string): string | null {
  const match = /^\/@([^/]+)/.exec(pathname);
  if (!match) return null;
  let handle: string;
  try {
    handle = decodeURIComponent(match[1] ?? '').toLowerCase();
  } catch {
    // Broken percent-encoding: not a handle we can store.
    return null;
  }
  return HANDLE.test(handle) ? handle : null;
}

function handleOfHref(href: string | null | undefined): string | null {
  const plain = href ? plainHandle(href) : null;
  if (plain !== null) return plain;
  const url = parseHref(href);
  return url && platformOfUrl(url.href) === 'youtube' ? handleOfPath(url.pathname) : null;
}

function handleOfLink(link: Element | null): string | null {
  return handleOfHref(link?.getAttribute('href'));
}

/** The video a link's href points at (see plainWatchId, SHORTS_HREF). */
function videoOfHref(href: string | null): { id: string; short: boolean } | null {
  if (!href) return null;
  const watch = plainWatchId(href);
  if (watch !== null) return { id: watch, short: false };
  const path = SHORTS_HREF.exec(href);
  if (path) return { id: path[2] ?? '', short: path[1] === 'shorts' };
  return videoIdOf(parseHref(href));
}

/** The first link among the alternatives that names a channel by its @handle. */
function handleAmong(scope: ParentNode, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    for (const link of Array.from(scope.querySelectorAll(selector))) {
      const handle = handleOfLink(link);
      if (handle) return handle;
    }
  }
  return null;
}

function watchUrl(id: string, short: boolean): string {
  return short ? `${ORIGIN}/shorts/${id}` : `${ORIGIN}/watch?v=${id}`;
}

// ── Observation assembly ────────────────────────────────────────────────────────────────────────

function observation(
  base: Pick<PostObservation, 'postId' | 'url' | 'author' | 'publishedAt' | 'text' | 'sponsored'>,
  counts: Partial<Record<CountField, Count | null>>,
): PostObservation {
  const precision: PostObservation['precision'] = {};
  return {
    postId: base.postId,
    url: base.url,
    author: base.author,
    publishedAt: base.publishedAt,
    text: base.text,
    likes: valueOf('likes', counts.likes, precision),
    reposts: valueOf('reposts', counts.reposts, precision),
    comments: valueOf('comments', counts.comments, precision),
    views: valueOf('views', counts.views, precision),
    bookmarks: valueOf('bookmarks', counts.bookmarks, precision),
    precision,
    sponsored: base.sponsored,
  };
}

/** A count's value (null when none was read), its step noted in `precision` when abbreviated. */
function valueOf(field: CountField, count: Count | null | undefined, precision: PostObservation['precision']): number | null {
  if (!count) return null;
  if (count.step > 1) precision[field] = count.step;
  return count.value;
}

// ── Watch page ──────────────────────────────────────────────────────────────────────────────────

interface Microformat {
  date: number | null;
  views: number | null;
}

/**
 * The watch page's schema.org data for this video: the JSON-LD of ytd-player-microformat-renderer
 * (`uploadDate`, `interactionCount`), else the `itemprop` microdata of a server-rendered load. Both can
 * be stale after SPA navigation, so each is used only when it names the same video id.
 */
function microformat(root: Element, id: string): Microformat {
  const none: Microformat = { date: null, views: null };
  const script = root.querySelector('ytd-player-microformat-renderer script[type="application/ld+json"], script#scriptTag');
  if (script?.textContent) {
    try {
      const data = JSON.parse(script.textContent) as Record<string, unknown>;
      const about = [data.embedUrl, data.url, data.identifier].filter((v): v is string => typeof v === 'string');
      if (about.some((v) => v.includes(id))) {
        const when = typeof data.uploadDate === 'string' ? data.uploadDate : typeof data.datePublished === 'string' ? data.datePublished : '';
        const date = when ? Date.parse(when) : NaN;
        const views = typeof data.interactionCount === 'string' && /^\d+$/.test(data.interactionCount) ? Number(data.interactionCount) : null;
        return { date: Number.isFinite(date) ? date : null, views };
      }
    } catch {
      // Not JSON we understand: fall through to the microdata.
    }
  }
  const identifier = pick(root, S.MICRODATA_ID)?.getAttribute('content');
  if (identifier !== id) return none;
  const when = pick(root, S.MICRODATA_DATE)?.getAttribute('content');
  const date = when ? Date.parse(when) : NaN;
  return { date: Number.isFinite(date) ? date : null, views: null };
}

function extractWatch(root: Element, page: PageContext): PostObservation | undefined {
  const fromPage = videoIdOf(page.url);
  const own = root.getAttribute('video-id');
  const id = own && VIDEO_ID.test(own) ? own : fromPage?.id;
  // The watch layout stays in the DOM (hidden, for the miniplayer) after leaving the page and is
  // re-bound in place on navigation: read it only while the address names the same video.
  if (!id || !fromPage || fromPage.id !== id) return undefined;
  const meta = pick(root, S.WATCH_METADATA) ?? root;
  const author = handleAmong(meta, S.WATCH_OWNER_LINK);
  if (!author) return undefined;

  const locale = page.locale;
  const likes = countFrom(pick(meta, S.LIKE_BUTTON), locale) ?? parseCount(textOf(pick(meta, S.BUTTON_TEXT)), locale);
  let views = finer(countFrom(pick(meta, S.WATCH_VIEW_COUNT), locale), parseCount(textOf(pick(meta, S.WATCH_INFO_TOOLTIP)), locale));
  views ??= parseCount(textOf(pick(meta, S.WATCH_INFO_LINE)), locale);
  const schema = microformat(root, id);
  if (schema.views !== null && (!views || views.step > 1)) views = { value: schema.views, step: 1 };
  // The comments header lives below the metadata; absent until the user scrolls there (null, not 0).
  const comments = countFrom(pick(root, S.COMMENTS_COUNT), locale);

  const title = textOf(pick(meta, S.WATCH_TITLE)) || textOf(pick(meta, S.WATCH_DESCRIPTION));
  return observation(
    { postId: id, url: watchUrl(id, false), author, publishedAt: schema.date, text: excerpt(title), sponsored: false },
    { likes, comments, views },
  );
}

// ── Shorts player ───────────────────────────────────────────────────────────────────────────────

function extractShort(root: Element, page: PageContext): PostObservation | undefined {
  // A reel renderer carries no id of its own: only the active one is the short in the address bar.
  const fromPage = videoIdOf(page.url);
  if (!fromPage?.short || !root.hasAttribute('is-active')) return undefined;
  const author = handleAmong(root, S.SHORTS_CHANNEL_LINK);
  if (!author) return undefined;
  const likeButton = pick(root, S.LIKE_BUTTON);
  const likes = countFrom(likeButton, page.locale) ?? (likeButton ? parseCount(textOf(likeButton), page.locale) : null);
  const comments = countFrom(pick(root, S.SHORTS_COMMENTS_BUTTON), page.locale);
  return observation(
    { postId: fromPage.id, url: watchUrl(fromPage.id, true), author, publishedAt: null, text: excerpt(textOf(pick(root, S.SHORTS_TITLE))), sponsored: false },
    { likes, comments },
  );
}

// ── Community posts ─────────────────────────────────────────────────────────────────────────────

/** The id of the post a permalink href names; the page's own address when the post shows none. */
function postIdOf(href: string | null, page: PageContext): string | undefined {
  const plain = href ? POST_HREF.exec(href) : null;
  if (plain) return plain[1];
  const link = parseHref(href) ?? (page.url.pathname.startsWith('/post/') ? page.url : null);
  const id = /^\/post\/([^/]+)\/?$/.exec(link?.pathname ?? '')?.[1];
  return id && POST_ID.test(id) ? id : undefined;
}

/** `element` unless it lies in the post's attachment (whose numbers are another post's). */
function outside(element: Element | null, attachment: Element | null): Element | null {
  return element && attachment?.contains(element) ? null : element;
}

function extractCommunityPost(root: Element, page: PageContext): PostObservation | undefined {
  const attachment = root.querySelector(S.POST_ATTACHMENT);
  // The first /post/ link outside the attachment, read off the post's links (no attribute-substring query).
  let ownHref: string | null = null;
  const links = root.getElementsByTagName('a');
  for (let i = 0, link; (link = links[i]); i++) {
    const href = link.getAttribute('href');
    if (href?.includes(S.POST_PERMALINK_HREF) && !attachment?.contains(link)) {
      ownHref = href;
      break;
    }
  }
  const id = postIdOf(ownHref, page);
  if (!id) return undefined;
  const author = handleOfLink(outside(pick(root, S.POST_AUTHOR_LINK), attachment));
  if (!author) return undefined;

  const toolbar = root.querySelector(S.POST_TOOLBAR) ?? root;
  const locale = page.locale;
  const likes = countFrom(outside(pick(toolbar, S.POST_LIKE_BUTTON), attachment), locale) ?? countFrom(outside(pick(toolbar, S.POST_LIKE_COUNT), attachment), locale);
  const comments = parseCount(textOf(outside(pick(toolbar, S.POST_COMMENTS), attachment)), locale);
  const text = textOf(outside(pick(root, S.POST_TEXT), attachment));
  return observation(
    { postId: id, url: `${ORIGIN}/post/${id}`, author, publishedAt: null, text: excerpt(text), sponsored: false },
    { likes, comments },
  );
}

// ── Feed cards ──────────────────────────────────────────────────────────────────────────────────

/** The card's view count from its metadata parts (keyword first, then YouTube's "views • age" order). */
function cardViews(root: Element, locale: string): Count | null {
  const texts: string[] = [];
  // Parts are read one at a time and reading stops at the one naming views (usually the first linkless
  // part), so the age after it is never read.
  let linkless = false;
  const parts = pickAllNamed(root, CARD_METADATA_TEXT);
  for (let i = 0, part; (part = parts[i]); i++) {
    if (part.getElementsByTagName('a')[0]) continue; // the channel name
    linkless = true;
    const views = viewsIn(textOf(part), locale, texts);
    if (views !== undefined) return views;
  }
  if (!linkless) {
    let older: ArrayLike<Element> = root.querySelector(S.CARD_METADATA_LINE_BOX) ? pickAll(root, S.CARD_METADATA_LINE) : [];
    if (older.length === 0) older = pickAllNamed(root, SHORTS_LOCKUP_VIEWS);
    for (let i = 0, part; (part = older[i]); i++) {
      const views = viewsIn(textOf(part), locale, texts);
      if (views !== undefined) return views;
    }
  }
  // A language without a known word: the first of "views • age", or a Shorts card's lone subhead.
  const first = texts.length === 2 || texts.length === 1 ? texts[0] : undefined;
  return first ? parseCount(first, locale) : null;
}

/**
 * What one metadata text says about views: a count (0 for "No views"), null for a live or scheduled count
 * (not views), undefined when it names no views (then it is kept in `texts` for the fallback by order).
 */
function viewsIn(text: string, locale: string, texts: string[]): Count | null | undefined {
  if (text === '') return undefined;
  if (isPlainViews(text)) return parseCount(text, locale);
  if (NO_VIEWS.test(text)) return { value: 0, step: 1 };
  if (NOT_VIEWS.test(text)) return null;
  if (VIEW_WORDS.test(text)) return parseCount(text, locale);
  texts.push(text);
  return undefined;
}

/**
 * "1.2M views", "35,120 views", "1 view": digits, separators and K/M/B, then " views" / " view". Such a
 * text names views and nothing that NO_VIEWS or NOT_VIEWS could match (their words need other letters),
 * so `viewsIn` reads it straight away: the three regexes cost ~0.5 µs per card.
 */
function isPlainViews(text: string): boolean {
  const end = text.endsWith(' views') ? text.length - 6 : text.endsWith(' view') ? text.length - 5 : -1;
  if (end <= 0) return false;
  for (let i = 0; i < end; i++) if (!isCompactCountChar(text.charCodeAt(i))) return false;
  return true;
}

/** A character of an English compact count: a digit, a space, '.', ',', or K / M / B in either case. */
function isCompactCountChar(c: number): boolean {
  if (c >= 48 && c <= 57) return true;
  return c === 32 || c === 46 || c === 44 || c === 75 || c === 107 || c === 77 || c === 109 || c === 66 || c === 98;
}

/** The position in `rules` of the first rule from `from` on that an `a[href]` meets (rules.length when none). */
function linkRank(link: Element, href: string, rules: readonly S.LinkRule[], from: number): number {
  for (let rank = from; rank < rules.length; rank++) {
    const rule = rules[rank] as S.LinkRule;
    if ('class' in rule ? link.classList.contains(rule.class) : 'id' in rule ? link.id === rule.id : 'hrefStarts' in rule ? href.startsWith(rule.hrefStarts) : href.includes(rule.hrefContains)) return rank;
  }
  return rules.length;
}

/**
 * The card's video: what trying CARD_VIDEO_LINK selector by selector would find (the first link, in document
 * order, of the earliest rule that yields a video), in one pass over the card's links.
 */
function cardVideo(root: Element): { id: string; short: boolean } | null {
  const rules = S.CARD_VIDEO_LINK;
  // The leading class rules (the lockup title link) through getElementsByClassName: on a lockup card the
  // title link answers without any other link being looked at.
  let from = 0;
  for (let rule = rules[0]; rule && 'class' in rule; rule = rules[++from]) {
    const marked = root.getElementsByClassName(rule.class);
    for (let i = 0, element; (element = marked[i]); i++) {
      const video = element.localName === 'a' ? videoOfHref(element.getAttribute('href')) : null;
      if (video) return video;
    }
  }
  // The other rules in one pass over the links. A link also meeting a class rule above has no video.
  const links = root.getElementsByTagName('a');
  let best: { id: string; short: boolean } | null = null;
  let bestRank = rules.length;
  for (let i = 0, link; bestRank > from && (link = links[i]); i++) {
    const href = link.getAttribute('href');
    if (href === null) continue;
    const rank = linkRank(link, href, rules, from);
    if (rank >= bestRank) continue;
    const video = videoOfHref(href);
    if (video) [best, bestRank] = [video, rank];
  }
  if (best) return best;
  // The lockup's class names its video ("content-id-<id>") even before the links are bound.
  const lockup = root.querySelector('[class*="content-id-"]');
  const id = lockup ? /(?:^|\s)content-id-([A-Za-z0-9_-]{11})(?:\s|$)/.exec(lockup.className)?.[1] : undefined;
  return id ? { id, short: false } : null;
}

/** The card's channel: the first @handle link inside a CARD_CHANNEL_CONTAINER, else by CARD_CHANNEL_HREF. */
function cardChannel(root: Element): string | null {
  for (const container of CARD_CHANNEL_CONTAINER) {
    // getElementsBy* (not "container a[href]", which checks every link's ancestors up to the document).
    const boxes = named(root, container);
    for (let b = 0, box; (box = boxes[b]); b++) {
      const inside = box.getElementsByTagName('a');
      for (let i = 0, link; (link = inside[i]); i++) {
        const handle = handleOfHref(link.getAttribute('href'));
        if (handle) return handle;
      }
    }
  }
  // The href rules in order: the first link of the earliest prefix that names a handle.
  const links = root.getElementsByTagName('a');
  let found: string | null = null;
  let foundRank: number = S.CARD_CHANNEL_HREF.length;
  for (let i = 0, link; foundRank > 0 && (link = links[i]); i++) {
    const href = link.getAttribute('href');
    if (href === null) continue;
    const rank = S.CARD_CHANNEL_HREF.findIndex((prefix) => href.startsWith(prefix));
    if (rank < 0 || rank >= foundRank) continue;
    const handle = handleOfHref(href);
    if (handle) [found, foundRank] = [handle, rank];
  }
  return found;
}

/** The handle in the page's own address (a channel page), computed once per address. */
let pageHandleFor = '';
let pageHandle: string | null = null;
function handleOfPage(page: PageContext): string | null {
  if (page.url.href !== pageHandleFor) [pageHandleFor, pageHandle] = [page.url.href, handleOfPath(page.url.pathname)];
  return pageHandle;
}

/** Whether any of the element names / classes is present in the scope (one subtree walk per name). */
function anyPresent(scope: Element, list: readonly Name[]): boolean {
  for (const name of list) if (named(scope, name)[0]) return true;
  return false;
}

function extractCard(root: Element, page: PageContext): PostObservation | undefined {
  const video = cardVideo(root);
  if (!video) return undefined;
  // A channel's own grid names no channel on its cards: the channel is the page's.
  const author = cardChannel(root) ?? handleOfPage(page);
  if (!author) return undefined;
  const heading = pick(root, S.CARD_TITLE);
  const titleAttribute = heading?.getAttribute('title');
  const title = (titleAttribute && collapse(titleAttribute)) || textOf(heading);
  return observation(
    {
      postId: video.id,
      url: watchUrl(video.id, video.short),
      author,
      // Cards show only a relative age ("2 days ago"): no instant.
      publishedAt: null,
      text: excerpt(title),
      sponsored: anyPresent(root, AD_MARKERS),
    },
    { views: cardViews(root, page.locale) },
  );
}

// ── Profile ─────────────────────────────────────────────────────────────────────────────────────

function extractChannel(doc: Document, page: PageContext): ProfileObservation | undefined {
  const header = pick(doc, S.CHANNEL_HEADER);
  if (!header) return undefined;
  const locale = page.locale;
  let handle: string | null = null;
  let followers: Count | null = null;
  let posts: Count | null = null;
  const unlabelled: Count[] = [];
  for (const part of pickAll(header, S.CHANNEL_METADATA_PART)) {
    const text = textOf(part);
    if (text.startsWith('@')) {
      handle ??= handleOfPath('/' + text.split(' ')[0]);
      continue;
    }
    if (part.querySelector('a')) continue; // "…and 2 more links"
    const count = parseCount(text, locale);
    if (!count) continue;
    if (SUBSCRIBER_WORDS.test(text)) followers ??= count;
    else if (VIDEO_WORDS.test(text)) posts ??= count;
    else unlabelled.push(count);
  }
  // A language without known words: YouTube's order is "subscribers • videos".
  if (!followers && !posts && unlabelled.length === 2) [followers = null, posts = null] = unlabelled;
  // The C4 header (pre-2024) has one element per field.
  handle ??= handleOfPath('/' + textOf(pick(header, S.CHANNEL_LEGACY_HANDLE)));
  followers ??= parseCount(textOf(pick(header, S.CHANNEL_LEGACY_SUBSCRIBERS)), locale);
  posts ??= parseCount(textOf(pick(header, S.CHANNEL_LEGACY_VIDEOS)), locale);
  handle ??= handleOfPath(page.url.pathname);
  if (!handle) return undefined;

  return {
    handle,
    name: textOf(pick(header, S.CHANNEL_NAME)).slice(0, 200),
    // A channel follows no one in public: following stays null.
    ...profileCounts({ followers, posts }),
  };
}

// ── The adapter ─────────────────────────────────────────────────────────────────────────────────

function detect(url: URL): PageKind | null {
  if (platformOfUrl(url.href) !== 'youtube') return null;
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
  if (path === '/watch') return videoIdOf(url) ? 'video' : null;
  if (/^\/(shorts|live)\/[A-Za-z0-9_-]{11}$/.test(path)) return 'video';
  if (/^\/post\/[A-Za-z0-9_-]+$/.test(path)) return 'post';
  if (path === '/' || path === '/feed/subscriptions') return 'feed';
  const channel = /^\/(?:@[^/]+|channel\/UC[A-Za-z0-9_-]{22}|c\/[^/]+|user\/[^/]+)(?:\/([^/]+))?$/.exec(path);
  if (channel && PROFILE_TABS.has(channel[1] ?? '')) return 'profile';
  return null;
}

export const adapter: PlatformAdapter = {
  platform: 'youtube',
  detect,
  rootSelector: S.ROOTS.join(', '),
  extract(root, page) {
    switch (root.localName) {
      case 'ytd-watch-flexy':
      case 'ytd-watch-grid':
      case 'ytd-watch-metadata':
        return extractWatch(root, page);
      case 'ytd-reel-video-renderer':
        return extractShort(root, page);
      case 'ytd-backstage-post-thread-renderer':
        return extractCommunityPost(root, page);
      default:
        if (anyPresent(root, POST_RENDERERS)) return extractCommunityPost(root, page);
        return extractCard(root, page);
    }
  },
  extractProfile(doc, page) {
    return detect(page.url) === 'profile' ? extractChannel(doc, page) : undefined;
  },
};
