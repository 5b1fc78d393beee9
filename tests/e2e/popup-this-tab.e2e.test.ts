// The popup over a platform page: the real content script reads an X profile served at its real URL,
// the background keeps what the tab read, and the popup (in a window of its own, like the toolbar
// popup over the page) shows it and tracks the profile in one click.
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Harness } from './harness';
import { readTable } from './idb';

const FIXTURE = 'tests/fixtures/x/profile-en';
const { url: PROFILE_URL } = JSON.parse(readFileSync(`${FIXTURE}.json`, 'utf8')) as { url: string };
/** Where the popup's screenshots go, to look at (not compared). */
const SHOTS = process.env.MKAKATI_SHOTS ?? join(tmpdir(), 'mkakati-popup-this-tab');

let harness: Harness;
beforeAll(async () => {
  harness = await launchExtension();
  mkdirSync(SHOTS, { recursive: true });
  await harness.servePlatformPage('https://x.com/**', readFileSync(`${FIXTURE}.html`, 'utf8'));
  await harness.servePlatformPage('https://example.com/**', '<!doctype html><title>Elsewhere</title><h1>Not a platform</h1>');
});
afterAll(async () => {
  expect(harness.pageErrors).toEqual([]);
  await harness.close();
});

/** A normal tab at `url`, in front: the page the toolbar popup would be opened over. */
async function openTab(url: string): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(url);
  await page.bringToFront();
  return page;
}

/** popup.html in a popup-type window (the service worker opens it: web pages may not open extension pages). */
async function openPopup(): Promise<Page> {
  const opened = harness.context.waitForEvent('page');
  await harness.worker.evaluate((url) => chrome.windows.create({ url, type: 'popup', width: 380, height: 640 }).then(() => undefined), harness.url('popup.html'));
  const popup = await opened;
  await popup.waitForURL(harness.url('popup.html'));
  popup.on('pageerror', (error) => harness.pageErrors.push(`popup window: ${error.message}`));
  popup.on('console', (message) => {
    if (message.type() === 'error') harness.pageErrors.push(`popup window: console: ${message.text()}`);
  });
  await popup.setViewportSize({ width: 360, height: 640 });
  await popup.waitForLoadState();
  return popup;
}

describe('popup: on this tab', () => {
  it('shows the profile read on the tab and tracks it as a competitor in one click', async () => {
    await openTab(PROFILE_URL);
    // The capture reached the background: the tab's record holds the profile.
    await expect
      .poll(() => harness.worker.evaluate(async () => Object.values(await chrome.storage.session.get(null)).some((record) => (record as { profile?: { handle: string } | null }).profile?.handle === 'orbitnews')), { timeout: 15_000 })
      .toBe(true);

    const popup = await openPopup();
    const card = popup.getByTestId('this-tab');
    const profile = card.getByTestId('this-tab-profile');
    await expect.poll(() => profile.textContent()).toContain('X · @orbitnews · 235.2M followers');
    expect(await card.getByTestId('this-tab-counts').textContent()).toBe('2 posts read, 0 kept (tracked accounts)');
    await popup.screenshot({ path: join(SHOTS, 'popup-profile-untracked.png'), fullPage: true });

    await profile.getByRole('button', { name: 'Track as competitor' }).click();
    await profile.getByText('Tracked as competitor').waitFor();
    await expect.poll(() => profile.getByRole('status').textContent()).toBe('Saved the profile and 1 post read on this tab.');
    await expect.poll(() => card.getByTestId('this-tab-counts').textContent()).toBe('2 posts read, 1 kept (tracked accounts)');
    await popup.screenshot({ path: join(SHOTS, 'popup-profile-tracked.png'), fullPage: true });

    const accounts = await readTable<{ platform: string; handle: string; role: string; displayName?: string }>(popup, 'accounts');
    expect(accounts).toEqual([expect.objectContaining({ platform: 'x', handle: 'orbitnews', role: 'competitor', displayName: 'Orbit News' })]);
    const snapshots = await readTable<{ platform: string; handle: string; followers: number | null }>(popup, 'profileSnapshots');
    expect(snapshots).toEqual([expect.objectContaining({ platform: 'x', handle: 'orbitnews', followers: 235_200_000 })]);
    // The profile's own pinned post is recorded; the repost of another account is not this account's post.
    const posts = await readTable<{ postId: string; author: string }>(popup, 'observedPosts');
    expect(posts.map((post) => [post.postId, post.author])).toEqual([['1763534649553846349', 'orbitnews']]);
    await popup.close();
  });

  it('says one quiet line over a page that is not a platform', async () => {
    await openTab('https://example.com/');
    const popup = await openPopup();
    await expect.poll(() => popup.getByTestId('this-tab-elsewhere').textContent()).toBe('Open a post, feed or profile on a supported platform to read its numbers.');
    await popup.screenshot({ path: join(SHOTS, 'popup-elsewhere.png'), fullPage: true });
    await popup.close();
  });
});
