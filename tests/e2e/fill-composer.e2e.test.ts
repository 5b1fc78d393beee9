// "Fill composer": faithful X and LinkedIn composer fixtures served at their real URLs; the side panel's
// Compose area (opened in a tab) sends a variant's final text to the active platform tab, whose content
// script types it into the editor with the events the editor listens to — the fixture editor's own model
// (built from beforeinput/input only) must hold exactly the final text. And the refusals.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Harness } from './harness';

const FIXTURES = join(import.meta.dirname, '../fixtures/composers');
const TEXT = 'Cupping Friday at the roastery ☕️\nBring a friend 🇰🇪';
const HASHTAGS = ['coffee'];
/** What final-text.ts makes of TEXT and HASHTAGS (no UTM: the text has no links). */
const FINAL = `${TEXT}\n\n#coffee`;

let harness: Harness;
let panel: Page;
beforeAll(async () => {
  harness = await launchExtension();
  await harness.servePlatformPage('https://x.com/compose/post', readFileSync(join(FIXTURES, 'x-compose-post.html'), 'utf8'));
  await harness.servePlatformPage('https://x.com/home', '<!DOCTYPE html><html lang="en"><body><main role="main"><p>Home timeline</p></main></body></html>');
  await harness.servePlatformPage('https://www.linkedin.com/feed/', readFileSync(join(FIXTURES, 'linkedin-share-box.html'), 'utf8'));
  panel = await harness.openPage('sidepanel.html#today');
});
afterAll(async () => {
  expect(harness.pageErrors).toEqual([]);
  await harness.close();
});

/** A raw post row, written into IndexedDB from an extension page (test setup, no app code). */
async function seedPost(page: Page, id: string, platform: 'x' | 'linkedin'): Promise<void> {
  const now = Date.now();
  const row = {
    id, groupId: null, platform, format: 'text', status: 'draft', title: `Cupping Friday ${platform}`, scheduledAt: null,
    localDate: null, localTime: null, timeZone: 'Africa/Nairobi', pillar: '', topic: '', segmentId: null, hookId: null,
    campaignId: null, text: TEXT, hashtags: HASHTAGS, notes: '', mediaIds: [], reminderLeadMinutes: null,
    publishedUrl: null, publishedAt: null, externalId: null, createdAt: now, updatedAt: now,
  };
  await page.evaluate(
    (post) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('mkakati');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction('posts', 'readwrite');
          tx.objectStore('posts').put(post);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
      }),
    row,
  );
}

async function platformPage(url: string): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(url);
  return page;
}

/** The Compose area of a post, in a tab of its own, left in the background. */
async function composeTab(postId: string): Promise<Page> {
  const page = await harness.openPage(`sidepanel.html#compose/${postId}`);
  await page.getByRole('button', { name: 'Fill composer' }).waitFor();
  return page;
}

/** Presses "Fill composer" and returns what the panel says. */
async function fill(page: Page): Promise<string> {
  const button = page.getByRole('button', { name: 'Fill composer' });
  await button.click();
  const status = button.locator('xpath=following-sibling::*[@role="status"]');
  await expect.poll(() => status.textContent(), { timeout: 10_000 }).not.toBe('');
  return (await status.textContent()) ?? '';
}

const model = (page: Page, selector: string) => page.locator(selector).getAttribute('data-model');

describe('fill composer', () => {
  it('fills the X compose dialog with the final text, newlines and emoji included, and leaves the home composer alone', async () => {
    await seedPost(panel, 'fill-x', 'x');
    const compose = await composeTab('fill-x');
    const x = await platformPage('https://x.com/compose/post');
    await expect.poll(() => model(x, '[role="dialog"] [data-testid="tweetTextarea_0"]')).toBe('');
    await x.bringToFront();

    expect(await fill(compose)).toBe('Filled the composer on X — check it and publish');
    expect(await model(x, '[role="dialog"] [data-testid="tweetTextarea_0"]')).toBe(FINAL);
    expect(await x.locator('[data-testid="tweetButton"]').isEnabled()).toBe(true);
    expect(await model(x, 'main [data-testid="tweetTextarea_0"]')).toBe('');

    // Again: the composer holds text now, and it is never mixed with more.
    expect(await fill(compose)).toBe('The X composer already has text: clear it first');
    expect(await model(x, '[role="dialog"] [data-testid="tweetTextarea_0"]')).toBe(FINAL);
    await Promise.all([x.close(), compose.close()]);
  });

  it('fills the LinkedIn share dialog, never a comment box', async () => {
    await seedPost(panel, 'fill-linkedin', 'linkedin');
    const compose = await composeTab('fill-linkedin');
    const linkedin = await platformPage('https://www.linkedin.com/feed/');
    await expect.poll(() => model(linkedin, '[data-test-modal-id="sharebox"] .ql-editor')).toBe('');
    await linkedin.bringToFront();

    expect(await fill(compose)).toBe('Filled the composer on LinkedIn — check it and publish');
    expect(await model(linkedin, '[data-test-modal-id="sharebox"] .ql-editor')).toBe(FINAL);
    expect(await linkedin.locator('.share-actions__primary-action').isEnabled()).toBe(true);
    expect(await model(linkedin, '.comments-comment-box .ql-editor')).toBe('');
    await Promise.all([linkedin.close(), compose.close()]);
  });

  it('refuses when the active tab is not the platform, and when no composer is open', async () => {
    const compose = await composeTab('fill-x');
    const linkedin = await platformPage('https://www.linkedin.com/feed/');
    await linkedin.bringToFront();
    expect(await fill(compose)).toBe('Open x.com and start a post first');
    expect(await model(linkedin, '[data-test-modal-id="sharebox"] .ql-editor')).toBe('');

    const home = await platformPage('https://x.com/home');
    await home.bringToFront();
    await expect.poll(() => fill(compose), { timeout: 15_000 }).toBe('No X composer is open on this tab');
    await Promise.all([linkedin.close(), home.close(), compose.close()]);
  });

  it('the fixture editors are not fooled by text written into the DOM without input events', async () => {
    const x = await platformPage('https://x.com/compose/post');
    const editor = x.locator('[role="dialog"] [data-testid="tweetTextarea_0"]');
    await editor.evaluate((element) => (element.textContent = 'typed behind the editor’s back'));
    expect(await editor.getAttribute('data-model')).toBe('');
    expect(await x.locator('[data-testid="tweetButton"]').isEnabled()).toBe(false);
    await x.close();
  });
});
