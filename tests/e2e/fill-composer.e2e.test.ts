// "Fill composer": faithful X, LinkedIn, Facebook, Threads, Instagram and TikTok composer fixtures served at
// their real URLs; the side panel's
// Compose area (opened in a tab) sends a variant's final text to the active platform tab, whose content
// script types it into the editor with the events the editor listens to — the fixture editor's own model
// (built from beforeinput/input only) must hold exactly the final text. And the refusals.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Harness } from './harness';
import { putRows, readTable } from './idb';

const FIXTURES = join(import.meta.dirname, '../fixtures/composers');
const TEXT = 'Cupping Friday at the roastery ☕️\nBring a friend 🇰🇪';
const HASHTAGS = ['coffee'];
/** What final-text.ts makes of TEXT and HASHTAGS (no UTM: the text has no links). */
const FINAL = `${TEXT}\n\n#coffee`;
const THREADS_POST = 'https://www.threads.com/@mkahawa.roastery/post/DA1b2C3d4E5';
const TIKTOK_VIDEO = 'https://www.tiktok.com/@mkahawa.roastery/video/7420000000000000000';

let harness: Harness;
let panel: Page;
beforeAll(async () => {
  harness = await launchExtension();
  await harness.servePlatformPage('https://x.com/compose/post', readFileSync(join(FIXTURES, 'x-compose-post.html'), 'utf8'));
  await harness.servePlatformPage('https://x.com/home', '<!DOCTYPE html><html lang="en"><body><main role="main"><p>Home timeline</p></main></body></html>');
  await harness.servePlatformPage('https://www.linkedin.com/feed/', readFileSync(join(FIXTURES, 'linkedin-share-box.html'), 'utf8'));
  await harness.servePlatformPage('https://www.facebook.com/', readFileSync(join(FIXTURES, 'facebook-create-post.html'), 'utf8'));
  await harness.servePlatformPage(THREADS_POST, readFileSync(join(FIXTURES, 'threads-new-thread.html'), 'utf8'));
  await harness.servePlatformPage('https://www.instagram.com/', readFileSync(join(FIXTURES, 'instagram-create-post.html'), 'utf8'));
  await harness.servePlatformPage('https://www.tiktok.com/tiktokstudio/upload', readFileSync(join(FIXTURES, 'tiktok-studio-upload.html'), 'utf8'));
  await harness.servePlatformPage(TIKTOK_VIDEO, readFileSync(join(FIXTURES, 'tiktok-video.html'), 'utf8'));
  panel = await harness.openPage('sidepanel.html#today');
});
afterAll(async () => {
  expect(harness.pageErrors).toEqual([]);
  await harness.close();
});

/** A raw post row, written into IndexedDB from an extension page (test setup, no app code). */
async function seedPost(page: Page, id: string, platform: 'x' | 'linkedin' | 'facebook' | 'threads' | 'instagram' | 'tiktok'): Promise<void> {
  const now = Date.now();
  await putRows(page, 'posts', [
    {
      id, groupId: null, platform, format: 'text', status: 'draft', title: `Cupping Friday ${platform}`, scheduledAt: null,
      localDate: null, localTime: null, timeZone: 'Africa/Nairobi', pillar: '', topic: '', segmentId: null, hookId: null,
      campaignId: null, text: TEXT, hashtags: HASHTAGS, notes: '', mediaIds: [], reminderLeadMinutes: null,
      publishedUrl: null, publishedAt: null, externalId: null, createdAt: now, updatedAt: now,
    },
  ]);
}

const statusOf = async (id: string) => (await readTable<{ id: string; status: string }>(panel, 'posts')).find((post) => post.id === id)?.status;

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
    // Handed over: the post now waits as ready to publish.
    await expect.poll(() => statusOf('fill-x')).toBe('ready');
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

  it('fills Facebook’s Create post dialog (as a paste: Lexical), never a comment box, and only once', async () => {
    await seedPost(panel, 'fill-facebook', 'facebook');
    const compose = await composeTab('fill-facebook');
    const facebook = await platformPage('https://www.facebook.com/');
    const editor = '[role="dialog"] [data-lexical-editor="true"]';
    await expect.poll(() => model(facebook, editor)).toBe('');
    await facebook.bringToFront();

    expect(await fill(compose)).toBe('Filled the composer on Facebook — check it and publish');
    expect(await model(facebook, editor)).toBe(FINAL);
    expect(await facebook.locator('[role="dialog"] [role="button"][aria-label="Post"]').getAttribute('aria-disabled')).toBe('false');
    expect(await model(facebook, '[role="article"] [data-lexical-editor="true"]')).toBe('');

    expect(await fill(compose)).toBe('The Facebook composer already has text: clear it first');
    expect(await model(facebook, editor)).toBe(FINAL);
    await Promise.all([facebook.close(), compose.close()]);
  });

  it('fills Threads’ New thread dialog, never the reply box under the post', async () => {
    await seedPost(panel, 'fill-threads', 'threads');
    const compose = await composeTab('fill-threads');
    const threads = await platformPage(THREADS_POST);
    const editor = '[role="dialog"] [data-lexical-editor="true"]';
    await expect.poll(() => model(threads, editor)).toBe('');
    await threads.bringToFront();

    expect(await fill(compose)).toBe('Filled the composer on Threads — check it and publish');
    expect(await model(threads, editor)).toBe(FINAL);
    expect(await threads.locator('[role="dialog"] .post-button').getAttribute('aria-disabled')).toBe('false');
    expect(await model(threads, '.reply-composer [data-lexical-editor="true"]')).toBe('');
    await Promise.all([threads.close(), compose.close()]);
  });

  it('fills Instagram’s caption in Create new post, never the feed’s comment box', async () => {
    await seedPost(panel, 'fill-instagram', 'instagram');
    const compose = await composeTab('fill-instagram');
    const instagram = await platformPage('https://www.instagram.com/');
    const editor = '[role="dialog"] [aria-label="Write a caption..."]';
    await expect.poll(() => model(instagram, editor)).toBe('');
    await instagram.bringToFront();

    expect(await fill(compose)).toBe('Filled the composer on Instagram — check it and publish');
    expect(await model(instagram, editor)).toBe(FINAL);
    expect(await instagram.locator('.caption-count').textContent()).toBe(`${[...FINAL].length}/2,200`);
    expect(await instagram.locator('textarea[aria-label="Add a comment…"]').inputValue()).toBe('');
    await Promise.all([instagram.close(), compose.close()]);
  });

  it('fills TikTok’s upload caption once the file name TikTok put there is cleared, and never a video’s comment box', async () => {
    await seedPost(panel, 'fill-tiktok', 'tiktok');
    const compose = await composeTab('fill-tiktok');
    const upload = await platformPage('https://www.tiktok.com/tiktokstudio/upload');
    const editor = '[data-e2e="caption_container"] .public-DraftEditor-content';
    await expect.poll(() => model(upload, editor)).toBe('cupping-friday');
    await upload.bringToFront();

    expect(await fill(compose)).toBe("The TikTok caption already has text (TikTok puts the video's file name there): clear it first");
    expect(await model(upload, editor)).toBe('cupping-friday');
    // The manager clears it: select all, Backspace.
    await upload.locator(editor).click();
    await upload.keyboard.press('ControlOrMeta+A');
    await upload.keyboard.press('Backspace');
    await expect.poll(() => model(upload, editor)).toBe('');

    expect(await fill(compose)).toBe('Filled the composer on TikTok — check it and publish');
    expect(await model(upload, editor)).toBe(FINAL);
    expect(await upload.locator('.caption-count').textContent()).toBe(String([...FINAL].length));

    const video = await platformPage(TIKTOK_VIDEO);
    await video.bringToFront();
    await expect.poll(() => fill(compose), { timeout: 15_000 }).toBe('No TikTok composer is open on this tab');
    expect(await model(video, '[data-e2e="comment-input"] .public-DraftEditor-content')).toBe('');
    await Promise.all([upload.close(), video.close(), compose.close()]);
  });

  it('refuses when the active tab is not the platform, and when no composer is open; a refusal leaves the post as it was', async () => {
    await seedPost(panel, 'fill-refused', 'x');
    const compose = await composeTab('fill-refused');
    const linkedin = await platformPage('https://www.linkedin.com/feed/');
    await linkedin.bringToFront();
    expect(await fill(compose)).toBe('Open x.com and start a post first');
    expect(await model(linkedin, '[data-test-modal-id="sharebox"] .ql-editor')).toBe('');

    const home = await platformPage('https://x.com/home');
    await home.bringToFront();
    await expect.poll(() => fill(compose), { timeout: 15_000 }).toBe('No X composer is open on this tab');
    expect(await statusOf('fill-refused')).toBe('draft');
    await Promise.all([linkedin.close(), home.close(), compose.close()]);
  });

  it('the fixture editors are not fooled by text written into the DOM without input events', async () => {
    const x = await platformPage('https://x.com/compose/post');
    const editor = x.locator('[role="dialog"] [data-testid="tweetTextarea_0"]');
    await editor.evaluate((element) => (element.textContent = 'typed behind the editor’s back'));
    expect(await editor.getAttribute('data-model')).toBe('');
    expect(await x.locator('[data-testid="tweetButton"]').isEnabled()).toBe(false);
    await x.close();

    const facebook = await platformPage('https://www.facebook.com/');
    const lexical = facebook.locator('[role="dialog"] [data-lexical-editor="true"]');
    await lexical.evaluate((element) => (element.textContent = 'typed behind the editor’s back'));
    expect(await lexical.getAttribute('data-model')).toBe('');
    expect(await facebook.locator('[role="dialog"] [role="button"][aria-label="Post"]').getAttribute('aria-disabled')).toBe('true');
    await facebook.close();
  });

  it('the Lexical fixtures take a line break only from Enter or a paste, as Lexical does: typing the lines runs them together', async () => {
    const facebook = await platformPage('https://www.facebook.com/');
    const lexical = facebook.locator('[role="dialog"] [data-lexical-editor="true"]');
    // What fillEditor's typing path does, which is why Lexical editors are given a paste.
    await lexical.evaluate((element, text) => {
      element.focus();
      text.split('\n').forEach((line, index) => {
        if (index > 0) document.execCommand('insertParagraph');
        if (line !== '') document.execCommand('insertText', false, line);
      });
    }, FINAL);
    expect(await lexical.getAttribute('data-model')).toBe(FINAL.replaceAll('\n', ''));
    await facebook.close();
  });
});
