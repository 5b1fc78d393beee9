/**
 * The few UI words the Facebook adapter cannot avoid: which count of the summary row is which
 * ("56 comments" vs "12 shares" are both plain buttons) and the "Sponsored" label. Everything else is
 * read from structure and hrefs, the same in every UI language.
 *
 * English strings are Facebook's own (quoted by the scrapers cited in selectors.ts). Kiswahili:
 * "Imedhaminiwa" (Sponsored) is Facebook's string as listed by public ad filters (uAssets-based
 * lists, "Imedhaminiwa // Swahili"); "maoni" (comments), "kushiriki"/"shiriki" (share) and
 * "kutazamwa" (viewed) are ordinary Kiswahili words, matched loosely because Facebook's exact sw
 * count strings were not found in a public source.
 */

export interface CountWords {
  comments: RegExp;
  shares: RegExp;
  views: RegExp;
}

/** Keyed by the language part of `<html lang>`. English is always tried as well. */
export const COUNT_WORDS: Record<string, CountWords> = {
  // Views: the number comes first ("1.2M views"), so "View 2 replies" is not a view count.
  en: { comments: /comment/i, shares: /share/i, views: /\d\S*\s+(?:views?|plays?)\b/i },
  sw: { comments: /\bmaoni\b/i, shares: /shirik/i, views: /tazam/i },
};

/**
 * Facebook's "Sponsored" label in the UI languages public ad filters list (facebook-clean-my-feeds
 * KeyWords.SPONSORED, the sponsoredTexts arrays of FB ad blockers). Compared to a whole aria-label or
 * to the whole text of an aria-labelledby target.
 */
export const SPONSORED_LABELS: ReadonlySet<string> = new Set([
  'Sponsored',
  'Imedhaminiwa', // Kiswahili
  'Publicidad',
  'Patrocinado',
  'Gesponsert',
  'Sponsorisé',
  'Commandité',
  'Sponsorizzato',
  'Sponsorowane',
  'Gesponsord',
  'Sponsorlu',
  'Sponzorováno',
  'Sponsoreret',
  'Sponset',
  'Sponsrat',
  'Sponsoroitu',
  'Bersponsor',
  'Ditaja',
  'May Sponsor',
  'Daukar Nauyi', // Hausa
  'Được tài trợ',
  'Χορηγούμενη',
  'Реклама',
  'Спонсорирано',
  'Спонсорована',
  'ממומן',
  'مُموَّل',
  'प्रायोजित',
  'Hirdetés',
  '広告',
  '赞助内容',
  '贊助',
  '광고',
]);
