/**
 * The address of a tracked account's profile page, for "Open their profile on Instagram" links: the
 * address stored with the account when there is one, else the platform's profile URL for the handle
 * (LinkedIn handles of the brand and its competitors are company pages).
 */
import type { Account, Platform } from '@/storage/schemas';

const PROFILE_ADDRESSES: Record<Platform, (handle: string) => string> = {
  x: (handle) => `https://x.com/${handle}`,
  instagram: (handle) => `https://www.instagram.com/${handle}/`,
  facebook: (handle) => `https://www.facebook.com/${handle}`,
  linkedin: (handle) => `https://www.linkedin.com/company/${handle}/`,
  youtube: (handle) => `https://www.youtube.com/@${handle}`,
  tiktok: (handle) => `https://www.tiktok.com/@${handle}`,
  threads: (handle) => `https://www.threads.net/@${handle}`,
};

export function profileAddress(account: Pick<Account, 'platform' | 'handle' | 'url'>): string {
  return account.url ?? PROFILE_ADDRESSES[account.platform](account.handle);
}
