/**
 * TikTok web selectors (www.tiktok.com). TikTok marks its controls with `data-e2e` test hooks, which
 * survive the frequent re-hashing of its CSS-in-JS class names (`css-1ok4pbl-5e6d46e3--ButtonActionItem`):
 * every selector here is a `data-e2e`, an id or an `href` shape — never a class. Each list is ordered
 * most-current first; the sources are named per entry (see platforms.md §6 and the adapter's report).
 */

/**
 * A feed item. Since 2025 the For You / Following feeds are one column of `<article>`s inside
 * `#column-list-container` (`article[data-scroll-index][data-e2e="recommend-list-item-container"]`,
 * ids `one-column-item-N`; TikTok Purifier userscript 2.2, 2025; several FYP scrapers 2025–2026). The same
 * article is used on a video or photo page opened directly (`article#one-column-item-0`, "TiktokPostScraper"
 * extension 2025). The 2022 feed used a `div` with the same `data-e2e` (tracking.exposed tktrex fixtures).
 */
export const FEED_ITEM = [
  'article[data-e2e="recommend-list-item-container"]',
  'article[id^="one-column-item-"]',
  'div[data-e2e="recommend-list-item-container"]',
] as const;

/**
 * The legacy (2023–2024) video detail page: player, description, action bar, comments and a "You may
 * like" column under one container (selenium/CSS paths `#main-content-video_detail > div >
 * div.…DivContentContainer > div.…DivLeftContainer > …`, several scrapers 2023–2024). The related videos
 * and comments inside it are never read on their own (they are nested in this root).
 */
export const VIDEO_DETAIL = ['#main-content-video_detail'] as const;

/** A video tile of a profile grid (Videos, Reposts, Liked tabs): a permalink and a view count only. */
export const GRID_ITEM = ['[data-e2e="user-post-item"]'] as const;

/**
 * The player wrapper, whose id carries the video id: `xgwrapper-<n>-<videoId>`. The feed article has no
 * `/video/` permalink anchor, so this is the only id in it (video-capture extensions and FYP
 * helpers 2024–2026 all read it). It exists once the item's player has mounted (the current item and a few around it).
 */
export const PLAYER_WRAPPER = ['[id^="xgwrapper-"]'] as const;

/** Permalinks: grid tiles link `/@handle/video/<id>`; photo-mode posts `/@handle/photo/<id>`. */
export const PERMALINK = ['a[href*="/video/"]', 'a[href*="/photo/"]'] as const;

/**
 * The author's profile link, read from its `href` (`/@handle`). A repost header ("Name reposted") links
 * the reposter without these hooks, so a repost stays the original author's.
 * - `video-author-avatar`: the avatar on the feed action bar (2022 and 2025 feeds).
 * - `browse-user-avatar`: the avatar on the legacy video detail page.
 */
export const AUTHOR_LINK = ['a[data-e2e="video-author-avatar"]', 'a[data-e2e="browse-user-avatar"]'] as const;

/**
 * The author's handle as text, when no link carries it: `video-author-uniqueid` in the feed's media card
 * (2022 `h3`, later inside the author link), `browse-username` on the legacy detail page.
 */
export const AUTHOR_HANDLE = ['[data-e2e="video-author-uniqueid"]', '[data-e2e="browse-username"]'] as const;

/** The caption: `video-desc` in the feed article, `browse-video-desc` (an `h1`) on the detail page. */
export const DESCRIPTION = ['[data-e2e="video-desc"]', '[data-e2e="browse-video-desc"]'] as const;

/**
 * Count labels: a `<strong>` inside each action button (`<button aria-label="Like video 12.3K likes">
 * <span data-e2e="like-icon"/><strong data-e2e="like-count">12.3K</strong>`). The aria-label carries the
 * same abbreviated figure, so the visible text is as exact as it gets. `browse-*` are the 2022 browse-mode
 * modal's variants (still listed in a Jan 2026 selector reference).
 */
export const LIKE_COUNT = ['[data-e2e="like-count"]', '[data-e2e="browse-like-count"]'] as const;
export const COMMENT_COUNT = ['[data-e2e="comment-count"]', '[data-e2e="browse-comment-count"]'] as const;
export const SHARE_COUNT = ['[data-e2e="share-count"]', '[data-e2e="browse-share-count"]'] as const;
/**
 * Favourites (bookmarks). TikTok's own hook really is `undefined-count` (an unset i18n key in its build;
 * many scrapers 2023–2026); `bookmark-count` is listed by a Jan 2026 selector reference as its successor.
 */
export const BOOKMARK_COUNT = ['[data-e2e="undefined-count"]', '[data-e2e="bookmark-count"]'] as const;
/**
 * The element of the count labels above: `<strong>` in every source (2022–2026). The adapter looks at
 * the item's strongs first and asks the full hook query only when a field has no label among them.
 */
export const COUNT_LABEL_TAG = 'strong';
/** Play count on a profile grid tile (`<strong data-e2e="video-views">1.2M</strong>`). */
export const VIEW_COUNT = ['[data-e2e="video-views"]'] as const;

/**
 * The ad label of a feed item ("Sponsored", id "Bersponsor"): `div[data-e2e="sponsored-tag"]` (TikTok
 * Purifier userscript 2.2 hides ads by exactly this). Matched by attribute, so the label's language
 * does not matter.
 */
export const SPONSORED_TAG = ['[data-e2e="sponsored-tag"]'] as const;

/** Profile header (platforms.md §6: `strong[title="Followers"][data-e2e="followers-count"]` …). */
export const PROFILE_TITLE = ['[data-e2e="user-title"]'] as const; // the handle (h1 since 2024, h2 before)
export const PROFILE_SUBTITLE = ['[data-e2e="user-subtitle"]'] as const; // the display name
export const FOLLOWERS_COUNT = ['[data-e2e="followers-count"]'] as const;
export const FOLLOWING_COUNT = ['[data-e2e="following-count"]'] as const;
// `likes-count` (total likes received) is shown too but is no field of a profile observation: not read.
