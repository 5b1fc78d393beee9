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
import { profileCounts } from '@/utils/collect/observed-counts';
import { collapsed, isOtherWhiteSpace } from '@/utils/collect/text';
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
  COUNTS_ROW,
  EMBEDDED,
  IMPRESSIONS,
  LAYOUT_MARKER,
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
  type Alternative,
  type ByLayout,
  type Layout,
} from './selectors';

const ORIGIN = 'https://www.linkedin.com';
const TEXT_LIMIT = 280;
const sel = (list: readonly string[]): string => list.join(', ');
/** Both generations' alternatives, for the rare paths that do not know the layout yet. */
const both = (list: ByLayout): string[] => [...list.legacy, ...list.sdui];

/**
 * A selector list, prepared for the lookups of `Scope`: each alternative is queried on its own, because
 * Chromium answers one simple selector several times faster per element than a list of them, and an
 * `{ inside, find }` alternative is queried inside its containers, because as one selector every candidate
 * would climb its ancestors to the top of the page. The first hit in document order wins, as with the list.
 */
interface Lookup {
  /** The whole list as one selector (for `matches` on one element). */
  readonly css: string;
  readonly simple: readonly string[];
  readonly scoped: readonly Scoped[];
  /** Several simple alternatives, none answered from the `data-view-name` list: see `Scope.first`. */
  readonly asList: boolean;
  /** Every alternative is a `data-view-name` hook (`namedOf`): whether the root is one is read off its own name. */
  readonly named: readonly { tag: string; name: string }[] | null;
}
interface Scoped {
  readonly inside: string;
  readonly find: string;
  readonly css: string;
  /** `find` has a combinator of its own (`li:not(…) > button`): a hit below a container is checked against `css`. */
  readonly verify: boolean;
  /**
   * `inside` is `<data-view-name hook> + tag`: its containers are the hooks' next siblings of that tag
   * (worked out once here, not with a regex per post).
   */
  readonly sibling: { readonly before: string; readonly tag: string } | null;
}

/** One `Lookup` per layout: a post runs only its own layout's (see selectors.ts, "Layout gate"). */
function lookups(alternatives: ByLayout<Alternative>): Record<Layout, Lookup> {
  return { legacy: lookup(alternatives.legacy), sdui: lookup(alternatives.sdui) };
}

function lookup(alternatives: readonly Alternative[]): Lookup {
  const simple: string[] = [];
  const scoped: Scoped[] = [];
  for (const alternative of alternatives) {
    if (typeof alternative === 'string') simple.push(alternative);
    else {
      const { inside, find } = alternative;
      const bare = find.replace(/\[[^\]]*\]|\([^)]*\)/g, '');
      const sibling = SIBLING.exec(inside);
      scoped.push({
        inside,
        find,
        css: `${inside} ${find}`,
        verify: /[\s>+~]/.test(bare),
        sibling: sibling !== null && namedOf(sibling[1]!) !== null ? { before: sibling[1]!, tag: sibling[2]! } : null,
      });
    }
  }
  const css = [...simple, ...scoped.map((s) => s.css)].join(', ');
  const asList = scoped.length === 0 && simple.length > 1 && simple.every((s) => namedOf(s) === null);
  const hooks = simple.map(namedOf);
  const named = scoped.length === 0 && hooks.length > 0 && hooks.every((h) => h !== null) ? (hooks as { tag: string; name: string }[]) : null;
  return { css, simple, scoped, asList, named };
}

/** `X + tag` (an adjacent-sibling container, see `Scope.scan`). */
const SIBLING = /^(.+) \+ ([a-z]+)$/;

/**
 * `[data-view-name="…"]` or `a[data-view-name="…"]`, the new feed's hooks: several lookups ask for one,
 * so each post lists its `data-view-name` elements once (one query) and these are answered from that list.
 */
const NAMED = /^([a-z]*)\[data-view-name="([^"\\]+)"\]$/;
const namedCache = new Map<string, { tag: string; name: string } | null>();
function namedOf(css: string): { tag: string; name: string } | null {
  let named = namedCache.get(css);
  if (named === undefined) {
    const match = NAMED.exec(css);
    named = match ? { tag: match[1]!, name: match[2]! } : null;
    namedCache.set(css, named);
  }
  return named;
}

/**
 * The root selector as one `div:is(…)` when every alternative is a div (it matches exactly the elements the
 * plain list does): Chromium then turns away the non-div elements of a feed (about 4 in 5: spans, buttons,
 * links, paragraphs) with one tag test instead of testing each of the four alternatives. Measured over
 * 1,000 posts: 3.6 → 1.3 ms for the root query alone.
 */
const ROOT_SEL = POST_ROOT.every((css) => /^div[.[]/.test(css)) ? `div:is(${POST_ROOT.map((css) => css.slice(3)).join(', ')})` : sel(POST_ROOT);
const EMBEDDED_SEL = sel(both(EMBEDDED));
const FOREIGN: ByLayout = {
  legacy: [...EMBEDDED.legacy, ...COMMENT_REGIONS.legacy],
  sdui: [...EMBEDDED.sdui, ...COMMENT_REGIONS.sdui],
};
const QUOTE_BODY_SEL: Record<Layout, string> = { legacy: sel(QUOTE_BODY.legacy), sdui: sel(QUOTE_BODY.sdui) };
const PERMALINK_SEL = sel(PERMALINK);
const ACTOR_SEL = sel(both(ACTOR_LINK));
const COMMENTARY_SEL = sel(both(COMMENTARY));
const LEGACY_MARKER_SEL = `.${LAYOUT_MARKER}`;
const COMMENTARY_Q = lookups(COMMENTARY);
const SPONSORED_Q = lookups(SPONSORED_LABEL_SPOTS);
const URN_HOLDER_Q = lookups(URN_HOLDER);
const TRACKING_Q = lookups({ legacy: TRACKING_SCOPE, sdui: TRACKING_SCOPE });
const ACTOR_Q = lookups(ACTOR_LINK);
const REACTIONS_Q = lookups(REACTIONS);
const COMMENTS_Q = lookups(COMMENTS);
const REPOSTS_Q = lookups(REPOSTS);
const IMPRESSIONS_Q = lookups(IMPRESSIONS);
const COUNTS_ROW_Q = lookups({ legacy: COUNTS_ROW, sdui: [] });
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
  // Only a segment with an escape needs decoding (most slugs are plain ASCII).
  if (slug.includes('%')) {
    try {
      slug = decodeURIComponent(slug);
    } catch {
      // A malformed escape: keep the raw segment, the check below decides.
    }
  }
  slug = slug.toLowerCase();
  return slug.length <= 100 && /^[a-z0-9._-]+$/.test(slug) && !NOT_A_SLUG.has(slug) ? slug : null;
}

// ── Scoped lookups ────────────────────────────────────────────────────────────────────────────────

/** `b.compareDocumentPosition(a) & PRECEDING`: `a` comes before `b` in the document (Node.DOCUMENT_POSITION_PRECEDING). */
const PRECEDING = 2;
const NONE: readonly Element[] = [];

/**
 * One post's subtree (or an embedded original's), with the regions inside it that are not its own.
 *
 * Speed: every lookup stays inside the subtree. The regions that belong to another post or to the
 * comments, and the quoted originals' permalinks, are listed once per post with one simple selector each
 * (most posts have none), instead of testing every hit with `closest()`, which climbs to the top of the
 * page through a list of selectors.
 */
class Scope {
  private foreign: Element[] | undefined;
  private quotes: Element[] | undefined;
  private named: { elements: NodeListOf<Element>; names: (string | null)[] } | undefined;
  private readonly containers = new Map<string, Element[]>();
  /** The root's own `data-view-name` and tag, read once (`rootMatches`). */
  private rootHook: { name: string | null; tag: string } | undefined;

  /**
   * `layout`: the post's DOM generation (`layoutOf`); only its own alternatives are looked up. `owner`: the
   * post, when this scope is a part of it (its counts row, `part`): which regions are foreign is the post's
   * question.
   */
  constructor(
    readonly root: Element,
    readonly layout: Layout,
    private readonly owner?: Scope,
  ) {}

  /** The post's own element matching `lists`, as a scope of its own for lookups that live inside it. */
  part(lists: Record<Layout, Lookup>): Scope | null {
    const el = this.own(lists);
    return el === null ? null : new Scope(el, this.layout, this);
  }

  /** The `data-view-name` elements below the root, in document order, and their names. */
  private namedElements(): { elements: NodeListOf<Element>; names: (string | null)[] } {
    if (this.named === undefined) {
      const elements = this.root.querySelectorAll('[data-view-name]');
      const names: (string | null)[] = [];
      for (let i = 0; i < elements.length; i++) names.push(elements[i]!.getAttribute('data-view-name'));
      this.named = { elements, names };
    }
    return this.named;
  }

  /** Every element below the root (not the root itself) matching the simple selector `css`, in document order. */
  private all(css: string): ArrayLike<Element> {
    const named = namedOf(css);
    // Most selectors find nothing in most posts: querySelector answers that without building a list.
    if (named === null) return this.root.querySelector(css) === null ? NONE : this.root.querySelectorAll(css);
    const { elements, names } = this.namedElements();
    const found: Element[] = [];
    for (let i = 0; i < names.length; i++) {
      if (names[i] === named.name && (named.tag === '' || elements[i]!.localName === named.tag)) found.push(elements[i]!);
    }
    return found;
  }

  /** Every element matching any of `selectors` below the root (not the root itself). */
  private below(selectors: readonly string[]): Element[] {
    const found: Element[] = [];
    for (const selector of selectors) {
      const list = this.all(selector);
      for (let i = 0; i < list.length; i++) found.push(list[i]!);
    }
    return found;
  }

  /** Whether `el` (inside the root) sits in a region below the root that belongs to another post or to the comments. */
  isForeign(el: Element): boolean {
    if (this.owner) return this.owner.isForeign(el);
    this.foreign ??= this.below(FOREIGN[this.layout]);
    for (const region of this.foreign) if (region.contains(el)) return true;
    return false;
  }

  /** Whether `el` sits in a quoted original's permalink body (the root itself included). */
  isQuoted(el: Element): boolean {
    if (this.quotes === undefined) {
      const css = QUOTE_BODY_SEL[this.layout];
      this.quotes = css === '' ? [] : this.root.matches(css) ? [this.root] : this.below(QUOTE_BODY[this.layout]);
    }
    for (const link of this.quotes) if (link.contains(el)) return true;
    return false;
  }

  /** Each element below the root (in document order) matching `alternative` until `take` returns true. */
  private scan(alternative: Scoped, take: (el: Element) => boolean): boolean {
    const { root } = this;
    // The containers come in document order, the root first if it is one; a nested container's hits are
    // also its outer one's, so the first hit taken is the first in the document.
    let containers = this.containers.get(alternative.inside);
    if (containers === undefined) {
      containers = root.matches(alternative.inside) ? [root] : [];
      const sibling = alternative.sibling;
      if (sibling !== null) {
        // `<data-view-name element> + tag`: the next sibling of each such element below the root, which is
        // what the selector matches, without a selector with a combinator run over the whole post.
        const before = this.all(sibling.before);
        for (let i = 0; i < before.length; i++) {
          const next = before[i]!.nextElementSibling;
          if (next !== null && next.localName === sibling.tag) containers.push(next);
        }
      } else {
        // All of them are needed, and containers (counts row, actor lines) are usually there: one
        // querySelectorAll, not the querySelector-then-querySelectorAll of `all` (two scans when present).
        const below = namedOf(alternative.inside) === null ? root.querySelectorAll(alternative.inside) : this.all(alternative.inside);
        for (let i = 0; i < below.length; i++) containers.push(below[i]!);
      }
      this.containers.set(alternative.inside, containers);
    }
    for (const container of containers) {
      const hits = container.querySelectorAll(alternative.find);
      for (let i = 0; i < hits.length; i++) {
        const el = hits[i]!;
        if ((!alternative.verify || el.matches(alternative.css)) && take(el)) return true;
      }
    }
    return false;
  }

  /** The first element below the root matching the simple selector `css` that `accept` takes. */
  private firstHit(css: string, accept: (el: Element) => boolean): Element | null {
    if (namedOf(css) !== null) {
      const hits = this.all(css);
      for (let i = 0; i < hits.length; i++) if (accept(hits[i]!)) return hits[i]!;
      return null;
    }
    // Usually the first hit is the post's own: querySelector stops there.
    const hit = this.root.querySelector(css);
    if (hit === null || accept(hit)) return hit;
    const hits = this.root.querySelectorAll(css);
    for (let i = 0; i < hits.length; i++) if (accept(hits[i]!)) return hits[i]!;
    return null;
  }

  /** The first element below the root, in document order, matching `lists` (this layout's) that `accept` takes. */
  first(lists: Record<Layout, Lookup>, accept: (el: Element) => boolean): Element | null {
    const list = lists[this.layout];
    // Legacy actor, URN holder and commentary: all their alternatives are near the top of the post and one
    // is nearly always there. As one selector list, querySelector stops at the first hit in document order
    // (the answer, when it is the post's own) after a short stretch; each alternative on its own would scan
    // to its own first hit, and the whole post for an alternative this post lacks.
    if (list.asList) return this.firstHit(list.css, accept);
    let best: Element | null = null;
    const better = (hit: Element | null): void => {
      if (hit !== null && hit !== best && (best === null || best.compareDocumentPosition(hit) & PRECEDING)) best = hit;
    };
    for (const css of list.simple) better(this.firstHit(css, accept));
    for (const alternative of list.scoped) {
      let hit: Element | null = null;
      this.scan(alternative, (el) => accept(el) && (hit = el) !== null);
      better(hit);
    }
    return best;
  }

  /** Whether an element below the root matching `list` passes `test`. */
  some(lists: Record<Layout, Lookup>, test: (el: Element) => boolean): boolean {
    const list = lists[this.layout];
    for (const css of list.simple) {
      const hits = this.all(css);
      for (let i = 0; i < hits.length; i++) if (test(hits[i]!)) return true;
    }
    for (const alternative of list.scoped) if (this.scan(alternative, test)) return true;
    return false;
  }

  /**
   * Whether the root itself matches `list`. The new feed's lookups are `data-view-name` hooks, and a post
   * asks this for four of them: the root's name is read once and compared, instead of one `matches` call
   * into the DOM per lookup.
   */
  private rootMatches(list: Lookup): boolean {
    if (list.named === null) return this.root.matches(list.css);
    this.rootHook ??= { name: this.root.getAttribute('data-view-name'), tag: this.root.localName };
    const { name, tag } = this.rootHook;
    return name !== null && list.named.some((hook) => hook.name === name && (hook.tag === '' || hook.tag === tag));
  }

  /** The first element matching `list` inside the root (or the root itself) that is the post's own. */
  own(lists: Record<Layout, Lookup>): Element | null {
    const list = lists[this.layout];
    if (list.css === '') return null;
    if (this.rootMatches(list)) return this.root;
    return this.first(lists, (el) => !this.isForeign(el));
  }

  /** The post's own words: not a comment, not an embedded original, not a quoted original's permalink body. */
  commentary(): Element | null {
    return this.first(COMMENTARY_Q, (el) => !this.isForeign(el) && !this.isQuoted(el));
  }
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
    const end = comma === -1 ? text.length : comma;
    // A digit's byte is written "48"…"57": two digit characters are read in place, without a slice and
    // Number() per byte; anything else (spaces, other lengths) still goes through Number().
    const high = text.charCodeAt(at) - 48;
    const low = text.charCodeAt(at + 1) - 48;
    const code = end - at === 2 && high >= 0 && high <= 9 && low >= 0 && low <= 9 ? high * 10 + low : Number(text.slice(at, end));
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
function activityIdOf(post: Scope, page: PageContext): string | null {
  const root = post.root;
  // The root's own attributes first (a `div[data-id]` wrapper, in either layout), then the legacy holders
  // below it: the same first answer as looking the holders up with the root included.
  const fromRoot = idFromAttributes(root);
  if (fromRoot) return fromRoot;
  const holder = post.own(URN_HOLDER_Q);
  const fromAttribute = holder && idFromAttributes(holder);
  if (fromAttribute) return fromAttribute;
  const scoped = post.own(TRACKING_Q);
  const fromScope = scoped && idFromScope(scoped.getAttribute('data-view-tracking-scope') ?? '');
  if (fromScope) return fromScope;
  // A permalink of the post itself (a timestamp link); never one wrapping an embedded original's text.
  for (const link of root.querySelectorAll(PERMALINK_SEL)) {
    if (link.parentElement && post.isForeign(link.parentElement)) continue;
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

/**
 * `.visually-hidden`: the class attribute is read as one string (one call into the DOM, not `classList`
 * then `contains`); the token test runs only on the rare element whose classes mention the name.
 */
function isScreenReaderCopy(el: Element): boolean {
  return el.getAttribute('class')?.includes('visually-hidden') === true && el.classList.contains('visually-hidden');
}

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
        else if (!SKIP.has(tag) && !isScreenReaderCopy(element)) {
          walk(element);
          if (BLOCK.has(tag)) out += ' ';
        }
      }
    }
  };
  walk(el);
  // Collapsed only when there is white space to collapse (a scan; the regex copies the text every time).
  let text = collapsed(out).trim();
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

/**
 * A spot's text when it is one word between separators (spaces, "•", "·"). Every label is one word, so this
 * is the label the spot shows, if any: the same answer as collapsing the separators and trimming, without
 * building a new string for every name and headline line.
 */
function isSeparator(code: number): boolean {
  return code === 32 || code === 0x2022 /* • */ || code === 0xb7 /* · */ || isOtherWhiteSpace(code);
}

/**
 * What `/^[\s•·]*([^\s•·]+)[\s•·]*$/` captures, by a scan of char codes: several spots per post are
 * names and headlines of several words, which the scan turns away at the second word without a regex.
 */
function oneWord(text: string): string | undefined {
  const n = text.length;
  let start = 0;
  while (start < n && isSeparator(text.charCodeAt(start))) start++;
  let end = start;
  while (end < n && !isSeparator(text.charCodeAt(end))) end++;
  if (end === start) return undefined;
  for (let i = end; i < n; i++) if (!isSeparator(text.charCodeAt(i))) return undefined;
  return text.slice(start, end);
}

function isSponsored(post: Scope): boolean {
  // The label is compared first: most spots are names and headlines, and then no region check is needed.
  return post.some(SPONSORED_Q, (spot) => {
    const word = oneWord(spot.textContent ?? '');
    return word !== undefined && SPONSORED_LABELS.has(word.toLowerCase()) && !post.isForeign(spot);
  });
}

// ── Post ──────────────────────────────────────────────────────────────────────────────────────────

/**
 * The layout gate: which DOM generation a post is, decided once per post so that only that generation's
 * lookups run. A post is legacy when it is or contains the Ember update element `.feed-shared-update-v2`
 * (LAYOUT_MARKER: near the top of a legacy post, so the lookup stops early; the new feed's hashed classes
 * never include it), otherwise it is the server-driven layout. LinkedIn does not serve a post mixing both.
 */
function layoutOf(root: Element): Layout {
  return root.classList.contains(LAYOUT_MARKER) || root.querySelector(LEGACY_MARKER_SEL) !== null ? 'legacy' : 'sdui';
}

function extract(root: Element, page: PageContext): PostObservation | undefined {
  // The author is the actor of the post shown: on "X reposted this" cards the header names the reposter
  // and the actor block names the original's author, who owns the post (ARCHITECTURE "captured row").
  const post = new Scope(root, layoutOf(root));
  let scope = post;
  let actor = post.own(ACTOR_Q);
  if (actor === null) {
    // A plain repost whose whole body is the original's wrapper: read the original inside it.
    const embedded = root.querySelector(EMBEDDED_SEL);
    actor = embedded?.querySelector(ACTOR_SEL) ?? null;
    if (embedded && actor) scope = new Scope(embedded, post.layout);
  }
  const author = handleOf(actor?.getAttribute('href') ?? null);
  const postId = (scope !== post && idFromAttributes(scope.root)) || activityIdOf(post, page);
  if (!postId || !author) return undefined;

  const commentary = scope.commentary();
  const locale = page.locale;
  // Legacy counts are looked up inside the post's own counts row (COUNTS_ROW): one walk of the post to
  // find it, then walks of a dozen elements, instead of a walk of the post per alternative. A post with no
  // row (hidden counts, or a row LinkedIn has renamed) is searched whole, as before.
  const row = (post.layout === 'legacy' && post.part(COUNTS_ROW_Q)) || post;
  const counts: Record<CountField, Count | null> = {
    likes: reactionsOf(row.own(REACTIONS_Q), locale),
    comments: countOf(row.own(COMMENTS_Q), locale),
    reposts: countOf(row.own(REPOSTS_Q), locale),
    // Impressions are on the analytics line, outside the row.
    views: countOf(post.own(IMPRESSIONS_Q), locale),
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
    sponsored: isSponsored(post),
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
    // LinkedIn shows connections ("500+", capped by design), not a following count; posts are not counted.
    ...profileCounts({ followers }),
  };
}

export const adapter: PlatformAdapter = {
  platform: 'linkedin',
  detect,
  rootSelector: ROOT_SEL,
  extract,
  extractProfile,
};
