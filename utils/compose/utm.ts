/**
 * UTM tags on a post's links, so the brand's web analytics tell which platform, campaign and post
 * brought a visitor: utm_source = the platform id, utm_medium = social, utm_campaign = the campaign's
 * slug (left out without a campaign), utm_content = the post id.
 */
import twitterText from 'twitter-text';
import type { Platform } from '@/utils/platforms';

export interface UtmParams {
  source: string;
  medium: string;
  /** Left out when null, undefined or empty. */
  campaign?: string | null;
  /** Left out when null, undefined or empty. */
  content?: string | null;
}

export interface UtmTarget {
  platform: Platform;
  /** The campaign's slug (slugify(campaign.name)); null or undefined when the post has no campaign. */
  campaignSlug?: string | null;
  postId: string;
}

// Letters that carry no combining accent to strip, spelled as an ASCII reader expects.
const LATIN_SPECIALS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i' };

/**
 * A name as a URL-friendly slug: lower case, Latin accents stripped ("Café Été" → "cafe-ete"), every
 * run of other characters one "-", none at either end. Letters of other scripts are kept as they are
 * (a name in Arabic or Devanagari still gives a slug, with its own vowel signs intact); only the
 * accents of the Combining Diacritical Marks block are removed. Idempotent: a slug stays itself.
 */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[ßæœøđðłþı]/g, (letter) => LATIN_SPECIALS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The UTM parameters of one post's links. The campaign slug goes through slugify once more (a slug
 * stays itself), so a campaign's name passed as it is gives the same tag; an empty one gives none.
 */
export function utmParamsFor(target: UtmTarget): UtmParams {
  return { source: target.platform, medium: 'social', campaign: slugify(target.campaignSlug ?? ''), content: target.postId };
}

/** The parsed URL, or null for text that is no URL (left exactly as the author wrote it). */
function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    // Not a URL: the caller leaves it alone rather than "fixing" it behind the author's back.
    return null;
  }
}

function isUtmParameter(pair: string): boolean {
  const name = pair.split('=', 1)[0]!.replace(/\+/g, ' ');
  let decoded: string;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    // A malformed escape ("%E0%A4") is not a name we set: keep the pair as the author wrote it.
    return false;
  }
  return decoded.trim().toLowerCase().startsWith('utm_');
}

/**
 * The URL with our UTM parameters: every utm_* parameter it had is dropped (ours replace them — a
 * copied link's old utm_term or utm_campaign would mislabel the visit), the others are kept exactly as
 * written and in order, ours follow in the order source, medium, campaign, content, and a #fragment
 * stays last. The rest of the URL is not re-serialised (no slash added, no re-encoding). Anything that
 * is not an absolute http(s) URL — mailto:, tel:, a relative path, a broken URL — comes back as it was.
 */
export function applyUtmToUrl(url: string, params: UtmParams): string {
  if (!/^https?:\/\//i.test(url) || parseUrl(url) === null) return url;
  const hashAt = url.indexOf('#');
  const fragment = hashAt === -1 ? '' : url.slice(hashAt);
  const beforeFragment = hashAt === -1 ? url : url.slice(0, hashAt);
  const queryAt = beforeFragment.indexOf('?');
  const base = queryAt === -1 ? beforeFragment : beforeFragment.slice(0, queryAt);
  const kept = queryAt === -1 ? [] : beforeFragment.slice(queryAt + 1).split('&').filter((pair) => pair !== '' && !isUtmParameter(pair));
  const ours: [string, string | null | undefined][] = [
    ['utm_source', params.source],
    ['utm_medium', params.medium],
    ['utm_campaign', params.campaign],
    ['utm_content', params.content],
  ];
  const added = ours.filter((pair): pair is [string, string] => !!pair[1]).map(([name, value]) => `${name}=${encodeURIComponent(value)}`);
  return `${base}?${[...kept, ...added].join('&')}${fragment}`;
}

/**
 * Hosts whose links get no UTM tags: the platforms themselves (their short links too) and the
 * messengers a post sends people to. None of them runs the brand's analytics, so the tags would only
 * lengthen the link. A host matches itself and its subdomains.
 */
const UNTAGGED_HOSTS = [
  'x.com', 'twitter.com', 't.co',
  'instagram.com', 'instagr.am',
  'facebook.com', 'fb.com', 'fb.me', 'fb.watch', 'm.me',
  'linkedin.com', 'lnkd.in',
  'youtube.com', 'youtu.be',
  'tiktok.com',
  'threads.net', 'threads.com',
  'wa.me', 'whatsapp.com', 't.me',
];

function isUntaggedHost(url: string): boolean {
  const host = parseUrl(url)?.hostname.toLowerCase().replace(/\.$/, '');
  if (host === undefined) return true;
  return UNTAGGED_HOSTS.some((untagged) => host === untagged || host.endsWith(`.${untagged}`));
}

/**
 * The text with UTM tags on each of its http(s) links. Links are found as X finds them
 * (twitter-text): a sentence's closing ".", ",", "!", "?" or an unbalanced ")" stays outside the link;
 * a query or #fragment is part of it. Links without a scheme ("kahawa.co.ke") are left alone — tagging
 * them would mean rewriting what the author typed — and so are links to the platforms and messengers
 * (see UNTAGGED_HOSTS), other schemes, and text that only looks like a URL but does not parse.
 */
export function withUtm(text: string, target: UtmTarget): string {
  const params = utmParamsFor(target);
  let result = '';
  let copiedUpTo = 0;
  for (const { url, indices } of twitterText.extractUrlsWithIndices(text)) {
    const [start, end] = indices;
    const tagged = applyUtmToUrl(url, params);
    if (tagged === url || isUntaggedHost(url)) continue;
    result += text.slice(copiedUpTo, start) + tagged;
    copiedUpTo = end;
  }
  return result + text.slice(copiedUpTo);
}
