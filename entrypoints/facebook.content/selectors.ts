/**
 * Facebook (Comet, the desktop web app on www/web.facebook.com) selectors. Class names are generated
 * and change with every deploy, so nothing here uses them: only roles, ARIA attributes, the
 * `data-ad-*` rendering hooks Facebook keeps for its own ads tooling, and the shapes of hrefs.
 * Every list is a set of alternatives, tried together (joined into one selector list) unless a
 * comment says otherwise.
 *
 * Sources (public code, read 2026): platforms.md §5 (4CAT, Zeeschuimer notes); ad and feed filters
 * `zbluebugz/facebook-clean-my-feeds`, `gslin/facebook-ad-blocker`, uBO-based filters citing
 * uAssets `fb.txt`; scrapers and clippers that read `[data-ad-rendering-role=…]` and `aria-posinset`.
 */

/**
 * One feed unit or one post. `aria-posinset` marks every item of the news feed, a Page's timeline and
 * group feeds (the most quoted anchor since 2022, C). `role="article"` without an `aria-label` is the
 * story itself on permalink pages and the original inside a share; comments are `role="article"` too
 * but always carry an `aria-label` ("Comment by …", localised), so they never become roots — and when
 * nested in a post they are skipped anyway (topLevelRoots).
 */
export const POST_ROOT = ['[aria-posinset]', '[role="article"]:not([aria-label])'] as const;
/** Both kinds of root are divs: one `div:is(…)` is matched faster than a list repeating `div`. */
export const POST_ROOT_TAG = 'div';

/**
 * Inside a root, `role="article"` is another story: a comment, a reply, the original of a share.
 * Anything inside one is never read for the outer post.
 */
export const NESTED_STORY = ['[role="article"]'] as const;

/**
 * The author's name in the story header. `data-ad-rendering-role="profile_name"` wraps the h2/h3/h4
 * of the header in the 2024–2026 markup (several clippers, C); the bare headings are the older
 * layout (h4 in the feed, h2/h3 on permalink pages).
 */
export const AUTHOR_HEADER = ['[data-ad-rendering-role="profile_name"]'] as const;
export const AUTHOR_HEADER_OLD = ['h2', 'h3', 'h4'] as const;

/**
 * The message of the story. `story_message` is the 2024+ hook; `data-ad-preview` /
 * `data-ad-comet-preview="message"` are the 2021–2023 ones still seen on some surfaces (C).
 */
export const MESSAGE = ['[data-ad-rendering-role="story_message"]'] as const;
export const MESSAGE_OLD = ['[data-ad-comet-preview="message"]', '[data-ad-preview="message"]'] as const;

/**
 * The reaction icons of the summary row: `role="toolbar"` labelled "See who reacted to this"
 * (localised), holding one `role="button"` per top reaction type labelled "Like: 1,234 people". The
 * total ("All reactions:" + "1.2K", the label visually hidden) is the text next to it (C).
 */
export const REACTIONS_TOOLBAR = ['[role="toolbar"]'] as const;
/** One reaction type inside the toolbar. */
export const REACTION_TYPE = ['[role="button"]'] as const;

/**
 * Clickable counts of the summary row ("56 comments" opens the comments, "12 shares" the list of
 * sharers) and, on video posts, the plain "1.2M views" span beside them. Buttons with their own
 * label are actions ("Like", "Leave a comment"), never counts: `:not([aria-label])` leaves them out
 * natively (a post has several times more buttons than counts).
 */
export const COUNT_BUTTON = ['[role="button"]:not([aria-label])'] as const;

/**
 * Ad markers read without the (scrambled) visible label: the "Sponsored" link keeps a clean
 * `aria-label` (uAssets fb.txt, gslin/facebook-ad-blocker), and newer markup labels the scrambled
 * span through `aria-labelledby` pointing at a hidden node with the real word (tiratatp/facebook_adblock
 * `possibleSponsoredTextQueries`). Language-independent structural markers (`data-ad-rendering-role`
 * "cta…" buttons, `attributionsrc` links) also appear on organic posts or links, so they are not used.
 */
export const SPONSORED_MARK = ['a[aria-label]', 'span[aria-labelledby]'] as const;

/** Profile header counts, found by where they link (the same in every UI language). */
export const PROFILE_NAME = ['[role="main"] h1', 'h1'] as const;
// Page likes (`/friends_likes/`, "8.7K likes") have no field in ProfileObservation and are not read.
export const PROFILE_COUNT_LINK = ['a[href*="followers"]', 'a[href*="following"]'] as const;

/**
 * How these are used (adapter.ts): feeds hold hundreds of stories, so each part of a story is found
 * with one plain selector of its own — `[attr="value"]` and tag names are what Chromium matches
 * fastest; a list of alternatives costs about twice as much per element (the root selector, which
 * needs two, is cheapest as one `div:is(…)`) — and single elements with querySelector, which stops
 * at the first match. Links come from
 * getElementsByTagName('a') (see adapter.ts). The older hooks are queried only when the newer ones
 * are missing. Measured with scripts/bench-extract.mjs (1,000-post feed).
 */
export const SPONSORED_LABELLED_PASS = 'span[aria-labelledby]';

export const join = (list: readonly string[]): string => list.join(', ');
