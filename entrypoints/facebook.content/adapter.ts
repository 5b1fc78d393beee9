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
import type { PageContext, PageKind, PlatformAdapter } from '@/utils/collect/adapter';
import { parseCount, type Count } from '@/utils/counts';
import { platformOfUrl } from '@/utils/platforms';
import type { PostObservation, ProfileObservation } from '@/utils/messaging';
import {
  AUTHOR_HEADER_OLD, LINK_PASS, MESSAGE_OLD, POST_ROOT, PROFILE_COUNT_LINK, PROFILE_NAME, RENDERING_ROLE_PASS, ROLE_PASS,
  SPONSORED_LABELLED_PASS, join,
} from './selectors';
import { COUNT_WORDS, SPONSORED_LABELS, type CountWords } from './words';

const ROOT_SELECTOR = join(POST_ROOT);
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

/** A Page or profile username as it appears in URLs (letters, digits, dots; dashes in old Pages). */
const VANITY = /^[A-Za-z0-9][A-Za-z0-9.-]{0,79}$/;
const DIGITS = /^\d{1,25}$/;
const POST_ID = /^(?:pfbid[A-Za-z0-9]{10,100}|\d{1,25})$/;

interface Href {
  path: string[];
  query: string;
}

/** The path segments and query of a Facebook href (absolute or root-relative), null for any other. */
function splitHref(href: string): Href | null {
  let rest: string;
  if (href.startsWith('/')) rest = href;
  else if (href.startsWith('https://www.facebook.com') || href.startsWith('https://web.facebook.com')) {
    rest = href.slice(24); // both origins are 24 characters
    if (rest !== '' && rest[0] !== '/' && rest[0] !== '?' && rest[0] !== '#') return null; // facebook.com.evil…
  } else return null;
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  const q = rest.indexOf('?');
  const path = (q >= 0 ? rest.slice(0, q) : rest).split('/').filter(Boolean);
  return { path, query: q >= 0 ? rest.slice(q + 1) : '' };
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
  const [a = '', b, c, d] = href.path;
  const first = a.toLowerCase();
  if (first === 'permalink.php' || first === 'story.php') {
    const story = param(href.query, 'story_fbid');
    const owner = param(href.query, 'id');
    if (!story || !POST_ID.test(story) || !owner || !DIGITS.test(owner)) return null;
    return { kind: 'post', id: story, url: `${ORIGIN}/${first}?story_fbid=${story}&id=${owner}`, owner };
  }
  if (first === 'watch') {
    const v = param(href.query, 'v');
    return v && DIGITS.test(v) ? { kind: 'video', id: v, url: `${ORIGIN}/watch/?v=${v}`, owner: null } : null;
  }
  if (first === 'reel') return b && DIGITS.test(b) ? { kind: 'video', id: b, url: `${ORIGIN}/reel/${b}`, owner: null } : null;
  if (first === 'photo' || first === 'photo.php') {
    const fbid = param(href.query, 'fbid');
    return fbid && DIGITS.test(fbid) ? { kind: 'photo', id: fbid, url: `${ORIGIN}/photo/?fbid=${fbid}`, owner: null } : null;
  }
  if (first === 'groups') {
    if ((c === 'posts' || c === 'permalink') && b && d && POST_ID.test(d)) {
      return { kind: 'post', id: d, url: `${ORIGIN}/groups/${b}/posts/${d}`, owner: null };
    }
    return null;
  }
  if (RESERVED.has(first) || !VANITY.test(a)) return null;
  if (b === 'posts' && c && POST_ID.test(c)) return { kind: 'post', id: c, url: `${ORIGIN}/${a}/posts/${c}`, owner: first };
  if (b === 'videos' || b === 'photos') {
    // `/<page>/videos/<slug>/<id>` and `/<page>/photos/a.<album>/<id>`: the id is the last number.
    const last = href.path[href.path.length - 1] ?? '';
    if (href.path.length < 3 || !DIGITS.test(last)) return null;
    return b === 'videos'
      ? { kind: 'video', id: last, url: `${ORIGIN}/${a}/videos/${last}`, owner: first }
      : { kind: 'photo', id: last, url: `${ORIGIN}/photo/?fbid=${last}`, owner: first };
  }
  return null;
}

/** The handle an author/profile href names: the vanity name, else the numeric profile id. */
function handleOf(href: Href): string | null {
  const [a = '', b, c, d] = href.path;
  const first = a.toLowerCase();
  if (first === 'profile.php') {
    const id = param(href.query, 'id');
    return id && DIGITS.test(id) ? id : null;
  }
  if (first === 'people') return c && DIGITS.test(c) ? c : null; // /people/<Name>/<id>
  if (first === 'groups') return c === 'user' && d && DIGITS.test(d) ? d : null; // group member link
  if (b !== undefined || RESERVED.has(first) || !VANITY.test(a) || first.endsWith('.php')) return null;
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
  if (RESERVED.has(first) || !VANITY.test(a) || first.endsWith('.php')) return null;
  if (b === undefined || (PROFILE_TABS.has(b.toLowerCase()) && href.path.length === 2)) return 'profile';
  return null;
}

// ── Reading one story ─────────────────────────────────────────────────────────────────────────────

interface Story {
  header: Element | null;
  author: string | null;
  links: Partial<Record<LinkKind, Permalink>>;
  message: Element | null;
  toolbar: Element | null;
  reactionTypes: Element[];
  buttons: Element[];
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

/**
 * A few cheap passes over the root (see selectors.ts "The passes"), each skipping whatever belongs
 * to a nested story (comments, replies, the original inside a share). The first header, message and
 * link of each kind are the post's own: the sharer's header and message come before a shared card.
 */
function scan(root: Element): Story {
  const story: Story = {
    header: null, author: null, links: {}, message: null, toolbar: null, reactionTypes: [], buttons: [],
    sponsored: false,
  };
  const nested: Element[] = [];
  const roles = root.querySelectorAll(ROLE_PASS);
  for (let i = 0; i < roles.length; i++) {
    const el = roles[i] as Element;
    if (nested.length > 0 && (nested[nested.length - 1] as Element).contains(el)) continue;
    const role = el.getAttribute('role');
    if (role === 'article') nested.push(el);
    else if (role === 'toolbar') story.toolbar ??= el;
    else if (role === 'button') {
      if (story.toolbar?.contains(el)) story.reactionTypes.push(el);
      // Buttons with their own label are actions ("Like", "Leave a comment"), never counts.
      else if (!el.hasAttribute('aria-label')) story.buttons.push(el);
    }
  }

  const rendered = root.querySelectorAll(RENDERING_ROLE_PASS);
  for (let i = 0; i < rendered.length; i++) {
    const el = rendered[i] as Element;
    const role = el.getAttribute('data-ad-rendering-role');
    if (role === 'profile_name') story.header ??= owned(nested, el) ? el : null;
    else if (role === 'story_message') story.message ??= owned(nested, el) ? el : null;
  }
  if (!story.message) story.message = first(root.querySelectorAll(MESSAGE_OLD_SELECTOR), nested, false);
  if (!story.header) story.header = first(root.querySelectorAll(HEADER_OLD_SELECTOR), nested, true);

  const links = root.querySelectorAll(LINK_PASS);
  for (let i = 0; i < links.length; i++) {
    const a = links[i] as Element;
    if (!owned(nested, a)) continue;
    const label = a.getAttribute('aria-label');
    if (label && SPONSORED_LABELS.has(label)) story.sponsored = true;
    const href = splitHref(a.getAttribute('href') ?? '');
    if (!href) continue;
    if (!story.author && story.header?.contains(a)) story.author = handleOf(href);
    const link = permalinkOf(href);
    if (link && !story.links[link.kind]) story.links[link.kind] = link;
  }
  // The labelledby route is looked up only for stories without a post permalink: an ad shows its
  // "Sponsored" label where an organic post shows the timestamp link to itself.
  if (!story.sponsored && !story.links.post) {
    const labelled = root.querySelectorAll(SPONSORED_LABELLED_PASS);
    for (let i = 0; i < labelled.length && !story.sponsored; i++) {
      const span = labelled[i] as Element;
      story.sponsored = owned(nested, span) && sponsoredBy(span);
    }
  }
  return story;
}

/** Not inside one of the nested stories (a comment, the original of a share). */
function owned(nested: Element[], el: Element): boolean {
  for (let i = 0; i < nested.length; i++) if ((nested[i] as Element).contains(el)) return false;
  return true;
}

/** The first own element of `list` (with a link inside, for a header). */
function first(list: NodeListOf<Element>, nested: Element[], withLink: boolean): Element | null {
  for (let i = 0; i < list.length; i++) {
    const el = list[i] as Element;
    if (owned(nested, el) && (!withLink || el.querySelector('a[href]'))) return el;
  }
  return null;
}

/** Text of `node` without its buttons ("See more") and icons, whitespace collapsed. */
function visibleText(node: Node, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out.push(child.nodeValue ?? '');
    else if (child.nodeType === 1) {
      const el = child as Element;
      if (el.getAttribute('role') === 'button' || el.tagName === 'svg' || el.tagName === 'SVG') continue;
      if (el.tagName === 'IMG') out.push(el.getAttribute('alt') ?? ''); // emoji are <img alt="😀">
      else if (el.tagName === 'BR') out.push(' ');
      else {
        visibleText(el, out);
        if (el.tagName === 'DIV' || el.tagName === 'P') out.push(' '); // paragraphs are blocks
      }
    }
  }
}

function textOf(node: Node | null, limit: number): string {
  if (!node) return '';
  const out: string[] = [];
  visibleText(node, out);
  const text = out.join('').replace(/\s+/g, ' ').trim();
  if (text.length <= limit) return text;
  const code = text.charCodeAt(limit - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit);
}

type CountKey = 'likes' | 'reposts' | 'comments' | 'views';

function wordsFor(locale: string): CountWords[] {
  const own = COUNT_WORDS[locale.slice(0, 2).toLowerCase()];
  const en = COUNT_WORDS.en;
  return [own, en].filter((words, i, all): words is CountWords => words !== undefined && all.indexOf(words) === i);
}

/**
 * The reaction total: a lone reaction type's label when there is one ("Like: 1,234 people" — often
 * exact), else the summary text beside the icons ("All reactions:" + "1.2K"; the first number).
 */
function reactions(story: Story, root: Element, locale: string): { count: Count | null; box: Element | null } {
  const { toolbar } = story;
  if (!toolbar) return { count: null, box: null };
  const only = story.reactionTypes.length === 1 ? story.reactionTypes[0]?.getAttribute('aria-label') : null;
  const exact = only ? parseCount(only, locale) : null;
  let box = toolbar.parentElement;
  for (let up = 0; box && box !== root && up < 3; up++, box = box.parentElement) {
    const text = box.textContent ?? '';
    if (/\d/.test(text)) return { count: exact ?? parseCount(text, locale), box };
  }
  return { count: exact, box: null };
}

function extract(root: Element, page: PageContext): PostObservation | undefined {
  const story = scan(root);
  let link = story.links.post ?? story.links.video ?? story.links.photo ?? null;
  if (!link) {
    // A permalink page whose story shows no link to itself: the page's address is the story.
    const kind = detect(page.url);
    if (kind === 'post' || kind === 'video') link = permalinkOf({ path: page.url.pathname.split('/').filter(Boolean), query: page.url.search.slice(1) });
  }
  const author = story.author ?? link?.owner ?? null;
  if (!link || !author) return undefined;

  const counts: Record<CountKey, Count | null> = { likes: null, reposts: null, comments: null, views: null };
  const liked = reactions(story, root, page.locale);
  counts.likes = liked.count;
  const words = wordsFor(page.locale);
  const unnamed: Element[] = [];
  for (const button of story.buttons) {
    if (liked.box?.contains(button)) continue;
    const text = button.textContent ?? '';
    if (text.length > 60 || !/\d/.test(text)) continue;
    const key = words.some((w) => w.comments.test(text))
      ? 'comments'
      : words.some((w) => w.shares.test(text))
        ? 'reposts'
        : words.some((w) => w.views.test(text))
          ? 'views'
          : null;
    if (!key) unnamed.push(button);
    else if (counts[key] === null) counts[key] = parseCount(text, page.locale);
  }
  // A UI language without a word list: the row is "<comments> <shares>" in this order.
  if (counts.comments === null && counts.reposts === null && unnamed.length > 0 && !COUNT_WORDS[page.locale.slice(0, 2)]) {
    counts.comments = parseCount(unnamed[0]?.textContent ?? '', page.locale);
    if (unnamed[1]) counts.reposts = parseCount(unnamed[1].textContent ?? '', page.locale);
  }
  if (counts.views === null && link.kind === 'video') counts.views = views(root, words, page.locale);

  const precision: PostObservation['precision'] = {};
  for (const key of ['likes', 'reposts', 'comments', 'views'] as const) {
    const step = counts[key]?.step ?? 1;
    if (step > 1) precision[key] = step;
  }
  return {
    postId: link.id,
    url: link.url,
    author,
    publishedAt: null, // Comet has no machine-readable time and Facebook ids do not encode one.
    text: textOf(story.message, TEXT_LIMIT),
    likes: counts.likes?.value ?? null,
    reposts: counts.reposts?.value ?? null,
    comments: counts.comments?.value ?? null,
    views: counts.views?.value ?? null,
    bookmarks: null, // Facebook shows no save count.
    precision,
    sponsored: story.sponsored,
  };
}

/** "1.2M views" on a video story: a short span of its own (not a button), looked for on videos only. */
function views(root: Element, words: CountWords[], locale: string): Count | null {
  for (const span of root.querySelectorAll('span')) {
    if (span.firstElementChild) continue;
    const text = span.textContent ?? '';
    if (text.length > 40 || !/\d/.test(text) || !words.some((w) => w.views.test(text))) continue;
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
  const precision: ProfileObservation['precision'] = {};
  if ((counts.followers?.step ?? 1) > 1) precision.followers = counts.followers?.step;
  if ((counts.following?.step ?? 1) > 1) precision.following = counts.following?.step;
  return {
    handle,
    name: textOf(h1, 200),
    followers: counts.followers?.value ?? null,
    following: counts.following?.value ?? null,
    posts: null, // Facebook shows no post count.
    precision,
  };
}

export const adapter: PlatformAdapter = {
  platform: 'facebook',
  detect,
  rootSelector: ROOT_SELECTOR,
  extract,
  extractProfile,
};
