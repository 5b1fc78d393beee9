/**
 * Threads (www.threads.com, formerly www.threads.net) selectors and UI words.
 *
 * Threads is Instagram's obfuscated React stack ("Barcelona"): every class name is an atomic hash
 * (`x1a6qonq`, `xkbb5z`) and there is no `<article>` and no `data-testid`. What stays put is
 * `data-pressable-container`, the permalink `href` shape `/@handle/post/<code>`, `time[datetime]`,
 * `dir`/`translate` attributes and the action icons' `svg[aria-label]` (with a `<title>` of the same
 * word). Sources (research notes in /work/shared/reference/platforms.md §4 plus public code):
 * - "Threads Selectors Reference" (safari automation docs, verified 2026-01-30): post container,
 *   `svg[aria-label="Like"|"Unlike"|"Reply"|"Repost"|"Share"]`, `a[href*="/post/"]`, `time`.
 * - a read-only Threads archive reader (`browser-extension/reader.js`, "threads-dom-2026-09-19"):
 *   `[data-column-scrollable][role=region]` > `[data-virtualized]` > `[data-pressable-container]`,
 *   permalink `<a href="/@user/post/<code>"><time datetime></time></a>`, caption `span[dir=auto]`,
 *   quoted posts as a nested `[data-pressable-container]`.
 * - an Indonesian DOM feed scraper (verified 2026-10-08): the count sits inside the action's
 *   `div[role=button]` next to the icon ("Suka857", i.e. title text + number).
 * No obfuscated class name is used anywhere.
 */

/** One post: feed item, the post page's main post, each reply, a profile's thread. */
export const POST_ROOT = [
  // Every content unit on Threads (posts and replies) is a pressable container; a quoted post is a
  // pressable container nested inside its quoting post (topLevelRoots skips it).
  '[data-pressable-container="true"]',
] as const;

/** The permalink anchor: `/@handle/post/<code>` (also `/@handle/post/<code>/media` on media). */
export const PERMALINK = [
  // Relative on the live page; absolute forms (https://www.threads.com/…) appear in shared markup.
  'a[href*="/post/"]',
] as const;

/** The post's timestamp; the permalink anchor wraps it, so it also marks the header row. */
export const TIME = ['time[datetime]'] as const;

/** Action icons: each action is a `div[role=button]` holding an `svg[aria-label]` and its number. */
export const ACTION_ICON = ['svg[aria-label]'] as const;
export const ACTION_BUTTON = ['[role="button"]'] as const;

/** Caption paragraphs (one `span[dir=auto]` per paragraph), also header words such as "Sponsored". */
export const TEXT_SPAN = ['span[dir="auto"]'] as const;
/** Controls and links whose text is never caption text (author, time, link cards, "Translate"). */
export const NOT_CAPTION = ['a', '[role="button"]'] as const;

/** Leaf spans scanned for the "Sponsored" label of an ad (which shows no time). */
export const LABEL_SPAN = ['span'] as const;

/** Profile page: display name. Threads renders it as the page's only `h1` in the profile header. */
export const PROFILE_NAME = ['h1'] as const;
/** First-load fallback for the name: "Name (@handle) • Threads, Say more". Stale after SPA moves. */
export const PROFILE_TITLE_META = ['meta[property="og:title"]'] as const;
/** A followers figure may carry the exact number in a `title` (Instagram habit; unconfirmed on Threads). */
export const TITLED = ['[title]'] as const;

/**
 * Action icon words per UI language. English from the sources above; German from Meta's German UI
 * (Instagram/Facebook use "Gefällt mir", "Antworten"/"Kommentieren", "Teilen"); the German repost
 * word is unconfirmed, hence two variants and the positional fallback in the adapter.
 */
export const LIKE_LABELS = ['Like', 'Unlike', 'Gefällt mir', 'Gefällt mir nicht mehr'] as const;
export const REPLY_LABELS = ['Reply', 'Comment', 'Antworten', 'Kommentieren'] as const;
export const REPOST_LABELS = ['Repost', 'Reposten', 'Erneut posten'] as const;
export const SHARE_LABELS = ['Share', 'Teilen'] as const;

/** The ad label Threads shows in place of the time (ads since 2025). */
export const SPONSORED_LABELS = ['Sponsored', 'Gesponsert'] as const;

/** "12.3K followers", "1 follower", "12.345 Follower" — the word after the number on a profile. */
export const FOLLOWER_WORDS = ['followers', 'follower', 'Follower', 'Follower:innen'] as const;
