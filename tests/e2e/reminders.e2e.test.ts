// Reminders in the real browser: a post due in a few seconds raises exactly one notification — also when
// the service worker is stopped right after the post is saved, across closing and reopening the browser
// on the same profile, and across killing it outright.
import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchExtension, type Harness } from './harness';
import { readTable } from './idb';

const ZONE = 'Africa/Nairobi';
const open: Harness[] = [];
afterEach(async () => {
  for (const harness of open.splice(0)) await harness.close();
});

async function start(userDataDir?: string): Promise<Harness> {
  const harness = await launchExtension({ userDataDir });
  open.push(harness);
  return harness;
}

/** The wall clock in the brand's zone `seconds` from now, as the editor's date and time fields want it. */
function wallClock(offsetMs: number): { date: string; time: string; dueAt: number } {
  const at = Date.now() + offsetMs;
  const minuteStart = Math.ceil(at / 60_000) * 60_000; // the post's minute: the next whole minute
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(minuteStart);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}`, dueAt: minuteStart };
}

/** Plans a scheduled post for the next whole minute with no lead time, through the editor. */
async function planPostDueSoon(harness: Harness, title: string): Promise<{ page: Page; dueAt: number }> {
  const page = await harness.openPage('sidepanel.html#settings');
  await page.getByLabel('Brand time zone').selectOption(ZONE);
  await page.getByRole('tab', { name: 'Plan' }).click();
  await page.getByRole('button', { name: 'New post' }).click();
  const { date, time, dueAt } = wallClock(5_000);
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Date').fill(date);
  await page.getByLabel('Time').fill(time);
  await page.getByLabel('Status').selectOption('scheduled');
  await page.getByLabel(/^Reminder, minutes before/).fill('0');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved.').waitFor();
  return { page, dueAt };
}

/** Notifications on screen, read from an extension page (which does not wake the worker). */
async function notificationIds(page: Page): Promise<string[]> {
  return Object.keys(await page.evaluate(() => chrome.notifications.getAll()));
}

async function waitForNotification(page: Page, dueAt: number): Promise<string[]> {
  await expect.poll(() => notificationIds(page), { timeout: Math.max(0, dueAt - Date.now()) + 30_000, interval: 500 }).toHaveLength(1);
  return notificationIds(page);
}

describe('reminders', () => {
  it('a post due in a few seconds raises exactly one notification, even with the worker stopped after saving', async () => {
    const harness = await start();
    const { page, dueAt } = await planPostDueSoon(harness, 'Cupping Friday');
    const cdp = await harness.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');

    const [id] = await waitForNotification(page, dueAt);
    const [post] = await readTable<{ id: string; title: string }>(page, 'posts');
    expect(id).toBe(`post-due:${post!.id}`);
    await page.waitForTimeout(3_000); // nothing more arrives
    expect(await notificationIds(page)).toEqual([id]);
    const [reminder] = await readTable<{ status: string; late: boolean }>(page, 'reminders');
    expect(reminder).toMatchObject({ status: 'fired', late: false });

    // "Open" lands on the post: the link it opens shows the post in the editor.
    const opened = await harness.openPage(`sidepanel.html#plan/${post!.id}`);
    expect(await opened.getByLabel('Title').inputValue()).toBe('Cupping Friday');
  }, 150_000);

  it('a reminder that falls due while the browser is closed is delivered once when it reopens', async () => {
    const first = await start();
    const { dueAt } = await planPostDueSoon(first, 'Black Friday teaser');
    const profile = first.userDataDir;
    await first.context.close();
    open.splice(0);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, dueAt - Date.now()) + 2_000));

    const second = await start(profile);
    const page = await second.openPage('sidepanel.html');
    const [id] = await waitForNotification(page, Date.now());
    const [reminder] = await readTable<{ id: string; status: string; firedAt: number }>(page, 'reminders');
    expect(reminder).toMatchObject({ id, status: 'fired' });
    await second.context.close();
    open.splice(0);

    // Reopening again delivers nothing new: the reminder stays fired at the same moment.
    const third = await start(profile);
    const again = await third.openPage('sidepanel.html');
    await again.waitForTimeout(3_000);
    expect(await notificationIds(again)).toEqual([]);
    expect((await readTable<{ firedAt: number }>(again, 'reminders'))[0]!.firedAt).toBe(reminder!.firedAt);
  }, 150_000);

  it('a browser killed before the reminder falls due, and again after it fired, delivers it exactly once', async () => {
    const first = await start();
    const { page, dueAt } = await planPostDueSoon(first, 'Flash sale');
    await expect.poll(async () => (await readTable<{ status: string }>(page, 'reminders')).map((row) => row.status)).toContain('pending');
    const profile = first.userDataDir;
    killBrowser(first);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, dueAt - Date.now()) + 2_000));

    const second = await start(profile);
    const reopened = await second.openPage('sidepanel.html');
    const [id] = await waitForNotification(reopened, Date.now());
    const fired = (await readTable<{ id: string; status: string; firedAt: number; postId: string | null }>(reopened, 'reminders')).find((row) => row.id === id)!;
    expect(fired).toMatchObject({ status: 'fired' });
    killBrowser(second);

    const third = await start(profile);
    const again = await third.openPage('sidepanel.html');
    await again.waitForTimeout(3_000);
    expect(await notificationIds(again)).toEqual([]);
    expect((await readTable<{ id: string; firedAt: number }>(again, 'reminders')).find((row) => row.id === id)!.firedAt).toBe(fired.firedAt);
  }, 150_000);
});

/**
 * Kills the harness's Chromium outright (SIGKILL to every process of its profile): no shutdown, no
 * flush, as a crash or a power cut leaves it. The harness is then dropped, not closed.
 */
function killBrowser(harness: Harness): void {
  const flag = `--user-data-dir=${harness.userDataDir}`;
  const pids = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry) && processArgs(entry).includes(flag));
  expect(pids.length).toBeGreaterThan(0);
  for (const pid of pids) process.kill(Number(pid), 'SIGKILL');
  open.splice(open.indexOf(harness), 1);
}

/** A process's command-line arguments from /proc (empty when it is gone or not readable). */
function processArgs(pid: string): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return [];
  }
}
