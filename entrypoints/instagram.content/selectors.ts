/**
 * Where Instagram (www.instagram.com) puts what we read. Instagram ships atomic/hashed class names only
 * (`x1lliihq`, `_ap3a`, `_ac2a` …), so every hook here is an element name, an `href` shape, a `title`,
 * a `time[datetime]` or a `dir`/`role` attribute. Each export is a list of alternatives, tried as one
 * selector list. Sources (see /work/shared/reference/platforms.md §3): Zeeschuimer modules/instagram.js,
 * public post-page scrapers (likes in `section a[href$="/liked_by/"] span > span.html-span`, post time in
 * `a[href*="/p/"] > span > time[datetime]`, comment times in `a[href*="/c/"] > time`), profile scrapers
 * (three `span._ac2a` counters, followers with `title`), ad-hiding userscripts/extensions (the
 * "Sponsored" label in the article's first child), and the og:description tests of several tools.
 */

/**
 * One post: the `<article>` of a feed item, of the post page (/p/<code>/, /reel/<code>/) and of the post
 * modal (`[role="dialog"] article`). Every public feed scraper and ad blocker keys on it.
 */
export const POST_ROOT = ['article'] as const;

/*
 * Inside a post the adapter walks element names with getElementsByTagName (live, cached collections):
 * one selector query per post costs more than the whole per-post budget (1,000 posts in 5 ms). So the
 * per-post lists below are element names, and the attribute each one needs is checked in code, as noted.
 */

/**
 * The post's header (avatar, author, collaborators, time, "Sponsored", location, audio). The post page
 * and the modal wrap it in `<header>`; feed items put it in the article's first child (the ad blockers'
 * `article.firstElementChild`), which the adapter uses on the feed without searching.
 */
export const POST_HEADER = ['header'] as const;

/** `time[datetime]`: the post's own sits in its permalink, comments' ones in `/p/<code>/c/<id>/` links. */
export const TIME = ['time'] as const;

/** `a[href]`: every link of a post; the adapter classifies them by `href` shape in one pass. */
export const LINK = ['a'] as const;

/**
 * The caption. The post page, the modal and reels render it as `h1[dir="auto"]` (several scrapers:
 * `h1[dir="auto"]`, `article h1`).
 */
export const CAPTION = ['h1'] as const;

/**
 * `span[dir="auto"]`: user text. Feed captions (no `h1` in feed builds) are the user-text span right
 * after the author's name in the body; last resort: the first one outside links and the header.
 */
export const USER_TEXT = ['span'] as const;
export const USER_TEXT_DIR = 'auto';

/**
 * The action bar and the like line under it: `<section>` on the post page and in the feed
 * (`section a[href$="/liked_by/"]`, `section span[role="button"]` in public scrapers). Text that is
 * not a link (views of a video, "Be the first to like this") is only searched inside these.
 */
export const ACTION_SECTION = ['section'] as const;

/** Spans inside the action sections whose text may be a views line or a like line without a link. */
export const SECTION_TEXT = ['span'] as const;

/** Leaves of the header that may carry the ad label (whole text compared with SPONSORED_LABELS). */
export const HEADER_LABEL = ['span', 'a'] as const;

/** Profile page: the header with name, handle and the posts / followers / following counters. */
export const PROFILE_HEADER = ['main header', 'header'] as const;

/** Followers / following links; the followers counter carries the exact number in `title` (research §3.1). */
export const FOLLOWERS_LINK = ['a[href$="/followers/"]'] as const;
export const FOLLOWING_LINK = ['a[href$="/following/"]'] as const;

/** An element holding the unabbreviated count (`<span title="307,912,401">307M</span>`). */
export const EXACT_TITLE = ['span[title]', '[title]'] as const;

/** The counters list (posts, followers, following in this order) when the links are missing (logged out). */
export const COUNTER_ITEM = ['ul > li'] as const;

/** The display name in the profile header: a user-text span outside the handle heading and links. */
export const PROFILE_NAME = ['span[dir="auto"]'] as const;

/**
 * First-load meta tags: "1,234 Followers, 56 Following, 78 Posts - See Instagram photos and videos from
 * Name (@handle)" / pt-BR "12,3 mil seguidores, 540 seguindo, 688 publicações - Veja as fotos e vídeos
 * do Instagram de Name (@handle)"; og:title "Name (@handle) • Instagram photos and videos". Stale after
 * SPA navigation, so the adapter only trusts them when they name the handle of the current URL.
 */
export const META_DESCRIPTION = ['meta[property="og:description"]', 'meta[name="description"]'] as const;
export const META_TITLE = ['meta[property="og:title"]'] as const;

/** The ad label, compared with whole leaf text (ad-hiding extensions' keyword lists). */
export const SPONSORED_LABELS: readonly string[] = [
  'sponsored',
  'patrocinado',
  'publicidad',
  'gesponsert',
  'sponsorisé',
  'sponsorizzato',
  'sponsorowane',
  'sponsorlu',
  'bersponsor',
  'dhaminiwa',
  'реклама',
  '広告',
  '광고',
];

/** "Be the first to like this": the like line when a post has no likes (a certain zero). */
export const ZERO_LIKES_PHRASES: readonly string[] = ['be the first to like this', 'seja o primeiro a curtir isso'];

/** Words of a views line under a video ("12,345 views", "45,6 mil visualizações"). */
export const VIEW_WORDS: readonly string[] = ['views', 'plays', 'visualizações', 'visualização', 'reproduções'];

/** Words of a like line that is not a link ("1,234 likes", "1.234 curtidas"). */
export const LIKE_WORDS: readonly string[] = ['likes', 'like', 'curtidas', 'curtida'];

/** First path segments that are Instagram's own pages, never a handle. */
export const RESERVED_PATHS: ReadonlySet<string> = new Set([
  'about',
  'accounts',
  'ads',
  'ajax',
  'api',
  'challenge',
  'developer',
  'direct',
  'directory',
  'emails',
  'explore',
  'graphql',
  'legal',
  'lite',
  'nametag',
  'notifications',
  'oauth',
  'p',
  'press',
  'privacy',
  'qr',
  'reel',
  'reels',
  'session',
  'static',
  'stories',
  'terms',
  'tv',
  'web',
  'your_activity',
]);

/** Profile tabs that still show the profile header: /<handle>/reels/, /<handle>/tagged/. */
export const PROFILE_TABS: ReadonlySet<string> = new Set(['reels', 'tagged']);

/** Join an alternatives list into one selector list. */
export function any(alternatives: readonly string[]): string {
  return alternatives.join(', ');
}
