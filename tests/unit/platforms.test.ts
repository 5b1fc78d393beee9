import { describe, expect, it } from 'vitest';
import { PLATFORMS, hostPermissions, platformOfUrl } from '@/utils/platforms';

describe('platformOfUrl', () => {
  it.each([
    ['https://x.com/kahawabora/status/1860000000000000000', 'x'],
    ['https://mobile.x.com/home', 'x'],
    ['https://twitter.com/kahawabora', 'x'],
    ['https://www.instagram.com/p/C0ffee123/', 'instagram'],
    ['https://www.facebook.com/kahawabora', 'facebook'],
    ['https://m.facebook.com/story.php', 'facebook'],
    ['https://www.linkedin.com/company/kahawa-bora/', 'linkedin'],
    ['https://www.youtube.com/@kahawabora', 'youtube'],
    ['https://www.tiktok.com/@kahawabora/video/7300000000000000000', 'tiktok'],
    ['https://www.threads.com/@kahawabora', 'threads'],
    ['https://www.threads.net/@kahawabora', 'threads'],
  ])('%s → %s', (url, platform) => {
    expect(platformOfUrl(url)).toBe(platform);
  });

  it.each([
    'http://x.com/home', // not https
    'https://x.com.evil.example/home',
    'https://evilx.com/home',
    'https://instagram.com.example.org/',
    'https://example.com/?u=https://x.com',
    'chrome-extension://abc/sidepanel.html',
    'not a url',
    '',
    undefined,
  ])('%s belongs to no platform', (url) => {
    expect(platformOfUrl(url)).toBeNull();
  });

  it('gives https match patterns for every platform and nothing wider', () => {
    const patterns = hostPermissions();
    for (const platform of PLATFORMS) expect(patterns.some((p) => platformOfUrl(p.replace('*.', 'www.').replace('/*', '/')) === platform)).toBe(true);
    expect(patterns.every((p) => /^https:\/\/(\*\.)?[a-z.]+\/\*$/.test(p))).toBe(true);
    expect(patterns).not.toContain('<all_urls>');
  });
});
