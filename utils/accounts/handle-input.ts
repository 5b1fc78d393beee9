/**
 * What a manager types to name an account — "@KahawaBora", "kahawabora", or the profile's address
 * copied from the browser — turned into the contract's handle: lower-case, no @, the vanity name as in
 * the account's URL. Null when the input names no account (an empty string, a post's address, a
 * search page, another platform's URL).
 */
import { platformOfUrl, type Platform } from '@/utils/platforms';

const HANDLE = /^[a-z0-9._-]{1,100}$/;

/** Paths that are pages of the platform itself, never an account's vanity name. */
const RESERVED = new Set(['home', 'explore', 'search', 'settings', 'messages', 'notifications', 'i', 'p', 'reel', 'reels', 'stories', 'accounts', 'direct', 'watch', 'shorts', 'feed', 'login', 'hashtag', 'foryou', 'following', 'tag', 'groups', 'events', 'marketplace', 'profile.php', 'share', 'intent']);

function fromPath(platform: Platform, url: URL): string | null {
  const parts = url.pathname.split('/').filter(Boolean).map((part) => decodeURIComponent(part));
  const [first, second] = parts;
  if (!first) return null;
  switch (platform) {
    case 'linkedin':
      // linkedin.com/company/<slug>, /in/<slug>, /showcase/<slug>, /school/<slug>
      return ['company', 'in', 'showcase', 'school'].includes(first) && second ? second : null;
    case 'youtube':
      // youtube.com/@handle (channel ids and legacy /c/ names are not handles)
      return first.startsWith('@') ? first.slice(1) : null;
    case 'tiktok':
    case 'threads':
      return first.startsWith('@') ? first.slice(1) : null;
    default:
      return RESERVED.has(first.toLowerCase()) ? null : first.replace(/^@/, '');
  }
}

/** The handle `input` names on `platform`, or null. A URL of another platform names nothing. */
export function handleFromInput(platform: Platform, input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  const looksLikeUrl = /^(https?:\/\/)?([a-z0-9-]+\.)*[a-z0-9-]+\.[a-z]{2,}\//i.test(text);
  let handle: string | null;
  if (looksLikeUrl) {
    const url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
    url.protocol = 'https:';
    // Bare domains ("instagram.com/…") are the platform's own: compare as www.
    if (platformOfUrl(url.href) === null && !url.hostname.startsWith('www.')) url.hostname = `www.${url.hostname}`;
    if (platformOfUrl(url.href) !== platform) return null;
    handle = fromPath(platform, url);
  } else {
    handle = text.replace(/^@+/, '');
  }
  const normalised = handle?.trim().toLowerCase() ?? '';
  return HANDLE.test(normalised) ? normalised : null;
}

/**
 * The platform whose address `text` is, with or without "https://" and "www." (null for a plain handle):
 * lets a form say "this address is on X" when another platform is chosen.
 */
export function platformOfAddress(text: string): Platform | null {
  const rest = text.trim().replace(/^https?:\/\//i, '');
  if (!rest.includes('/') && !rest.includes('.')) return null;
  return platformOfUrl(`https://${rest}`) ?? platformOfUrl(`https://www.${rest}`);
}
