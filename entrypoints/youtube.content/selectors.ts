/**
 * YouTube (desktop, www.youtube.com) selectors. YouTube has no data-testid: it is read through its custom
 * element names (`ytd-*`, `yt-*-view-model`), stable ids (`#owner`, `#view-count`), aria-labels and
 * href shapes. Class names are migrating from dashed BEM (`yt-lockup-view-model__title`) to camelCase
 * (`ytLockupViewModelTitle`) bucket by bucket (quietube `src/packs/youtube.js`, 2026-09), so where a class
 * is the only hook both generations are listed. Each list is tried in order; the first hit wins.
 *
 * Ids: YouTube repeats the same ids in every card (#video-title, #content, #author-text, #metadata-line …).
 * Chromium answers a selector whose last part names an id (`#x`, `a#x`, even `[id="x"]`) from the page's id
 * map, and with duplicated ids it checks every element of the page carrying that id against the card — so
 * a per-card query costs O(page) and a feed O(n²). Selectors run per card or per post therefore write an
 * id as `:is(#x)`, which Chromium matches by walking the card's own subtree (same elements matched).
 *
 * Lists documented as "names" hold only element names and `.class`es: the adapter reads them with
 * getElementsByTagName / getElementsByClassName (a plain subtree walk, no selector matching).
 */

/** One post root per kind of surface. A root nested in another (a video shared inside a community post,
 * related videos inside the watch page) belongs to the outer one and is skipped by the runtime. */
export const ROOTS = [
  // Watch page: the whole watch layout. It carries `video-id` (RYD `isVideoLoaded`) and holds the primary
  // info (ytd-watch-metadata) *and* the comments header; the related column inside it is never read.
  'ytd-watch-flexy',
  // 2025 "grid" watch layout seen in some buckets in place of ytd-watch-flexy (same inner elements).
  'ytd-watch-grid',
  // Watch metadata alone, for layouts where neither wrapper above is present.
  'ytd-watch-metadata',
  // Home, subscriptions, a channel's Videos/Shorts tabs: every card (video, short, ad, post) is one of these.
  'ytd-rich-item-renderer',
  // List layouts: subscriptions in list view, a shared video inside a community post.
  'ytd-video-renderer',
  // Legacy channel grid and legacy Shorts shelf cards.
  'ytd-grid-video-renderer',
  'ytd-reel-item-renderer',
  // The Shorts player: one renderer per short in the vertical scroller; only the shown one (`is-active`,
  // as SFDownloader and youtubeShortConverter select it) is the short in the address bar.
  'ytd-reel-video-renderer[is-active]',
  // Community posts: the /post/<id> page and a channel's Posts tab.
  'ytd-backstage-post-thread-renderer',
] as const;

// ── Watch page ──────────────────────────────────────────────────────────────────────────────────

/** The primary info block (title, owner, actions, description). */
export const WATCH_METADATA = ['ytd-watch-metadata', '#above-the-fold'] as const;

/** The video title. */
export const WATCH_TITLE = ['#title h1 yt-formatted-string', 'h1.ytd-watch-metadata', '#title h1'] as const;

/** The owner's channel link ("/@handle"); the second form is the pre-2023 owner renderer. */
export const WATCH_OWNER_LINK = [
  '#owner ytd-channel-name a[href]',
  'ytd-video-owner-renderer a[href^="/@"]',
  'ytd-video-owner-renderer a[href]',
] as const;

/**
 * The like button. Its aria-label carries the exact count in every language we have seen:
 * en "like this video along with 10,120 other people" (six-ddc youtube.com.md),
 * ru "поставить отметку "Нравится" (это видео понравилось 123 382 пользователям)" (NC22/KellyC issue #32,
 * 2026-04). When the owner hides likes the label has no number ("Like") and the count is null.
 */
export const LIKE_BUTTON = [
  'like-button-view-model button',
  'segmented-like-dislike-button-view-model button',
  // Pre-2024 segmented renderer and the Shorts overlay's like renderer.
  '#segmented-like-button button',
  'ytd-like-button-renderer button',
] as const;

/** The visible like text ("10K"), used only when the button's label has no number. */
export const BUTTON_TEXT = ['.yt-spec-button-shape-next__button-text-content', '.ytSpecButtonShapeNextButtonTextContent'] as const;

/** The view count: `#view-count[aria-label]` ("12,840,948 views"), split out of `#info` in 2024–2026. */
export const WATCH_VIEW_COUNT = ['ytd-watch-info-text #view-count', '#view-count'] as const;

/** The hidden tooltip under the info line: "12,840,948 views • Jul 9, 2024 • #4 on Trending" — exact. */
export const WATCH_INFO_TOOLTIP = ['ytd-watch-info-text tp-yt-paper-tooltip #tooltip', 'ytd-watch-info-text #tooltip'] as const;

/** Older single info line ("1,234,567 views  Mar 3, 2024"), before #view-count existed. */
export const WATCH_INFO_LINE = ['ytd-watch-info-text #info', '#info-container #info', '#info-strings'] as const;

/** The description snippet (used for the excerpt only when the title is missing). */
export const WATCH_DESCRIPTION = ['#description-inline-expander', '#snippet-text'] as const;

/** Comments header "1,234 Comments": rendered only once the user scrolls to the comments. */
export const COMMENTS_COUNT = [
  'ytd-comments-header-renderer #count',
  'ytd-comments-header-renderer h2',
  // The compact entry point under the description (narrow windows).
  'ytd-comments-entry-point-header-renderer #comment-count',
] as const;

/** Schema.org microdata of the first server-rendered load (stale after SPA navigation: checked by id). */
export const MICRODATA_DATE = ['meta[itemprop="datePublished"]', 'meta[itemprop="uploadDate"]'] as const;
export const MICRODATA_ID = ['meta[itemprop="identifier"]', 'meta[itemprop="videoId"]'] as const;

// ── Feed cards ──────────────────────────────────────────────────────────────────────────────────

/**
 * One way of recognising a card's link (`a[href]`) by its own attributes: a class, an id, or how its href
 * begins / what it contains. The adapter checks these on the card's links in one pass over
 * `getElementsByTagName('a')` instead of one selector query per alternative.
 */
export type LinkRule = { class: string } | { id: string } | { hrefStarts: string } | { hrefContains: string };

/** The card's own link to the video: the title link first, then any watch / shorts link. */
export const CARD_VIDEO_LINK: readonly LinkRule[] = [
  { class: 'yt-lockup-metadata-view-model__title' }, // a.yt-lockup-metadata-view-model__title
  { class: 'ytLockupMetadataViewModelTitle' },
  { id: 'video-title-link' }, // a#video-title-link
  { id: 'video-title' },
  { hrefStarts: '/watch?v=' }, // a[href^="/watch?v="]
  { hrefStarts: '/shorts/' },
  // Promoted videos link through an ad endpoint but keep a plain watch link on the thumbnail.
  { hrefContains: '/watch?v=' }, // a[href*="/watch?v="]
];

/** The card title: lockup heading (title attribute = full text), then legacy ids, then Shorts lockups. */
export const CARD_TITLE = [
  'h3[title]',
  '.yt-lockup-metadata-view-model__title',
  '.ytLockupMetadataViewModelTitle',
  ':is(#video-title)',
  '.shortsLockupViewModelHostMetadataTitle',
  '.shortsLockupViewModelHostOutsideMetadataTitle',
  'h3',
] as const;

/**
 * The channel link on a card: any `a[href]` inside the lockup metadata row or the legacy ytd-channel-name
 * (containers: names), then Shorts/ads avatar links by how their href begins.
 */
export const CARD_CHANNEL_CONTAINER = [
  '.yt-content-metadata-view-model__metadata-row',
  '.ytContentMetadataViewModelMetadataRow',
  'ytd-channel-name',
] as const;
export const CARD_CHANNEL_HREF = ['/@', '/channel/'] as const;

/** Lockup metadata text parts ("Channel", "1.2M views", "2 days ago"), both class generations (names). */
export const CARD_METADATA_TEXT = ['.yt-content-metadata-view-model__metadata-text', '.ytContentMetadataViewModelMetadataText'] as const;

/** Legacy metadata line items ("1.2M views", "2 days ago"). */
export const CARD_METADATA_LINE = [':is(#metadata-line) span.inline-metadata-item', ':is(#metadata-line) span'] as const;
/** The legacy line itself: looked up first, as the queries above check every span's ancestors. */
export const CARD_METADATA_LINE_BOX = ':is(#metadata-line)';

/** Shorts lockup subhead ("1.2M views"), both class generations (names). */
export const SHORTS_LOCKUP_VIEWS = [
  '.shortsLockupViewModelHostMetadataSubhead',
  '.shortsLockupViewModelHostOutsideMetadataSubhead',
  '.ShortsLockupViewModelHostMetadataSubhead',
] as const;

/** In-feed ads: the ad slot wrapper, its layouts, and the "Sponsored" badge's element (names). */
export const AD_MARKERS = [
  'ytd-ad-slot-renderer',
  'ytd-in-feed-ad-layout-renderer',
  'ytd-promoted-video-renderer',
  'ytd-promoted-sparkles-web-renderer',
  'feed-ad-metadata-view-model',
  '.badge-style-type-ad',
] as const;

// ── Shorts player ───────────────────────────────────────────────────────────────────────────────

/** The channel link in the Shorts metapanel ("/@handle"). */
export const SHORTS_CHANNEL_LINK = [
  'yt-reel-channel-bar-view-model a[href]',
  'ytd-reel-player-header-renderer a[href^="/@"]',
  'ytd-channel-name a[href]',
] as const;

/** The Shorts title / caption. */
export const SHORTS_TITLE = ['yt-reel-multi-format-link-view-model', 'h2.title', '.ytShortsVideoTitleViewModelShortsVideoTitle', 'yt-shorts-video-title-view-model'] as const;

/** The Shorts comments button: its visible label is the count ("1.2K"; "Comments" when there are none shown). */
export const SHORTS_COMMENTS_BUTTON = ['#comments-button button', '#comments-button'] as const;

// ── Community posts ─────────────────────────────────────────────────────────────────────────────

/**
 * The post's permalink: the first link whose href contains this (the time link under #published-time-text;
 * any other /post/ link outside the attachment otherwise).
 */
export const POST_PERMALINK_HREF = '/post/';
export const POST_AUTHOR_LINK = [':is(#author-text)[href]', ':is(#header) a[href^="/@"]'] as const;
export const POST_TEXT = [':is(#content-text)', ':is(#content)'] as const;
/** The comment action bar holding the buttons below. */
export const POST_TOOLBAR = ':is(#action-buttons)';
/** The like count: `#vote-count-middle` (aria-label "1,234 likes", text "1.2K"), then the like button. */
export const POST_LIKE_COUNT = [':is(#vote-count-middle)'] as const;
export const POST_LIKE_BUTTON = [':is(#like-button) button', 'ytd-toggle-button-renderer:is(#like-button) button'] as const;
/** The reply button shows the comment count as its text; its aria-label is just "Comment". */
export const POST_COMMENTS = [':is(#reply-button-end)', ':is(#reply-button)'] as const;
/** The embedded attachment (a shared video, a poll, images): never read for the post's own numbers. */
export const POST_ATTACHMENT = ':is(#content-attachment)';
/** A community post shown as a feed card (home "Latest posts" shelf) has the post's own layout (names). */
export const POST_RENDERERS = ['ytd-post-renderer', 'ytd-backstage-post-renderer'] as const;

// ── Channel header (profile) ────────────────────────────────────────────────────────────────────

/** The 2024+ page header; then the older C4 header. */
export const CHANNEL_HEADER = ['yt-page-header-view-model', 'yt-page-header-renderer', 'ytd-c4-tabbed-header-renderer'] as const;
export const CHANNEL_NAME = [
  'yt-dynamic-text-view-model h1',
  '.yt-page-header-view-model__page-header-title',
  '#channel-name #text',
  'h1',
] as const;
/** Metadata rows of the header: row 1 "@handle", row 2 "2.19M subscribers • 1.2K videos". */
export const CHANNEL_METADATA_PART = [
  'yt-content-metadata-view-model .yt-content-metadata-view-model__metadata-text',
  'yt-content-metadata-view-model .ytContentMetadataViewModelMetadataText',
] as const;
/** The C4 header's separate fields (pre-2024). */
export const CHANNEL_LEGACY_HANDLE = ['#channel-handle'] as const;
export const CHANNEL_LEGACY_SUBSCRIBERS = ['#subscriber-count'] as const;
export const CHANNEL_LEGACY_VIDEOS = ['#videos-count'] as const;
