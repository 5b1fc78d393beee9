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
 *
 * Speed (docs/collectors.md "Speed"): a post is read with few DOM calls, each as cheap as it can be. Every
 * querySelector costs a fixed ~0.1 µs plus a walk over the post (~60 elements on the legacy feed) unless it
 * stops early, so the lookups are arranged to stop early (`querySelector` before `querySelectorAll`), to walk
 * small subtrees (the counts row, the actor block) and not to repeat a walk (the `data-view-name` list and
 * containers are read once per post). No regex, closure or throwaway object runs per post where a scan by
 * char codes or a module-level function does.
 */
import { profileCounts } from '@/utils/collect/observed-counts';
import type { PageContext, PageKind, PlatformAdapter } from '@/utils/collect/adapter';
import { parseCount, type Count } from '@/utils/counts';
import { platformOfUrl } from '@/utils/platforms';
import type { PostObservation, ProfileObservation } from '@/utils/messaging';
import {
  ACTOR_LINK,
  COMMENTARY,
  COMMENTS,
  COUNTS_ROW,
  FOLLOWERS_WORDS,
  COMMENT_REGIONS,
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

// ── Prepared selectors ────────────────────────────────────────────────────────────────────────────

/** A `data-view-name` hook: `[data-view-name="…"]` or `tag[data-view-name="…"]` (tag '' for any). */
interface Hook {
  readonly tag: string;
  readonly name: string;
}

/** A simple selector (no combinator), with what is known of it without asking the DOM. */
interface Simple {
  readonly css: string;
  /** The tag a match must have ('' for any): an element of another tag is not asked to match. */
  readonly tag: string;
  /** The class when the selector is one class (`.x`): the root's class attribute answers it. */
  readonly className: string | null;
  /** The `data-view-name` hook it is, if any: answered from the post's one list of named elements. */
  readonly hook: Hook | null;
}

/** `find` below each element matching `inside` (the selector `inside find`). */
interface Scoped {
  readonly inside: Simple;
  readonly find: string;
  readonly css: string;
  /** The tag the rightmost compound of `find` names ('' for none). */
  readonly findTag: string;
  /** `find` has a combinator of its own (`li:not(…) > button`): a hit below a container is checked against `css`. */
  readonly verify: boolean;
  /** `inside` is `<data-view-name hook> + tag`: its containers are read off the hooks' next siblings. */
  readonly sibling: { readonly before: string; readonly tag: string } | null;
  /** `find` is `tag[attribute*="word" i]`: matched in JS against the container's labels, read once (see `Scope.labelsIn`). */
  readonly labelled: Labelled | null;
}

/** `tag[attribute*="word" i]`: a `tag` element whose `attribute` holds `word`, ASCII case ignored (`word` lower-case). */
interface Labelled {
  readonly tag: string;
  readonly attribute: string;
  readonly word: string;
}

/**
 * A selector list, prepared for the lookups of `Scope`: each alternative is queried on its own, because
 * Chromium answers one simple selector several times faster per element than a list of them, and an
 * `{ inside, find }` alternative is queried inside its containers, because as one selector every candidate
 * would climb its ancestors to the top of the page. The first hit in document order wins, as with the list.
 */
interface Lookup {
  /** The whole list as one selector (a list query, see `asList`). */
  readonly css: string;
  readonly simple: readonly Simple[];
  readonly scoped: readonly Scoped[];
  /** Queried as one list (`lookup`, `nearTop`). */
  readonly asList: boolean;
}

/** `X + tag` (an adjacent-sibling container, see `Scope.containersOf`). */
const SIBLING = /^(.+) \+ ([a-z]+)$/;
const ONE_CLASS = /^\.([\w-]+)$/;
const LABELLED = /^([a-z][a-z0-9-]*)\[([a-z][a-z-]*)\*="([^"\\]+)" i\]$/;
const NAMED = /^([a-z]*)\[data-view-name="([^"\\]+)"\]$/;

/**
 * `[data-view-name="…"]` or `a[data-view-name="…"]`, the new feed's hooks: several lookups ask for one,
 * so each post lists its `data-view-name` elements once (one query) and these are answered from that list.
 */
const namedCache = new Map<string, Hook | null>();
function namedOf(css: string): Hook | null {
  let named = namedCache.get(css);
  if (named === undefined) {
    const match = NAMED.exec(css);
    named = match ? { tag: match[1]!, name: match[2]! } : null;
    namedCache.set(css, named);
  }
  return named;
}

/**
 * The type selector of the last compound of `css` (`a.x` → "a", `.x button[aria-label*="a b"]` → "button",
 * `li:not(.x) > button` → "button"), or '' when it names none. Brackets, parentheses and quotes are skipped.
 */
function tagOf(css: string): string {
  let depth = 0;
  let quote = '';
  let last = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css.charAt(i);
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (depth === 0 && (c === ' ' || c === '>' || c === '+' || c === '~')) last = i + 1;
  }
  return /^[a-z][a-z0-9-]*/.exec(css.slice(last))?.[0] ?? '';
}

function simpleOf(css: string): Simple {
  return { css, tag: tagOf(css), className: ONE_CLASS.exec(css)?.[1] ?? null, hook: namedOf(css) };
}

/** ASCII upper case to lower case, nothing else (what the `i` flag of an attribute selector ignores). */
function asciiLower(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : text.charAt(i);
  }
  return out;
}

function labelledOf(find: string): Labelled | null {
  const match = LABELLED.exec(find);
  return match ? { tag: match[1]!, attribute: match[2]!, word: asciiLower(match[3]!) } : null;
}

/** Whether `value` holds `word` (lower-case) with ASCII case ignored: `[attribute*="word" i]`. */
function holdsWord(value: string, word: string): boolean {
  const last = value.length - word.length;
  for (let at = 0; at <= last; at++) {
    let i = 0;
    while (i < word.length) {
      const c = value.charCodeAt(at + i);
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(i)) break;
      i++;
    }
    if (i === word.length) return true;
  }
  return false;
}

/**
 * `nearTop`: the lookup's answer sits near the top of the post (the actor link, the URN holder). Its
 * alternatives are then queried as one list: querySelector stops at the first hit in document order after a
 * short stretch, where each alternative on its own would scan to its own first hit, and the whole post for an
 * alternative the post lacks. Further down (the commentary, a third of the way in) a list's per-element cost
 * outweighs that: one single-class query each is ~3× faster there.
 */
function lookup(alternatives: readonly Alternative[], nearTop = false): Lookup {
  const simple: Simple[] = [];
  const scoped: Scoped[] = [];
  for (const alternative of alternatives) {
    if (typeof alternative === 'string') simple.push(simpleOf(alternative));
    else {
      const { inside, find } = alternative;
      const bare = find.replace(/\[[^\]]*\]|\([^)]*\)/g, '');
      const sibling = SIBLING.exec(inside);
      scoped.push({
        inside: simpleOf(inside),
        find,
        css: `${inside} ${find}`,
        findTag: tagOf(find),
        verify: /[\s>+~]/.test(bare),
        sibling: sibling !== null && namedOf(sibling[1]!) !== null ? { before: sibling[1]!, tag: sibling[2]! } : null,
        labelled: labelledOf(find),
      });
    }
  }
  const css = [...simple.map((s) => s.css), ...scoped.map((s) => s.css)].join(', ');
  const asList = nearTop && scoped.length === 0 && simple.length > 1 && simple.every((s) => s.hook === null);
  return { css, simple, scoped, asList };
}

/** One `Lookup` per layout: a post runs only its own layout's (see selectors.ts, "Layout gate"). */
function lookups(alternatives: ByLayout<Alternative>, nearTop = false): Record<Layout, Lookup> {
  return { legacy: lookup(alternatives.legacy, nearTop), sdui: lookup(alternatives.sdui, nearTop) };
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
const COUNTS_ROW_Q: Record<Layout, readonly Simple[]> = { legacy: COUNTS_ROW.legacy.map(simpleOf), sdui: COUNTS_ROW.sdui.map(simpleOf) };
const PERMALINK_SEL = sel(PERMALINK);
const ACTOR_SEL = sel(both(ACTOR_LINK));
const COMMENTARY_SEL = sel(both(COMMENTARY));
const LEGACY_MARKER_SEL = `.${LAYOUT_MARKER}`;
const COMMENTARY_Q = lookups(COMMENTARY);
const SPONSORED_Q = lookups(SPONSORED_LABEL_SPOTS);
const URN_HOLDER_Q = lookups(URN_HOLDER, true);
const TRACKING_Q = lookups({ legacy: TRACKING_SCOPE, sdui: TRACKING_SCOPE });
const ACTOR_Q = lookups(ACTOR_LINK, true);
const REACTIONS_Q = lookups(REACTIONS);
const COMMENTS_Q = lookups(COMMENTS);
const REPOSTS_Q = lookups(REPOSTS);
const IMPRESSIONS_Q = lookups(IMPRESSIONS);
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

/** The path prefixes an actor link names its owner under: /in/<slug>, /company/<slug>, … */
const ACTOR_PATHS = ['in/', 'company/', 'showcase/', 'school/'] as const;

/**
 * The segment after the first "/in/", "/company/", "/showcase/" or "/school/" of `href` that has one (up to
 * "/", "?" or "#"), or null: what `/\/(?:in|company|showcase|school)\/([^/?#]+)/` captures, found with
 * indexOf over the link's few slashes (a regex per post cost more than the rest of the handle).
 */
function slugOf(href: string): string | null {
  for (let slash = href.indexOf('/'); slash !== -1; slash = href.indexOf('/', slash + 1)) {
    for (const prefix of ACTOR_PATHS) {
      if (!href.startsWith(prefix, slash + 1)) continue;
      const start = slash + 1 + prefix.length;
      let end = start;
      while (end < href.length) {
        const c = href.charCodeAt(end);
        if (c === 47 || c === 63 || c === 35) break; // / ? #
        end++;
      }
      if (end > start) return href.slice(start, end);
    }
  }
  return null;
}

/** Whether `slug` is only a-z, 0-9, ".", "_" and "-" (and not empty). */
function isSlug(slug: string): boolean {
  if (slug.length === 0) return false;
  for (let i = 0; i < slug.length; i++) {
    const c = slug.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 45)) return false;
  }
  return true;
}

/** A member/company slug from an actor link, lower-case, or null when it cannot be a handle. */
function handleOf(href: string | null): string | null {
  if (!href) return null;
  let slug = slugOf(href);
  if (slug === null) return null;
  // Only a segment with an escape needs decoding (most slugs are plain ASCII).
  if (slug.includes('%')) {
    try {
      slug = decodeURIComponent(slug);
    } catch {
      // A malformed escape: keep the raw segment, the check below decides.
    }
  }
  slug = slug.toLowerCase();
  return slug.length <= 100 && isSlug(slug) && !NOT_A_SLUG.has(slug) ? slug : null;
}

// ── Scoped lookups ────────────────────────────────────────────────────────────────────────────────

/** `b.compareDocumentPosition(a) & PRECEDING`: `a` comes before `b` in the document (Node.DOCUMENT_POSITION_PRECEDING). */
const PRECEDING = 2;
const NONE: readonly Element[] = [];

/** Which hits a lookup takes: the post's own (not in a foreign region), or its own words (also not a quoted original's body). */
const enum Accept {
  Own,
  OwnText,
}

/**
 * A test run on the spots of a `someInOwnBlock` lookup, given the post, and a cheaper one a container must
 * pass before its spots are read (module-level functions: no closure per post).
 */
interface SpotTest {
  readonly container: (container: Element) => boolean;
  readonly spot: (spot: Element, post: Scope) => boolean;
}

/**
 * One post's subtree (or an embedded original's, or a part of the post such as its counts row), with the
 * regions inside it that are not its own.
 *
 * Speed: every lookup stays inside the subtree. The regions that belong to another post or to the
 * comments, and the quoted originals' permalinks, are listed once per post with one simple selector each
 * (most posts have none), instead of testing every hit with `closest()`, which climbs to the top of the
 * page through a list of selectors. Which hits a lookup takes is an `Accept` value, not a closure per post.
 */
class Scope {
  private foreign: Element[] | undefined;
  private quotes: Element[] | undefined;
  private named: Map<string, Element[]> | undefined;
  private containers: Map<string, readonly Element[]> | undefined;
  private labels: { container: Element; tag: string; attribute: string; elements: NodeListOf<Element>; values: (string | null)[] }[] | undefined;
  /** The root's tag; its class attribute and `data-view-name`, each read once when a lookup first needs it. */
  private readonly rootTag: string;
  private rootClass: string | undefined;
  private rootName: string | null | undefined;

  /**
   * `layout`: the post's DOM generation (`layoutOf`); only its own alternatives are looked up. `owner`: the
   * post, when this scope is a part of it (its counts row): which regions are foreign is the post's question.
   */
  constructor(
    readonly root: Element,
    readonly layout: Layout,
    private readonly owner?: Scope,
  ) {
    this.rootTag = root.localName;
  }

  // The root itself ────────────────────────────────────────────────────────────────────────────

  /**
   * Whether the root matches the simple selector `simple`, with as few DOM calls as it takes: none when the
   * tag differs (count buttons and actor links are never the div a post root is), the class attribute read
   * once for the one-class selectors several lookups ask about, the root's own name for a hook.
   */
  private rootIs(simple: Simple): boolean {
    if (simple.tag !== '' && simple.tag !== this.rootTag) return false;
    if (simple.className !== null) {
      this.rootClass ??= this.root.getAttribute('class') ?? '';
      // The token test runs only when the attribute mentions the name at all.
      return this.rootClass.includes(simple.className) && this.root.classList.contains(simple.className);
    }
    if (simple.hook !== null) {
      if (this.rootName === undefined) this.rootName = this.root.getAttribute('data-view-name');
      return this.rootName === simple.hook.name;
    }
    return this.root.matches(simple.css);
  }

  /**
   * Whether the root itself matches `list`: the alternatives `rootIs` answers without a selector first, then
   * one `matches` of the whole list if any other alternative could match the root's tag.
   */
  private rootMatches(list: Lookup): boolean {
    let ask = false;
    for (const simple of list.simple) {
      if (simple.tag !== '' && simple.tag !== this.rootTag) continue;
      if (simple.className === null && simple.hook === null) ask = true;
      else if (this.rootIs(simple)) return true;
    }
    for (const alternative of list.scoped) if (alternative.findTag === '' || alternative.findTag === this.rootTag) ask = true;
    return ask && this.root.matches(list.css);
  }

  // Below the root ─────────────────────────────────────────────────────────────────────────────

  /** The `data-view-name` elements below the root by name, each list in document order: one query per post. */
  private namedElements(): Map<string, Element[]> {
    if (this.named === undefined) {
      this.named = new Map();
      const elements = this.root.querySelectorAll('[data-view-name]');
      for (let i = 0; i < elements.length; i++) {
        const el = elements[i]!;
        const name = el.getAttribute('data-view-name')!;
        const list = this.named.get(name);
        if (list === undefined) this.named.set(name, [el]);
        else list.push(el);
      }
    }
    return this.named;
  }

  /** Every element below the root (not the root itself) matching the simple selector `css`, in document order. */
  private all(css: string): ArrayLike<Element> {
    const hook = namedOf(css);
    // Most selectors find nothing in most posts: querySelector answers that without building a list.
    if (hook === null) return this.root.querySelector(css) === null ? NONE : this.root.querySelectorAll(css);
    const named = this.namedElements().get(hook.name);
    if (named === undefined) return NONE;
    return hook.tag === '' ? named : named.filter((el) => el.localName === hook.tag);
  }

  /** The first element below the root matching the simple selector `css`. */
  private firstBelow(css: string): Element | null {
    if (namedOf(css) === null) return this.root.querySelector(css);
    const found = this.all(css);
    return found.length === 0 ? null : found[0]!;
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

  // Regions that are not the post's ───────────────────────────────────────────────────────────

  /** Whether `el` (inside the root) sits in a region below the root that belongs to another post or to the comments. */
  isForeign(el: Element): boolean {
    if (this.owner !== undefined) return this.owner.isForeign(el);
    this.foreign ??= this.below(FOREIGN[this.layout]);
    for (const region of this.foreign) if (region.contains(el)) return true;
    return false;
  }

  /** Whether `el` sits in a quoted original's permalink body (the root itself included). */
  private isQuoted(el: Element): boolean {
    if (this.owner !== undefined) return this.owner.isQuoted(el);
    if (this.quotes === undefined) {
      const css = QUOTE_BODY_SEL[this.layout];
      this.quotes = css === '' ? [] : this.root.matches(css) ? [this.root] : this.below(QUOTE_BODY[this.layout]);
    }
    for (const link of this.quotes) if (link.contains(el)) return true;
    return false;
  }

  private accepts(el: Element, accept: Accept): boolean {
    return !this.isForeign(el) && (accept === Accept.Own || !this.isQuoted(el));
  }

  // Containers of `{ inside, find }` alternatives ────────────────────────────────────────────────

  /**
   * The elements matching a scoped alternative's `inside` at or below the root, in document order, read once
   * per post (several lookups share the counts row). When the root is one, it alone: every other container
   * is inside it, and its hits are the root's too.
   */
  private containersOf(alternative: Scoped): readonly Element[] {
    this.containers ??= new Map();
    let containers = this.containers.get(alternative.inside.css);
    if (containers !== undefined) return containers;
    if (this.rootIs(alternative.inside)) containers = [this.root];
    else if (alternative.sibling !== null) {
      // `<data-view-name element> + tag`: the next sibling of each such element below the root, which is
      // what the selector matches, without a selector with a combinator run over the whole post.
      const found: Element[] = [];
      const before = this.all(alternative.sibling.before);
      for (let i = 0; i < before.length; i++) {
        const next = before[i]!.nextElementSibling;
        if (next !== null && next.localName === alternative.sibling.tag) found.push(next);
      }
      containers = found;
    } else {
      const below = alternative.inside.hook === null ? this.root.querySelectorAll(alternative.inside.css) : this.all(alternative.inside.css);
      containers = below.length === 0 ? NONE : Array.from(below);
    }
    this.containers.set(alternative.inside.css, containers);
    return containers;
  }

  /** The first container of a scoped alternative: one querySelector, which stops there, unless the list is read anyway. */
  private firstContainer(alternative: Scoped): Element | null {
    if (this.containers?.has(alternative.inside.css) === true || alternative.sibling !== null || this.rootIs(alternative.inside)) {
      return this.containersOf(alternative)[0] ?? null;
    }
    return this.firstBelow(alternative.inside.css);
  }

  /**
   * The elements `tag` below `container` and their `attribute`, read once per scope: the counts row's three
   * `button[aria-label*="…" i]` alternatives are matched against the same few buttons. Chromium folds the
   * case of every label for each such selector; one list and a JS comparison cost a third of that.
   */
  private labelsIn(container: Element, labelled: Labelled): { elements: NodeListOf<Element>; values: (string | null)[] } {
    this.labels ??= [];
    for (const cached of this.labels) {
      if (cached.container === container && cached.tag === labelled.tag && cached.attribute === labelled.attribute) return cached;
    }
    const elements = container.querySelectorAll(labelled.tag);
    const values: (string | null)[] = [];
    for (let i = 0; i < elements.length; i++) values.push(elements[i]!.getAttribute(labelled.attribute));
    const read = { container, tag: labelled.tag, attribute: labelled.attribute, elements, values };
    this.labels.push(read);
    return read;
  }

  /** The first hit of `alternative` below `container` that `accept` takes. */
  private firstIn(container: Element, alternative: Scoped, accept: Accept): Element | null {
    if (alternative.labelled !== null) {
      const { elements, values } = this.labelsIn(container, alternative.labelled);
      for (let i = 0; i < values.length; i++) {
        const value = values[i] ?? null;
        if (value !== null && holdsWord(value, alternative.labelled.word) && this.accepts(elements[i]!, accept)) return elements[i]!;
      }
      return null;
    }
    // Usually the first hit is taken: querySelector stops there.
    const hit = container.querySelector(alternative.find);
    if (hit === null) return null;
    if ((!alternative.verify || hit.matches(alternative.css)) && this.accepts(hit, accept)) return hit;
    const hits = container.querySelectorAll(alternative.find);
    for (let i = 1; i < hits.length; i++) {
      const el = hits[i]!;
      if ((!alternative.verify || el.matches(alternative.css)) && this.accepts(el, accept)) return el;
    }
    return null;
  }

  /**
   * The first hit of a scoped alternative that `accept` takes. Containers come in document order and a nested
   * container's hits are also its outer one's, so the first container holding a taken hit holds the first
   * one: the first container is searched first, and the others are listed only when it has none.
   */
  private firstScoped(alternative: Scoped, accept: Accept): Element | null {
    const first = this.firstContainer(alternative);
    if (first === null) return null;
    const hit = this.firstIn(first, alternative, accept);
    if (hit !== null) return hit;
    for (const container of this.containersOf(alternative)) {
      if (first.contains(container)) continue;
      const later = this.firstIn(container, alternative, accept);
      if (later !== null) return later;
    }
    return null;
  }

  /**
   * The first container of a scoped alternative that is not in a foreign region (usually the first one: the
   * list is read only when that one is foreign).
   */
  private ownContainer(alternative: Scoped): Element | null {
    const first = this.firstContainer(alternative);
    if (first === null || !this.isForeign(first)) return first;
    for (const container of this.containersOf(alternative)) if (!this.isForeign(container)) return container;
    return null;
  }

  // Lookups ────────────────────────────────────────────────────────────────────────────────────

  /** The first element below the root matching the simple selector `simple` that `accept` takes. */
  private firstHit(simple: Simple, accept: Accept): Element | null {
    if (simple.hook !== null) {
      const hits = this.all(simple.css);
      for (let i = 0; i < hits.length; i++) if (this.accepts(hits[i]!, accept)) return hits[i]!;
      return null;
    }
    return this.firstHitOf(simple.css, accept);
  }

  /** The first element below the root matching `css` (a selector or a list) that `accept` takes. */
  private firstHitOf(css: string, accept: Accept): Element | null {
    // Usually the first hit is the post's own: querySelector stops there.
    const hit = this.root.querySelector(css);
    if (hit === null || this.accepts(hit, accept)) return hit;
    const hits = this.root.querySelectorAll(css);
    for (let i = 0; i < hits.length; i++) if (this.accepts(hits[i]!, accept)) return hits[i]!;
    return null;
  }

  /** The first element below the root, in document order, matching `lists` (this layout's) that `accept` takes. */
  first(lists: Record<Layout, Lookup>, accept: Accept): Element | null {
    const list = lists[this.layout];
    if (list.asList) return this.firstHitOf(list.css, accept);
    let best: Element | null = null;
    for (const simple of list.simple) best = earlier(best, this.firstHit(simple, accept));
    for (const alternative of list.scoped) best = earlier(best, this.firstScoped(alternative, accept));
    return best;
  }

  /** The first element matching `list` inside the root (or the root itself) that is the post's own. */
  own(lists: Record<Layout, Lookup>): Element | null {
    const list = lists[this.layout];
    if (list.css === '') return null;
    if (this.rootMatches(list)) return this.root;
    return this.first(lists, Accept.Own);
  }

  /** The post's own words: not a comment, not an embedded original, not a quoted original's permalink body. */
  commentary(): Element | null {
    return this.first(COMMENTARY_Q, Accept.OwnText);
  }

  /**
   * Whether a spot of the post's own block passes `test`: every hit of a simple alternative, and the hits of
   * each scoped alternative in its first container that is not foreign (SPONSORED_LABEL_SPOTS: a post has one
   * actor block of its own; the containers after it are other posts' actors).
   */
  someInOwnBlock(lists: Record<Layout, Lookup>, test: SpotTest): boolean {
    const list = lists[this.layout];
    for (const simple of list.simple) {
      const hits = this.all(simple.css);
      for (let i = 0; i < hits.length; i++) if (test.spot(hits[i]!, this)) return true;
    }
    for (const alternative of list.scoped) {
      const container = this.ownContainer(alternative);
      if (container === null || !test.container(container)) continue;
      const hits = container.querySelectorAll(alternative.find);
      for (let i = 0; i < hits.length; i++) {
        const el = hits[i]!;
        if ((!alternative.verify || el.matches(alternative.css)) && test.spot(el, this)) return true;
      }
    }
    return false;
  }

  /**
   * Where the counts are read (COUNTS_ROW): the post's own counts row of each row alternative (the root if it
   * is one, else the first below it that is not foreign), or the post itself when its layout names no row.
   */
  countScopes(): readonly Scope[] {
    const rows = COUNTS_ROW_Q[this.layout];
    if (rows.length === 0) return [this];
    const scopes: Scope[] = [];
    for (const row of rows) {
      let own = this.rootIs(row) ? this.root : this.firstBelow(row.css);
      if (own !== null && this.isForeign(own)) {
        own = null;
        const all = this.all(row.css);
        for (let i = 0; i < all.length && own === null; i++) if (!this.isForeign(all[i]!)) own = all[i]!;
      }
      if (own !== null) scopes.push(own === this.root ? this : new Scope(own, this.layout, this));
    }
    return scopes;
  }
}

/** Whichever of two elements comes first in the document (either may be null). */
function earlier(best: Element | null, hit: Element | null): Element | null {
  if (hit === null || hit === best) return best;
  return best === null || best.compareDocumentPosition(hit) & PRECEDING ? hit : best;
}

/** The first element of `lists` the post owns in `scopes` (its counts rows), in the order given. */
function ownIn(scopes: readonly Scope[], lists: Record<Layout, Lookup>): Element | null {
  for (const scope of scopes) {
    const hit = scope.own(lists);
    if (hit !== null) return hit;
  }
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

/** 2²²: LinkedIn activity ids carry their creation time in the top 41 of 63 bits (platforms.md §0.5). */
const TIME_SHIFT = 4_194_304;

/**
 * `id >> 22` by long division of the decimal digits: a BigInt per post cost more than the rest of the id
 * work. Exact while the quotient fits in 53 bits; a larger one (a 20-digit id and up) is far beyond 2100 and
 * fails the plausibility check either way.
 */
function creationTimeOf(id: string): number {
  let quotient = 0;
  let rest = 0;
  for (let i = 0; i < id.length; i++) {
    rest = rest * 10 + id.charCodeAt(i) - 48;
    const digit = Math.floor(rest / TIME_SHIFT);
    rest -= digit * TIME_SHIFT;
    quotient = quotient * 10 + digit;
  }
  return quotient;
}

function publishedAtOf(id: string): number | null {
  const ms = creationTimeOf(id);
  // Plausible only between LinkedIn's launch (2003) and 2100; anything else is not a time-based id.
  return ms > 1_041_379_200_000 && ms < 4_102_444_800_000 ? ms : null;
}

// ── Text ──────────────────────────────────────────────────────────────────────────────────────────

const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'BLOCKQUOTE']);
const SKIP = new Set(['BUTTON', 'SCRIPT', 'STYLE', 'TEMPLATE', 'svg', 'SVG', 'IMG']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * `.visually-hidden`: the class attribute is read as one string (one call into the DOM, not `classList`
 * then `contains`); the token test runs only on the rare element whose classes mention the name.
 */
function isScreenReaderCopy(el: Element): boolean {
  return el.getAttribute('class')?.includes('visually-hidden') === true && el.classList.contains('visually-hidden');
}

/** `out` followed by the visible words below `node` (a module-level function: no closure per post). */
function appendVisibleText(node: Element, out: string): string {
  for (let child = node.firstChild; child !== null && out.length < TEXT_LIMIT * 2; child = child.nextSibling) {
    const type = child.nodeType;
    if (type === TEXT_NODE) out += (child as Text).data;
    else if (type === ELEMENT_NODE) {
      const element = child as Element;
      const tag = element.tagName;
      if (tag === 'BR') out += ' ';
      else if (!SKIP.has(tag) && !isScreenReaderCopy(element)) {
        out = appendVisibleText(element, out);
        if (BLOCK.has(tag)) out += ' ';
      }
    }
  }
  return out;
}

/** What `\s` matches (and `trim` removes): ASCII white space, NBSP, the Unicode spaces and line separators, BOM. */
function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * `text.replace(/\s+/g, ' ').trim()` by char codes. Stretches that need no change are copied as they are:
 * only a run of white space other than one " " ends a stretch. Measured about twice as fast as the regex on
 * post texts (the legacy feed's markup is mostly indentation between words).
 */
function collapseSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  let out = '';
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c > 32 && c < 0xa0) || !isWhiteSpace(c)) continue;
    // A run of white space from i; it ends before `end`, which follows a non-space.
    let next = i + 1;
    while (isWhiteSpace(text.charCodeAt(next))) next++;
    if (c !== 32 || next !== i + 1) {
      out += `${text.slice(from, i)} `;
      from = next;
    }
    i = next - 1;
  }
  return from === start ? text.slice(start, end) : out + text.slice(from, end);
}

/** Visible words of `el`: <br> and blocks separate words, buttons ("…more") and screen-reader copies are skipped. */
function textOf(el: Element): string {
  let text = collapseSpaces(appendVisibleText(el, ''));
  if (text.length > TEXT_LIMIT) {
    text = text.slice(0, TEXT_LIMIT);
    // Never end on half of a surrogate pair (an emoji cut in two).
    const last = text.charCodeAt(TEXT_LIMIT - 1);
    if (last >= 0xd800 && last <= 0xdbff) text = text.slice(0, -1);
  }
  return text;
}

// ── Counts ────────────────────────────────────────────────────────────────────────────────────────

/**
 * A label read for its count. Legacy labels name the author with a typographic apostrophe ("56 comments on
 * Ada’s post"), which sends parseCount down its full Unicode path (~2 µs a label). parseCount folds ’ to '
 * itself (its `normalize`), so folding it first changes no answer, and an otherwise ASCII label then takes
 * the allocation-free path.
 */
function countOfLabel(label: string, locale: string): Count | null {
  return parseCount(label.includes('\u2019') ? label.replaceAll('\u2019', "'") : label, locale);
}

/** The count an element shows: its aria-label first (full numbers), then its visible text. */
function countOf(el: Element | null, locale: string): Count | null {
  if (!el) return null;
  const label = el.getAttribute('aria-label');
  return (label ? countOfLabel(label, locale) : null) ?? parseCount(el.textContent ?? '', locale);
}

/**
 * "Ada Lovelace and 149 others" (fr "Ada Lovelace et 149 autres personnes"): the new feed's reaction line
 * since 2026-08 names one reactor and counts the rest. The named person is one more reaction.
 */
const NAMED_AND_OTHERS = /\s(?:and|et)\s+(\d[^\s]*(?:\s\S+)?)\s+(?:others?|autres?)/i;

/** Whether `text` has any white space (`\s`). */
function hasWhiteSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isWhiteSpace(text.charCodeAt(i))) return true;
  return false;
}

function reactionsOf(el: Element | null, locale: string): Count | null {
  if (!el) return null;
  const label = el.getAttribute('aria-label');
  const fromLabel = label ? countOfLabel(label, locale) : null;
  if (fromLabel) return fromLabel;
  const raw = el.textContent ?? '';
  // A bare number ("87", most posts) has no space: nothing to collapse and no "and N others" to find.
  if (!hasWhiteSpace(raw)) return parseCount(raw, locale);
  const text = raw.replace(/\s+/g, ' ');
  const others = NAMED_AND_OTHERS.exec(text);
  if (others?.[1]) {
    const rest = parseCount(others[1], locale);
    if (rest) return rest.step === 1 ? { value: rest.value + 1, step: 1 } : rest;
  }
  return parseCount(text, locale);
}

/** The sponsored labels' lengths: a spot's word outside them is not looked up (no lower-casing of names). */
const LABELS = [...SPONSORED_LABELS];
const LABEL_LENGTHS = LABELS.map((label) => label.length);
const SHORTEST_LABEL = Math.min(...LABEL_LENGTHS);
const LONGEST_LABEL = Math.max(...LABEL_LENGTHS);

/** A separator around a spot's word: white space, "•", "·". */
function isLabelSeparator(c: number): boolean {
  return c === 0x2022 || c === 0xb7 || isWhiteSpace(c);
}

/**
 * A spot's text when it is one word between separators (spaces, "•", "·"), else null. Every label is one
 * word, so this is the label the spot shows, if any; scanned by char codes, since most spots are names and
 * headlines and a regex per spot cost more than the rest of the check.
 */
function oneWordOf(text: string): string | null {
  let start = 0;
  while (start < text.length && isLabelSeparator(text.charCodeAt(start))) start++;
  let end = start;
  while (end < text.length && !isLabelSeparator(text.charCodeAt(end))) end++;
  if (end === start) return null;
  for (let i = end; i < text.length; i++) if (!isLabelSeparator(text.charCodeAt(i))) return null;
  return text.slice(start, end);
}

/** Whether a label spot shows "Promoted" (or its translation) and is the post's own. */
function isSponsoredSpot(spot: Element, post: Scope): boolean {
  // The label is compared first: most spots are names and headlines, and then no region check is needed.
  const word = oneWordOf(spot.textContent ?? '');
  return word !== null && word.length >= SHORTEST_LABEL && word.length <= LONGEST_LABEL && SPONSORED_LABELS.has(word.toLowerCase()) && !post.isForeign(spot);
}

/** One UTF-16 unit lower-cased as `toLowerCase` lower-cases it, or -1 when it becomes several units (İ → i̇). */
const lowerCache = new Map<number, number>();
function lowerUnit(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let lower = lowerCache.get(c);
  if (lower === undefined) {
    const folded = String.fromCharCode(c).toLowerCase();
    lower = folded.length === 1 ? folded.charCodeAt(0) : -1;
    lowerCache.set(c, lower);
  }
  return lower;
}

/** The labels by their first char code: where a label can start in a text. */
const LABELS_BY_FIRST: (string[] | undefined)[] = [];
for (const label of LABELS) (LABELS_BY_FIRST[label.charCodeAt(0)] ??= []).push(label);

/** Whether `text` holds `label` at `at`, each unit lower-cased on its own. */
function holdsLabelAt(text: string, at: number, label: string): boolean {
  if (at + label.length > text.length) return false;
  for (let i = 0; i < label.length; i++) if (lowerUnit(text.charCodeAt(at + i)) !== label.charCodeAt(i)) return false;
  return true;
}

/**
 * Whether a spots container's text holds a label at all. A spot is inside its container, so its word is part
 * of the container's text, and a word that lower-cases to a label (plain lower-case letters) does so unit by
 * unit. One `textContent` of the container instead of one per spot (each builds a new string), and no
 * `toLowerCase` of the whole text (slow on the "•" and emoji of actor lines): most posts are not ads.
 */
function mayHoldLabel(container: Element): boolean {
  const text = container.textContent ?? '';
  for (let i = 0; i < text.length; i++) {
    const c = lowerUnit(text.charCodeAt(i));
    const labels = c >= 0 ? LABELS_BY_FIRST[c] : undefined;
    if (labels === undefined) continue;
    for (const label of labels) if (holdsLabelAt(text, i, label)) return true;
  }
  return false;
}

const SPONSORED_TEST: SpotTest = { container: mayHoldLabel, spot: isSponsoredSpot };

function isSponsored(post: Scope): boolean {
  return post.someInOwnBlock(SPONSORED_Q, SPONSORED_TEST);
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
  const counts = post.countScopes();
  const likes = reactionsOf(ownIn(counts, REACTIONS_Q), locale);
  const comments = countOf(ownIn(counts, COMMENTS_Q), locale);
  const reposts = countOf(ownIn(counts, REPOSTS_Q), locale);
  const views = countOf(post.own(IMPRESSIONS_Q), locale);
  // Only abbreviated counts are listed, in this order (the order the observation's precision was always built in).
  const precision: PostObservation['precision'] = {};
  if (likes !== null && likes.step > 1) precision.likes = likes.step;
  if (reposts !== null && reposts.step > 1) precision.reposts = reposts.step;
  if (comments !== null && comments.step > 1) precision.comments = comments.step;
  if (views !== null && views.step > 1) precision.views = views.step;

  return {
    postId,
    url: `${ORIGIN}/feed/update/${URN}${postId}/`,
    author,
    publishedAt: publishedAtOf(postId),
    text: commentary ? textOf(commentary) : '',
    likes: likes?.value ?? null,
    reposts: reposts?.value ?? null,
    comments: comments?.value ?? null,
    views: views?.value ?? null,
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
