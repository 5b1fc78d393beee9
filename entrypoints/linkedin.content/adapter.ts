/**
 * LinkedIn adapter: the legacy Ember feed and the new server-driven feed (reference/platforms.md §7),
 * post pages, company and member pages. Pure over the DOM it is given (see utils/collect/adapter.ts).
 *
 * Page kinds (detect):
 * - post: /feed/update/urn:li:activity:<id>/ (also urn:li:ugcPost / urn:li:share), /posts/<slug>-activity-<id>-<x>/.
 * - feed: /feed/ (home), /feed/hashtag/<tag>/, /company/<slug>/posts/ (a company's posts tab),
 *   /in/<slug>/recent-activity/<tab>/ (a member's posts; the rail shows no follower count we rely on).
 * - profile: /company/<slug>/ and its other tabs (/about/, /life/, /people/, /jobs/ …: the top card with
 *   the follower count is on every tab), /showcase/<slug>/, /school/<slug>/, /in/<slug>/ and
 *   /in/<slug>/overlay/… (a dialog over the profile page). /in/<slug>/details/… lists (no top card),
 *   /in/me/ (a redirect alias, not a slug) and /company/setup/… are not read.
 *
 * Counts: LinkedIn prints full numbers in English ("1,234 reactions", "56 comments") and compact ones in
 * some languages and places ("1,2 k"). The aria-label of the legacy counts row ("150 reactions") is read
 * first, then the visible text, both through parseCount with the page's locale. A count LinkedIn does not
 * print is null: LinkedIn hides zero counts (no "0 comments"), and ARCHITECTURE says a zero-hidden count is
 * null, never 0. Views are impressions, shown only to the post's author on the legacy analytics line.
 */
import type { PageContext, PageKind, PlatformAdapter } from '@/utils/collect/adapter';
import { parseCount, type Count } from '@/utils/counts';
import { platformOfUrl } from '@/utils/platforms';
import type { PostObservation, ProfileObservation } from '@/utils/messaging';
import {
  ACTOR_LINK,
  COMMENTARY,
  COMMENTS,
  FOLLOWERS_WORDS,
  COMMENT_REGIONS,
  EMBEDDED,
  IMPRESSIONS,
  PERMALINK,
  POST_ROOT,
  PROFILE_FOLLOWERS,
  PROFILE_NAME,
  QUOTE_BODY,
  REACTIONS,
  REPOSTS,
  SPONSORED_LABELS,
  SPONSORED_LABEL_SPOTS,
  TRACKING_SCOPE,
  URN_ATTRIBUTES,
  URN_HOLDER,
} from './selectors';

const ORIGIN = 'https://www.linkedin.com';
const TEXT_LIMIT = 280;
const sel = (list: readonly string[]): string => list.join(', ');

const ROOT_SEL = sel(POST_ROOT);
const EMBEDDED_SEL = sel(EMBEDDED);
const FOREIGN_SEL = sel([...EMBEDDED, ...COMMENT_REGIONS]);
const QUOTE_BODY_SEL = sel(QUOTE_BODY);
const URN_HOLDER_SEL = sel(URN_HOLDER);
const TRACKING_SEL = sel(TRACKING_SCOPE);
const PERMALINK_SEL = sel(PERMALINK);
const ACTOR_SEL = sel(ACTOR_LINK);
const COMMENTARY_SEL = sel(COMMENTARY);
const REACTIONS_SEL = sel(REACTIONS);
const COMMENTS_SEL = sel(COMMENTS);
const REPOSTS_SEL = sel(REPOSTS);
const IMPRESSIONS_SEL = sel(IMPRESSIONS);
const SPONSORED_SEL = sel(SPONSORED_LABEL_SPOTS);
const NAME_SEL = sel(PROFILE_NAME);
const FOLLOWERS_SEL = sel(PROFILE_FOLLOWERS);

// ── URLs ──────────────────────────────────────────────────────────────────────────────────────────

/** Path segments that are LinkedIn's own pages, never a member or company slug. */
const NOT_A_SLUG = new Set(['me', 'setup', 'edit']);

const POST_PATH = /^\/(?:feed\/update\/urn:li:(?:activity|ugcpost|share):\d+|posts\/[^/]+)\/?$/;
const FEED_PATH = /^\/feed(?:\/hashtag\/[^/]+)?\/?$/;
const COMPANY_PATH = /^\/(company|showcase|school)\/([^/]+)(?:\/([^/]+))?/;
const MEMBER_PATH = /^\/in\/([^/]+)(?:\/([^/]+))?/;

function detect(url: URL): PageKind | null {
  if (platformOfUrl(url.href) !== 'linkedin') return null;
  const path = url.pathname.toLowerCase();
  if (POST_PATH.test(path)) return path.startsWith('/posts/') && !path.includes('-activity-') && !path.includes('-ugcpost-') ? null : 'post';
  if (FEED_PATH.test(path)) return 'feed';
  const company = COMPANY_PATH.exec(path);
  if (company) {
    if (NOT_A_SLUG.has(company[2] ?? '')) return null;
    return company[3] === 'posts' ? 'feed' : 'profile';
  }
  const member = MEMBER_PATH.exec(path);
  if (member) {
    if (NOT_A_SLUG.has(member[1] ?? '')) return null;
    const tab = member[2];
    if (tab === undefined || tab === 'overlay') return 'profile';
    if (tab === 'recent-activity') return 'feed';
    return null;
  }
  return null;
}

/** The activity id of a post URL (/feed/update/urn:li:activity:<id>/, /posts/…-activity-<id>-…), or null. */
function activityIdOfUrl(url: URL): string | null {
  return /(?:urn:li:activity:|-activity-)(\d{6,25})/.exec(url.pathname)?.[1] ?? null;
}

/** A member/company slug from an actor link, lower-case, or null when it cannot be a handle. */
function handleOf(href: string | null): string | null {
  if (!href) return null;
  const match = /\/(?:in|company|showcase|school)\/([^/?#]+)/.exec(href);
  if (!match?.[1]) return null;
  let slug = match[1];
  try {
    slug = decodeURIComponent(slug);
  } catch {
    // A malformed escape: keep the raw segment, the check below decides.
  }
  slug = slug.toLowerCase();
  return slug.length <= 100 && /^[a-z0-9._-]+$/.test(slug) && !NOT_A_SLUG.has(slug) ? slug : null;
}

// ── Scoped lookups ────────────────────────────────────────────────────────────────────────────────

/** Whether `el` sits in a region of `root` that belongs to another post or to the comments. */
function isForeign(el: Element, root: Element): boolean {
  const region = el.closest(FOREIGN_SEL);
  return region !== null && region !== root && root.contains(region);
}

/** The first element matching `selector` inside `root` (or `root` itself) that is the post's own. */
function own(root: Element, selector: string): Element | null {
  if (root.matches(selector)) return root;
  const hit = root.querySelector(selector);
  if (hit === null || !isForeign(hit, root)) return hit;
  for (const el of root.querySelectorAll(selector)) if (!isForeign(el, root)) return el;
  return null;
}

/** The post's own words: not a comment, not an embedded original, not a quoted original's permalink body. */
function ownCommentary(root: Element): Element | null {
  const isOwn = (el: Element): boolean => {
    if (isForeign(el, root)) return false;
    const link = el.closest(QUOTE_BODY_SEL);
    return link === null || !root.contains(link);
  };
  const hit = root.querySelector(COMMENTARY_SEL);
  if (hit === null || isOwn(hit)) return hit;
  for (const el of root.querySelectorAll(COMMENTARY_SEL)) if (isOwn(el)) return el;
  return null;
}

// ── Post id ───────────────────────────────────────────────────────────────────────────────────────

const URN = 'urn:li:activity:';
const UPDATE_URN = `updateUrn":"${URN}`;
/** The same strings as the comma-joined bytes of a serialised Node Buffer (`"data":[117,114,…]`). */
const bytesOf = (text: string): string => `${Array.from(text, (c) => c.charCodeAt(0)).join(',')},`;
const URN_BYTES = bytesOf(URN);
const UPDATE_URN_BYTES = bytesOf(UPDATE_URN);

function digitsAt(text: string, from: number): string | null {
  let end = from;
  while (end < text.length && end - from < 25 && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
  return end - from >= 6 ? text.slice(from, end) : null;
}

/** Digits written as byte values: "55,51,54,…" → "736…", stopping at the first non-digit byte. */
function byteDigitsAt(text: string, from: number): string | null {
  let out = '';
  let at = from;
  while (out.length < 25) {
    const comma = text.indexOf(',', at);
    const code = Number(text.slice(at, comma === -1 ? text.length : comma));
    if (!(code >= 48 && code <= 57)) break;
    out += String.fromCharCode(code);
    if (comma === -1) break;
    at = comma + 1;
  }
  return out.length >= 6 ? out : null;
}

/**
 * The activity id in a `data-view-tracking-scope` value. The FeedUpdateServedEvent breadcrumb names the
 * update as `"updateUrn":"urn:li:activity:<id>"`, in plain JSON on the legacy feed (saved pages 2025-08 and
 * 2026) and as a serialised byte array on the new feed (`breadcrumb.content.data`, decoded by several 2026
 * extensions). Searched as text: no JSON.parse of a kilobyte-long byte array for every post.
 */
function idFromScope(scope: string): string | null {
  let at = scope.indexOf(UPDATE_URN);
  if (at !== -1) return digitsAt(scope, at + UPDATE_URN.length);
  at = scope.indexOf(UPDATE_URN_BYTES);
  if (at !== -1) return byteDigitsAt(scope, at + UPDATE_URN_BYTES.length);
  at = scope.indexOf(URN);
  if (at !== -1) return digitsAt(scope, at + URN.length);
  at = scope.indexOf(URN_BYTES);
  return at === -1 ? null : byteDigitsAt(scope, at + URN_BYTES.length);
}

function idFromAttributes(el: Element): string | null {
  for (const name of URN_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value?.startsWith(URN)) return digitsAt(value, URN.length);
  }
  return null;
}

/** The activity id of the post `root` shows (its own, never an embedded original's). */
function activityIdOf(root: Element, page: PageContext): string | null {
  const holder = own(root, URN_HOLDER_SEL);
  const fromAttribute = holder && idFromAttributes(holder);
  if (fromAttribute) return fromAttribute;
  const scoped = own(root, TRACKING_SEL);
  const fromScope = scoped && idFromScope(scoped.getAttribute('data-view-tracking-scope') ?? '');
  if (fromScope) return fromScope;
  // A permalink of the post itself (a timestamp link); never one wrapping an embedded original's text.
  for (const link of root.querySelectorAll(PERMALINK_SEL)) {
    if (link.parentElement && isForeign(link.parentElement, root)) continue;
    if (link.querySelector(COMMENTARY_SEL)) continue;
    const id = /(?:urn:li:activity:|-activity-)(\d{6,25})/.exec(link.getAttribute('href') ?? '')?.[1];
    if (id) return id;
  }
  // On a post page the main post may carry no id of its own: the page's address names it.
  return detect(page.url) === 'post' ? activityIdOfUrl(page.url) : null;
}

/** LinkedIn activity ids carry their creation time in the top 41 of 63 bits (platforms.md §0.5). */
function publishedAtOf(id: string): number | null {
  const ms = Number(BigInt(id) >> 22n);
  // Plausible only between LinkedIn's launch (2003) and 2100; anything else is not a time-based id.
  return ms > 1_041_379_200_000 && ms < 4_102_444_800_000 ? ms : null;
}

// ── Text ──────────────────────────────────────────────────────────────────────────────────────────

const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'BLOCKQUOTE']);
const SKIP = new Set(['BUTTON', 'SCRIPT', 'STYLE', 'TEMPLATE', 'svg', 'SVG', 'IMG']);

/** Visible words of `el`: <br> and blocks separate words, buttons ("…more") and screen-reader copies are skipped. */
function textOf(el: Element): string {
  let out = '';
  const walk = (node: Element): void => {
    for (let child = node.firstChild; child !== null && out.length < TEXT_LIMIT * 2; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const element = child as Element;
        const tag = element.tagName;
        if (tag === 'BR') out += ' ';
        else if (!SKIP.has(tag) && !element.classList.contains('visually-hidden')) {
          walk(element);
          if (BLOCK.has(tag)) out += ' ';
        }
      }
    }
  };
  walk(el);
  let text = out.replace(/\s+/g, ' ').trim();
  if (text.length > TEXT_LIMIT) {
    text = text.slice(0, TEXT_LIMIT);
    // Never end on half of a surrogate pair (an emoji cut in two).
    const last = text.charCodeAt(TEXT_LIMIT - 1);
    if (last >= 0xd800 && last <= 0xdbff) text = text.slice(0, -1);
  }
  return text;
}

// ── Counts ────────────────────────────────────────────────────────────────────────────────────────

type CountField = 'likes' | 'reposts' | 'comments' | 'views';

/** The count an element shows: its aria-label first (full numbers), then its visible text. */
function countOf(el: Element | null, locale: string): Count | null {
  if (!el) return null;
  const label = el.getAttribute('aria-label');
  return (label ? parseCount(label, locale) : null) ?? parseCount(el.textContent ?? '', locale);
}

/**
 * "Ada Lovelace and 149 others" (fr "Ada Lovelace et 149 autres personnes"): the new feed's reaction line
 * since 2026-08 names one reactor and counts the rest. The named person is one more reaction.
 */
const NAMED_AND_OTHERS = /\s(?:and|et)\s+(\d[^\s]*(?:\s\S+)?)\s+(?:others?|autres?)/i;

function reactionsOf(el: Element | null, locale: string): Count | null {
  if (!el) return null;
  const label = el.getAttribute('aria-label');
  const fromLabel = label ? parseCount(label, locale) : null;
  if (fromLabel) return fromLabel;
  const text = (el.textContent ?? '').replace(/\s+/g, ' ');
  const others = NAMED_AND_OTHERS.exec(text);
  if (others?.[1]) {
    const rest = parseCount(others[1], locale);
    if (rest) return rest.step === 1 ? { value: rest.value + 1, step: 1 } : rest;
  }
  return parseCount(text, locale);
}

function isSponsored(root: Element): boolean {
  for (const spot of root.querySelectorAll(SPONSORED_SEL)) {
    if (isForeign(spot, root)) continue;
    const label = (spot.textContent ?? '').replace(/[\s•·]+/g, ' ').trim().toLowerCase();
    if (SPONSORED_LABELS.has(label)) return true;
  }
  return false;
}

// ── Post ──────────────────────────────────────────────────────────────────────────────────────────

function extract(root: Element, page: PageContext): PostObservation | undefined {
  // The author is the actor of the post shown: on "X reposted this" cards the header names the reposter
  // and the actor block names the original's author, who owns the post (ARCHITECTURE "captured row").
  let scope: Element = root;
  let actor = own(root, ACTOR_SEL);
  if (actor === null) {
    // A plain repost whose whole body is the original's wrapper: read the original inside it.
    const embedded = root.querySelector(EMBEDDED_SEL);
    actor = embedded?.querySelector(ACTOR_SEL) ?? null;
    if (embedded && actor) scope = embedded;
  }
  const author = handleOf(actor?.getAttribute('href') ?? null);
  const postId = (scope !== root && idFromAttributes(scope)) || activityIdOf(root, page);
  if (!postId || !author) return undefined;

  const commentary = ownCommentary(scope);
  const locale = page.locale;
  const counts: Record<CountField, Count | null> = {
    likes: reactionsOf(own(root, REACTIONS_SEL), locale),
    comments: countOf(own(root, COMMENTS_SEL), locale),
    reposts: countOf(own(root, REPOSTS_SEL), locale),
    views: countOf(own(root, IMPRESSIONS_SEL), locale),
  };
  const precision: PostObservation['precision'] = {};
  for (const field of ['likes', 'reposts', 'comments', 'views'] as const) {
    const step = counts[field]?.step ?? 1;
    if (step > 1) precision[field] = step;
  }

  return {
    postId,
    url: `${ORIGIN}/feed/update/${URN}${postId}/`,
    author,
    publishedAt: publishedAtOf(postId),
    text: commentary ? textOf(commentary) : '',
    likes: counts.likes?.value ?? null,
    reposts: counts.reposts?.value ?? null,
    comments: counts.comments?.value ?? null,
    views: counts.views?.value ?? null,
    bookmarks: null,
    precision,
    sponsored: isSponsored(root),
  };
}

// ── Profile ───────────────────────────────────────────────────────────────────────────────────────

function extractProfile(doc: Document, page: PageContext): ProfileObservation | undefined {
  if (detect(page.url) !== 'profile') return undefined;
  const path = page.url.pathname.toLowerCase();
  const slug = COMPANY_PATH.exec(path)?.[2] ?? MEMBER_PATH.exec(path)?.[1];
  const handle = handleOf(`/in/${slug ?? ''}`);
  if (!handle) return undefined;

  const nameEl = doc.querySelector(NAME_SEL);
  const name = nameEl ? textOf(nameEl).slice(0, 200) : '';
  let followers: Count | null = null;
  for (const el of doc.querySelectorAll(FOLLOWERS_SEL)) {
    const text = el.textContent ?? '';
    if (!FOLLOWERS_WORDS.test(text)) continue;
    followers = parseCount(text, page.locale);
    if (followers) break;
  }
  if (!name && !followers) return undefined;
  return {
    handle,
    name,
    followers: followers?.value ?? null,
    // LinkedIn shows connections ("500+", capped by design), not a following count; posts are not counted.
    following: null,
    posts: null,
    precision: followers && followers.step > 1 ? { followers: followers.step } : {},
  };
}

export const adapter: PlatformAdapter = {
  platform: 'linkedin',
  detect,
  rootSelector: ROOT_SEL,
  extract,
  extractProfile,
};
