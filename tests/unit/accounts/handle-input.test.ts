// Naming an account: "@Handle", "handle", or the profile's address → the contract's handle, or null.
import { describe, expect, it } from 'vitest';
import { handleFromInput } from '@/utils/accounts/handle-input';

describe('handleFromInput', () => {
  it.each([
    ['instagram', '@KahawaBora', 'kahawabora'],
    ['instagram', ' kahawa.bora ', 'kahawa.bora'],
    ['instagram', 'https://www.instagram.com/KahawaBora/?hl=en', 'kahawabora'],
    ['instagram', 'instagram.com/kahawabora', 'kahawabora'],
    ['x', 'https://twitter.com/Kahawa_Bora', 'kahawa_bora'],
    ['x', 'https://x.com/kahawa_bora/status/1860000000000000001', 'kahawa_bora'],
    ['linkedin', 'https://www.linkedin.com/company/kahawa-bora-roasters/posts/', 'kahawa-bora-roasters'],
    ['linkedin', 'https://www.linkedin.com/in/wanjiru-kamau/', 'wanjiru-kamau'],
    ['youtube', 'https://www.youtube.com/@KahawaBora/videos', 'kahawabora'],
    ['tiktok', 'https://www.tiktok.com/@kahawabora', 'kahawabora'],
    ['threads', 'https://www.threads.com/@kahawabora', 'kahawabora'],
    ['facebook', 'https://www.facebook.com/KahawaBoraRoasters', 'kahawaboraroasters'],
  ] as const)('%s: %s → %s', (platform, input, handle) => {
    expect(handleFromInput(platform, input)).toBe(handle);
  });

  it.each([
    ['instagram', ''],
    ['instagram', '   '],
    ['instagram', 'https://www.instagram.com/explore/'],
    ['instagram', 'https://www.instagram.com/p/C0ffee1/'],
    ['instagram', 'https://x.com/kahawabora'],
    ['youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['linkedin', 'https://www.linkedin.com/feed/'],
    ['x', 'not a handle!'],
    ['x', 'https://x.com/home'],
  ] as const)('%s: %j names no account', (platform, input) => {
    expect(handleFromInput(platform, input)).toBeNull();
  });
});
