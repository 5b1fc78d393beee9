/**
 * Where X (x.com / twitter.com) puts what we read. X ships hashed class names only, so every hook
 * here is a `data-testid`, an ARIA role/label, an `href` shape or a `<time>`. Each export is a list of
 * alternatives, tried as one selector list. Sources (see /work/shared/reference/platforms.md §1):
 * `mlamp/tweetyoink` tests/fixtures/x-tweet-sample.html (real detail-page article, 2025-10-24),
 * `six-ddc/browser-cli` skills/browser-cli/references/sites/x.com.md (2026), Zeeschuimer, and several
 * ad-hiding userscripts for the "Ad"/"Promoted" labels.
 */

/** One post: the tweet article. Quoted posts are not articles (they are `div[role="link"]` cards). */
export const POST_ROOT = ['article[data-testid="tweet"]'] as const;

/**
 * The card of a quoted post inside a post: a focusable `div[role="link"]` (tweetyoink, slop-guard,
 * research §0.4). Anything inside one belongs to the quoted post and is never read for the outer post.
 * (The affiliate badge next to an author's name is also a `div[role="link"]`; it holds no text, time,
 * status link or count, so treating it as embedded loses nothing.) browser-cli (2026) also names a
 * `[data-testid="quoteTweet"]`; it is not listed here because the lookup runs once per post and a second
 * alternative makes it several times slower in Chromium — add it if quoted cards ever lose role="link".
 */
export const EMBEDDED = ['div[role="link"]'] as const;

/** The post's timestamp; its enclosing `a[href*="/status/"]` is the permalink (research §1.1). */
export const TIME = ['time[datetime]'] as const;

/** Any link to a status: the fallback permalink (ads have no timestamp link, only photo/analytics ones). */
export const STATUS_LINK = ['a[href*="/status/"]'] as const;


/** The post text. Media-only posts have none. */
export const TWEET_TEXT = ['[data-testid="tweetText"]'] as const;

/** The action bar: `aria-label` "48 replies, 152 reposts, 553 likes, 9 bookmarks, 30142 views". */
export const ACTION_GROUP = ['[role="group"]'] as const;

/**
 * Action buttons. The testid flips after the viewer acts (`like`→`unlike`, `retweet`→`unretweet`,
 * `bookmark`→`removeBookmark`), so both states are listed (research §1.5).
 */
export const REPLY_BUTTON = ['[data-testid="reply"]'] as const;
export const REPOST_BUTTON = ['[data-testid="retweet"]', '[data-testid="unretweet"]'] as const;
export const LIKE_BUTTON = ['[data-testid="like"]', '[data-testid="unlike"]'] as const;
export const BOOKMARK_BUTTON = ['[data-testid="bookmark"]', '[data-testid="removeBookmark"]'] as const;
/** Timeline views: the analytics link, `aria-label` "30142 views. View post analytics". */
export const VIEWS_LINK = ['a[href$="/analytics"]'] as const;

/** The animated number face inside a button (and the detail page's "29.9K Views" line). */
export const COUNT_FACE = ['[data-testid="app-text-transition-container"]'] as const;

/** Every action control at once, so a post costs one query for all of them. */
export const ACTIONS = [...REPLY_BUTTON, ...REPOST_BUTTON, ...LIKE_BUTTON, ...BOOKMARK_BUTTON, ...VIEWS_LINK] as const;

/**
 * Exact texts of the ad label. Since 2023 X prints "Ad" where the timestamp would be (older builds:
 * a "Promoted" line at the bottom); Spanish UI "Anuncio" / "Promocionado" (ad-hider label lists).
 */
export const AD_LABELS = ['Ad', 'Promoted', 'Anuncio', 'Promocionado'] as const;

// ── Profile page ───────────────────────────────────────────────────────────────────────────────

/** Profile header name block (no hyphen, unlike `User-Name` on posts) — browser-cli, research §1.1. */
export const PROFILE_NAME = ['[data-testid="UserName"]'] as const;

/** Where the profile lives; links to followers outside it (e.g. in the sidebar) are ignored. */
export const PRIMARY_COLUMN = ['[data-testid="primaryColumn"]', 'main'] as const;

/** "235.2M Followers": `/verified_followers` in current builds, `/followers` in older ones. */
export const FOLLOWERS_LINK = ['a[href$="/verified_followers"]', 'a[href$="/followers"]'] as const;
/** "1,288 Following". */
export const FOLLOWING_LINK = ['a[href$="/following"]'] as const;

/** The sticky top bar: `h2` with the name, then a line "12.3K posts" (research §1.1). */
export const PROFILE_TOP_BAR_TITLE = ['h2[role="heading"]', 'h2'] as const;

/** Join a list of alternatives into one CSS selector list. */
export const any = (alternatives: readonly string[]): string => alternatives.join(', ');

// ── "Fill composer" (fill-composer.ts) ───────────────────────────────────────────────────────────

/**
 * The post composer's editor: Draft.js's `div.public-DraftEditor-content[contenteditable="true"]
 * [role="textbox"]`, which X tags `data-testid="tweetTextarea_0"` (`_1`, `_2`… for the later posts of
 * a thread). Some builds put the test id on a wrapper (`tweetTextarea_0RichTextInputContainer`) with
 * the contenteditable inside, hence the second alternative. Sources: public extensions that fill it
 * (composer selector lists `[data-testid="tweetTextarea_0"] div[contenteditable="true"]` and
 * `[data-testid="tweetTextarea_0"]`), X's markup as of 2025.
 */
export const COMPOSER_EDITOR = ['[data-testid^="tweetTextarea_"][contenteditable="true"]', '[data-testid^="tweetTextarea_"] [contenteditable="true"]'] as const;

/** The compose dialog (x.com/compose/post, the "Post" button): preferred over the home timeline's inline composer. */
export const COMPOSER_DIALOG = ['[role="dialog"][aria-modal="true"]', '[role="dialog"]'] as const;
