/**
 * The supported platforms and the hosts each one serves its pages from. The manifest's host
 * permissions (wxt.config.ts) and the background's sender checks both follow this list.
 */
export const PLATFORMS = ['x', 'instagram', 'facebook', 'linkedin', 'youtube', 'tiktok', 'threads'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Exact host names; `*.` entries also match any subdomain (mobile.x.com, m.facebook.com …). */
export const PLATFORM_HOSTS: Record<Platform, readonly string[]> = {
  x: ['x.com', '*.x.com', 'twitter.com', '*.twitter.com'],
  instagram: ['www.instagram.com'],
  facebook: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com'],
  linkedin: ['www.linkedin.com'],
  youtube: ['www.youtube.com', 'm.youtube.com'],
  tiktok: ['www.tiktok.com'],
  threads: ['www.threads.com', 'www.threads.net'],
};

/** Match patterns of one platform's pages: https only, every path (a content script's `matches`). */
export function platformMatches(platform: Platform): string[] {
  return PLATFORM_HOSTS[platform].map((host) => `https://${host}/*`);
}

/** Match patterns for the manifest: https only, every path. */
export function hostPermissions(): string[] {
  return PLATFORMS.flatMap(platformMatches);
}

function hostMatches(host: string, pattern: string): boolean {
  return pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern;
}

/** The platform a page URL belongs to, or null (also for http: and anything that is not a URL). */
export function platformOfUrl(url: string | undefined): Platform | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Not a URL: it belongs to no platform.
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase();
  return PLATFORMS.find((platform) => PLATFORM_HOSTS[platform].some((p) => hostMatches(host, p))) ?? null;
}

/** The domains a post's own address can be on, share links included (youtu.be, fb.watch, vm.tiktok.com …). */
const POST_DOMAINS: Record<Platform, readonly string[]> = {
  x: ['x.com', 'twitter.com'],
  instagram: ['instagram.com'],
  facebook: ['facebook.com', 'fb.com', 'fb.watch'],
  linkedin: ['linkedin.com'],
  youtube: ['youtube.com', 'youtu.be'],
  tiktok: ['tiktok.com'],
  threads: ['threads.com', 'threads.net'],
};

/**
 * The platform a pasted post address is on, or null: https, on the platform's domain or a subdomain of
 * it. Wider than platformOfUrl (the pages the extension runs on): an address typed by a person may
 * lack "www." or be a share link.
 */
export function platformOfPostUrl(url: string): Platform | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    // Not a URL: it is on no platform.
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase();
  return PLATFORMS.find((platform) => POST_DOMAINS[platform].some((domain) => host === domain || host.endsWith(`.${domain}`))) ?? null;
}
