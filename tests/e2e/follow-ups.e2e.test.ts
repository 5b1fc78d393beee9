// Follow-up capture in the real browser: a planned post turned published in the editor gets its "24 h"
// follow-up; when that falls due the background raises one notification, and clicking it opens the
// post's page (served at its real URL) in a new tab.
//
// Real time, as in reminders.e2e.test.ts: the post's publication time is set to 24 h minus a few seconds
// ago, so its first follow-up falls due moments after it is published.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchExtension, type Harness } from './harness';
import { putRows, readTable } from './idb';

const ZONE = 'Africa/Nairobi';
const HOUR = 3_600_000;
const POST_URL = 'https://www.instagram.com/p/DFollow1/';
const open: Harness[] = [];
afterEach(async () => {
  for (const harness of open.splice(0)) await harness.close();
});

/** A post handed over yesterday whose address was recorded: ready, with the time it went out. */
function readyPost(publishedAt: number) {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(publishedAt);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return {
    id: 'follow-up-e2e', groupId: null, platform: 'instagram', format: 'image', status: 'ready', title: 'Cupping Friday',
    scheduledAt: Math.floor(publishedAt / 60_000) * 60_000, localDate: `${part('year')}-${part('month')}-${part('day')}`, localTime: `${part('hour')}:${part('minute')}`, timeZone: ZONE,
    pillar: 'community', topic: '', segmentId: null, hookId: null, campaignId: null, text: 'Karibu!', hashtags: [], notes: '', mediaIds: [],
    reminderLeadMinutes: null, publishedUrl: POST_URL, publishedAt, externalId: null, createdAt: publishedAt, updatedAt: publishedAt,
  };
}

/** Notifications on screen, read from an extension page (which does not wake the worker). */
async function notificationIds(page: Page): Promise<string[]> {
  return Object.keys(await page.evaluate(() => chrome.notifications.getAll()));
}

describe('follow-up reminders', () => {
  it('a published post’s follow-up fires once, and its notification opens the post’s page', async () => {
    const harness = await launchExtension();
    open.push(harness);
    await harness.servePlatformPage('https://www.instagram.com/**', '<!doctype html><title>Instagram</title><main>Cupping Friday</main>');
    // The side panel opens (and so creates) the database; the post is then written as it stands.
    const page = await harness.openPage('sidepanel.html');
    await putRows(page, 'posts', [readyPost(Date.now() - 24 * HOUR + 20_000)]);

    // Published through the editor: the follow-ups are written with the post, and the background re-arms.
    await page.goto(harness.url('sidepanel.html#plan/follow-up-e2e'));
    await page.getByLabel('Status').selectOption('published');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.').waitFor();
    const id = 'refresh-analytics:follow-up-e2e:24h';
    expect((await readTable<{ id: string; status: string }>(page, 'reminders')).filter((r) => r.id.startsWith('refresh-analytics:')).map((r) => [r.id, r.status])).toEqual([
      ['refresh-analytics:follow-up-e2e:168h', 'pending'],
      [id, 'pending'],
    ]);

    await expect.poll(() => notificationIds(page), { timeout: 40_000, interval: 500 }).toEqual([id]);
    const fired = (await readTable<{ id: string; status: string; late: boolean }>(page, 'reminders')).find((r) => r.id === id);
    expect(fired).toMatchObject({ status: 'fired', late: false });

    // A click on the notification opens the post in a new tab. Nothing can click a notification in
    // headless Chromium, so the click event is dispatched in the worker (Chrome's events carry an
    // untyped `dispatch`), which runs the background's own listener as a real click would.
    const worker = harness.context.serviceWorkers()[0]!;
    await worker.evaluate((notificationId) => (chrome.notifications.onClicked as unknown as { dispatch(id: string): void }).dispatch(notificationId), id);
    await expect.poll(() => harness.context.pages().map((tab) => tab.url()), { timeout: 15_000 }).toContain(POST_URL);
    const tab = harness.context.pages().find((each) => each.url() === POST_URL)!;
    expect(await tab.locator('main').textContent()).toBe('Cupping Friday');
    // Only that page: no other tab was opened for it.
    expect(harness.context.pages().filter((each) => !each.url().startsWith('chrome-extension://') && each.url() !== 'about:blank').map((each) => each.url())).toEqual([POST_URL]);
    await expect.poll(() => notificationIds(page)).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  }, 120_000);
});
