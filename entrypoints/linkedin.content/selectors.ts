/**
 * LinkedIn selectors, as ordered lists of alternatives (first is preferred). Two DOM generations are
 * served per A/B bucket (reference/platforms.md §7):
 *
 * - NEW, server-driven ("SDUI", React, 2025–2026): hashed class names that change every deploy; the
 *   stable hooks are `data-view-name`, `data-testid`, `componentkey`, `role` and aria-labels. The
 *   activity URN is not in any attribute of its own: it sits in the `data-view-tracking-scope` JSON
 *   of the `feed-full-update` element (FeedUpdateServedEvent breadcrumb, `updateUrn`), either as
 *   plain JSON or as a byte array (`{"type":"Buffer","data":[…]}`) — see adapter.ts `activityIdOf`.
 * - LEGACY Ember (`.feed-shared-update-v2[data-urn]`, BEM classes, `aria-hidden` + `.visually-hidden`
 *   duplicated strings). Still served on /in/<slug>/recent-activity/, search and some buckets.
 *
 * No obfuscated class names are used. BEM classes of the legacy feed are LinkedIn's design-system
 * names (artdeco / update-components / social-details), stable since 2021.
 *
 * Speed: the adapter queries each alternative on its own (one simple selector is far cheaper to match
 * than a list) and keeps the first hit in document order, as a selector list would. An alternative with
 * a descendant or sibling combinator is written as `{ inside, find }` (= the selector `inside find`): it
 * is looked up inside the post's `inside` elements, so matching never climbs past the post to the top of
 * the page. Such an `inside` container (a counts row, an actor line) always lies within the post.
 *
 * Layout gate: the per-post lists are split by DOM generation (`ByLayout`), and the adapter decides once
 * per post which generation it is (LAYOUT_MARKER) and runs only that generation's alternatives. LinkedIn
 * never serves one post mixing both, and most alternatives find nothing in most posts, so each one the
 * other generation would need is a whole scan of the post for nothing.
 */

/** A simple selector, or `inside find`: `find` matched below the post's own `inside` elements. */
export type Alternative = string | { readonly inside: string; readonly find: string };

/** One lookup's alternatives for each DOM generation: `legacy` (Ember) and `sdui` (server-driven, 2025–26). */
export interface ByLayout<T = string> {
  readonly legacy: readonly T[];
  readonly sdui: readonly T[];
}
export type Layout = keyof ByLayout;

/**
 * The class that marks a legacy post: `.feed-shared-update-v2` is the Ember update element itself (the
 * root, or the first big block below a `div[data-id]` / `feed-full-update` wrapper, so a lookup for it
 * stops early). The new feed has hashed class names only, never this one.
 */
export const LAYOUT_MARKER = 'feed-shared-update-v2';

/**
 * One post's root. The outermost match wins (`topLevelRoots`), so on the legacy home feed the
 * `div[data-id]` wrapper is the root and the `feed-full-update` / `feed-shared-update-v2` inside it
 * are not read twice.
 */
export const POST_ROOT = [
  // Legacy home feed: the occludable wrapper `div[data-id="urn:li:activity:…"]` (six-ddc; saved page 2025-08).
  'div[data-id^="urn:li:activity:"]',
  // New feed: the card `div[role="listitem"][componentkey="expanded<TOKEN>FeedType_MAIN_FEED_RELEVANCE"]`
  // (platforms.md §7.1; several 2026 extensions). `update-card-focus…` is the same card under another prefix.
  'div[role="listitem"][componentkey*="FeedType_"]',
  // Both generations: the update element that carries the tracking scope (recent-activity pages, post pages,
  // and new-feed buckets where componentkey sits on a wrapper rather than on the listitem).
  'div[data-view-name="feed-full-update"]',
  // Legacy post page and any bucket without the wrappers above.
  'div.feed-shared-update-v2[data-urn^="urn:li:activity:"]',
] as const;

/**
 * Where a post's activity URN can be read, most direct first. Read from the first match in document
 * order inside the root, which is the outer post (an embedded original comes after its sharer's header).
 */
export const URN_ATTRIBUTES = ['data-urn', 'data-id'] as const;
/** Legacy only: the new feed names no URN in an attribute (a wrapper's own `data-id` is still read, see adapter). */
export const URN_HOLDER: ByLayout = {
  legacy: ['[data-urn^="urn:li:activity:"]', '[data-id^="urn:li:activity:"]'],
  sdui: [],
};
/**
 * The element whose `data-view-tracking-scope` names the update (both generations; its value is the
 * FeedUpdateServedEvent breadcrumb). The first such element in document order is read: a
 * `*="FeedUpdateServedEvent"` alternative in front would change nothing (a list also answers in document
 * order) and would scan kilobytes of JSON per element.
 */
export const TRACKING_SCOPE = ['[data-view-tracking-scope]'] as const;
/** A permalink inside the post (timestamp link on some buckets), used only when no attribute names the URN. */
export const PERMALINK = ['a[href*="/feed/update/urn:li:activity:"]', 'a[href*="-activity-"]'] as const;

/** The embedded original of a reshare ("repost with your thoughts"): never read for the outer post. */
export const EMBEDDED: ByLayout = {
  // Legacy: the original is a mini update (several scrapers, 2024–2026).
  legacy: ['.update-components-mini-update-v2', '.feed-shared-update-v2__reshared-content', '.feed-shared-mini-update-v2'],
  // New: the original is an unmarked wrapper, recognised by its permalink body (QUOTE_BODY).
  sdui: [],
};

/** Comment threads under a post, legacy and new: their text, actors and counts are not the post's. */
export const COMMENT_REGIONS: ByLayout = {
  legacy: ['.feed-shared-update-v2__comments-container', 'article.comments-comment-entity'],
  sdui: ['[componentkey^="commentsSectionContainer"]', '[data-view-name="comment-container"]'],
};

/**
 * New feed: the embedded original of a share is an unmarked wrapper whose body is a permalink to the
 * original (`<a href="/feed/update/urn:li:share:…"><p><span data-testid="expandable-text-box">`), reduced
 * from the live SDUI feed in a public linkedom test suite (2026). A commentary inside such a link is the
 * original's, never the sharer's. (The original's actor link comes after the sharer's own actor block, so
 * the first actor link in the root is the sharer's.)
 */
export const QUOTE_BODY: ByLayout = { legacy: [], sdui: ['a[href*="/feed/update/"]'] };

/** The author's own actor link (href /in/<slug>/ or /company/<slug>/); never the "X reposted this" header. */
export const ACTOR_LINK: ByLayout = {
  // Legacy: the name/headline link and the avatar link of `.update-components-actor`.
  legacy: ['a.update-components-actor__meta-link', 'a.update-components-actor__image', 'a.update-components-actor__container-link'],
  // New feed: the actor avatar link (platforms.md §7.1, several 2026 extensions).
  sdui: ['a[data-view-name="feed-actor-image"]'],
};

/** The post's own words. Buttons ("…more") and `.visually-hidden` copies inside are skipped. */
export const COMMENTARY: ByLayout = {
  legacy: ['.update-components-text', '.feed-shared-update-v2__description', '.feed-shared-inline-show-more-text'],
  sdui: ['[data-view-name="feed-commentary"]', '[data-testid="expandable-text-box"]'],
};

/**
 * Reaction count. Legacy: the counts-row button carries the full number in `aria-label="150 reactions"`
 * (fr "150 réactions") and the visible `.social-details-social-counts__reactions-count` "150".
 * New: `[data-view-name="feed-reaction-count"]`, visible text "150", or since 2026-08 "Ada Lovelace and
 * 149 others" (the named person counts, see adapter.ts `reactionsOf`).
 */
export const REACTIONS: ByLayout<Alternative> = {
  legacy: [
    { inside: '.social-details-social-counts__reactions', find: 'button[aria-label]' },
    'button[data-reaction-details]',
    '.social-details-social-counts__reactions-count',
  ],
  sdui: ['[data-view-name="feed-reaction-count"]'],
};

/**
 * The legacy counts row (reactions · comments · reposts): every legacy count alternative above and below
 * lives in it (its own class names say so: `social-details-social-counts__…`), so the legacy counts are
 * looked up inside the row, a dozen elements, rather than over the whole post once per alternative. The
 * new feed's counts are answered from the post's list of `data-view-name` elements and need no row.
 */
export const COUNTS_ROW = ['.social-details-social-counts'] as const;

/** Comment count: legacy button `aria-label="13 comments on X’s post"`, new `feed-comment-count` "13 comments". */
export const COMMENTS: ByLayout<Alternative> = {
  legacy: [
    { inside: '.social-details-social-counts__comments', find: 'button' },
    { inside: '.social-details-social-counts', find: 'button[aria-label*="comment" i]' },
  ],
  sdui: ['[data-view-name="feed-comment-count"]'],
};

/**
 * Repost count: new `feed-repost-count` "12 reposts"; legacy the counts-row button without a class of its
 * own, `aria-label="2 reposts of X’s post"` (fr "2 republications du post de X").
 */
export const REPOSTS: ByLayout<Alternative> = {
  legacy: [
    { inside: '.social-details-social-counts', find: 'button[aria-label*="repost" i]' },
    { inside: '.social-details-social-counts', find: 'button[aria-label*="republication" i]' },
    { inside: '[data-non-reaction-details]', find: 'li:not(.social-details-social-counts__comments) > button' },
  ],
  sdui: ['[data-view-name="feed-repost-count"]'],
};

/** Impressions, shown only to the post's author (legacy analytics entry point "1,234 impressions"). */
export const IMPRESSIONS: ByLayout = { legacy: ['.ca-entry-point__num-views'], sdui: [] };

/**
 * Where "Promoted" / "Sponsorisé" appears: the actor's sub-line (legacy) or one line of the actor block
 * (new). Compared exactly (a post saying "I was promoted" never matches).
 */
export const SPONSORED_LABEL_SPOTS: ByLayout<Alternative> = {
  legacy: [
    { inside: '.update-components-actor__sub-description', find: 'span[aria-hidden="true"]' },
    { inside: '.update-components-actor__description', find: 'span[aria-hidden="true"]' },
  ],
  // New feed: the actor block is the avatar link followed by a link holding name / headline / time lines.
  sdui: [{ inside: 'a[data-view-name="feed-actor-image"] + a', find: 'p' }],
};
/** The label LinkedIn prints on ads, per UI language (lower-case). */
export const SPONSORED_LABELS: ReadonlySet<string> = new Set([
  'promoted', // en
  'sponsorisé', // fr
  'sponsored',
  'gesponsert', // de
  'promocionado', // es
  'promovido', // pt
  'sponsorizzato', // it
  'gepromoot', // nl
]);

/** Profile header name. */
export const PROFILE_NAME = [
  'h1.org-top-card-summary__title', // legacy company top card
  '.pv-top-card h1',
  'main h1',
  'h1',
] as const;

/**
 * Where a profile's follower count is printed. Each candidate's text must also contain a followers word
 * (FOLLOWERS_WORDS) before it is parsed, so an industry or "500+ connections" item is never read.
 */
export const PROFILE_FOLLOWERS = [
  // Company top card: industry · location · "12,345 followers" · employees.
  '.org-top-card-summary-info-list__info-item',
  // Person top card list ("12,345 followers", "500+ connections").
  '.pv-top-card--list li',
  'ul li.text-body-small',
  // Person activity section header ("12,345 followers").
  '.pvs-header__optional-link span[aria-hidden="true"]',
  // New SDUI profile/company headers: the stat line is a paragraph.
  'main section p',
] as const;
/** No `\b`: it fails after "é" without the u flag. */
export const FOLLOWERS_WORDS = /followers?|abonnés?/i;

// ── "Fill composer" (fill-composer.ts) ───────────────────────────────────────────────────────────

/**
 * The share dialog that "Start a post" opens on the feed: `div[role="dialog"]
 * [data-test-modal-id="sharebox"]` (older builds: `.share-box-v2__modal`), holding the
 * `.share-creation-state` form. Comment boxes also use Quill (`.ql-editor`), so the editor is only
 * looked for inside this dialog. Sources: public extensions that fill LinkedIn posts
 * (`[data-test-modal-id="sharebox"]`, `.share-box`, `.ql-editor[contenteditable="true"]`
 * `[data-placeholder="What do you want to talk about?"]`), LinkedIn's markup as of 2025.
 */
export const SHARE_DIALOG = ['[data-test-modal-id="sharebox"]', '.share-box-v2__modal', '.share-creation-state'] as const;

/** The post text editor in the share dialog: Quill's `div.ql-editor[contenteditable="true"][role="textbox"]`. */
export const SHARE_EDITOR = ['.ql-editor[contenteditable="true"]'] as const;
