// Faults while writing. The service worker is stopped (CDP) at a random moment while it handles each of
// 200 capture batches sent by the real content script of an X tab: every batch the background
// acknowledged is stored whole, and every other one is stored whole or not at all — never a post
// without its snapshot, never half a batch. Then the side panel is closed at random moments during 12
// backup imports: the workspace is the old one or the new one, never a mix. Then the worker is stopped
// again and again around the end of 8 imports (imports run in the side panel; the worker's part is the
// announcement after them): every import lands whole. In both, the reminder alarm never fires after the
// first waiting reminder of whichever workspace is stored, beyond the 30-second check-in.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Harness } from './harness';
import { readTable } from './idb';
import { loadSample } from './page-checks';
import { CHECK_IN_MS, REMINDER_ALARM } from '@/utils/reminder-alarm';

const BATCHES = 200;
const IMPORTS = 12;
const WORKER_IMPORTS = 8;

interface ObservedRow { id: string; postId: string; likes: number | null }
interface SnapshotRow { observedPostId: string; likes: number | null }

let harness: Harness;
let settings: Page;
let handle: string;

/** A seeded source of delays, so a failing run can be repeated. */
function delays(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % below;
  };
}

/** The content script's isolated world in `page`: messages sent from it come from a genuine content-script sender. */
async function contentScriptWorld(page: Page): Promise<{ cdp: CDPSession; contextId: number }> {
  const cdp = await harness.context.newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context as (typeof contexts)[number]));
  await cdp.send('Runtime.enable');
  await expect.poll(() => contexts.some((context) => context.auxData?.type === 'isolated' && context.origin.includes(harness.extensionId))).toBe(true);
  return { cdp, contextId: contexts.find((context) => context.auxData?.type === 'isolated' && context.origin.includes(harness.extensionId))!.id };
}

interface PostRow { id: string; status: string; scheduledAt: number | null; timeZone: string }
type Backup = { tables: Record<string, Record<string, unknown>[]> };

/** The sample's first upcoming scheduled post in a backup. */
function firstUpcoming(backup: Backup): PostRow {
  const upcoming = (backup.tables.posts as unknown as PostRow[]).find((post) => post.status === 'scheduled' && post.scheduledAt !== null && post.scheduledAt > Date.now());
  expect(upcoming, 'the sample has an upcoming scheduled post').toBeDefined();
  return upcoming!;
}

/**
 * A copy of `backup` whose first reminder is earlier than any the sample has: `post` moved to `minutes`
 * from now and reminded at its time. A background that never re-armed after importing it keeps an alarm
 * for the old workspace's first reminder, later than this one.
 */
function withEarlierReminder(backup: Backup, post: PostRow, minutes: number): Backup {
  const at = Math.ceil((Date.now() + minutes * 60_000) / 60_000) * 60_000;
  const wall = new Intl.DateTimeFormat('en-CA', { timeZone: post.timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const parts = Object.fromEntries(wall.formatToParts(at).map((part) => [part.type, part.value]));
  const next = structuredClone(backup);
  const moved = next.tables.posts!.find((row) => row.id === post.id)!;
  Object.assign(moved, { scheduledAt: at, localDate: `${parts.year}-${parts.month}-${parts.day}`, localTime: `${parts.hour}:${parts.minute}`, reminderLeadMinutes: 0 });
  return next;
}

/**
 * The reminder alarm fires by the first waiting reminder, or within the check-in delay (set before each
 * announcement, for when the worker was stopped before it re-armed): never after a reminder is due.
 */
async function expectAlarmInTime(what: string): Promise<void> {
  const waiting = (await readTable<{ status: string; dueAt: number }>(settings, 'reminders')).filter((reminder) => reminder.status === 'pending' || reminder.status === 'snoozed');
  if (waiting.length === 0) return;
  const firstDue = Math.min(...waiting.map((reminder) => reminder.dueAt));
  const alarm = await settings.evaluate((name) => chrome.alarms.get(name), REMINDER_ALARM);
  expect(alarm, `${what}: an alarm waits for ${waiting.length} reminders`).toBeDefined();
  const at = (time: number) => new Date(time).toISOString();
  expect(alarm!.scheduledTime, `${what}: the alarm is due ${at(alarm!.scheduledTime)}, the first reminder ${at(firstDue)}`).toBeLessThanOrEqual(Math.max(firstDue, Date.now() + CHECK_IN_MS));
}

beforeAll(async () => {
  harness = await launchExtension();
  settings = await harness.openPage('sidepanel.html#settings');
  await loadSample(settings);
  const accounts = await readTable<{ platform: string; handle: string; role: string }>(settings, 'accounts');
  handle = accounts.find((account) => account.platform === 'x' && account.role === 'own')!.handle;
  await harness.servePlatformPage('https://x.com/**', '<!doctype html><title>Home / X</title><main><h1>Home</h1></main>');
});
afterAll(async () => {
  await harness.close();
});

describe('faults while writing', () => {
  it(`the service worker stopped at random moments during ${BATCHES} capture batches: acknowledged ones kept whole, none half-written`, async () => {
    const tab = await harness.context.newPage();
    await tab.goto('https://x.com/home');
    const { cdp, contextId } = await contentScriptWorld(tab);
    const control = await harness.context.newCDPSession(settings);
    await control.send('ServiceWorker.enable');
    const random = delays(20261127);
    const acknowledged: boolean[] = [];
    for (let batch = 0; batch < BATCHES; batch++) {
      // Two posts a batch, new ones each time, with the batch number as their likes.
      const posts = ['a', 'b'].map((side) => ({
        postId: `18700000${String(batch).padStart(4, '0')}${side === 'a' ? 1 : 2}`,
        url: `https://x.com/${handle}/status/18700000${String(batch).padStart(4, '0')}${side === 'a' ? 1 : 2}`,
        author: handle, publishedAt: Date.now() - 3_600_000, text: `batch ${batch}`, likes: batch, reposts: 1, comments: 2, views: 100, bookmarks: null, precision: {}, sponsored: false,
      }));
      const message = { type: 'capture', platform: 'x', posts, profile: null, health: { seen: 2, understood: 2 } };
      const send = cdp.send('Runtime.evaluate', { contextId, awaitPromise: true, returnByValue: true, expression: `chrome.runtime.sendMessage(${JSON.stringify(message)}).then((reply) => reply?.ok === true, () => false)` });
      await new Promise((resolve) => setTimeout(resolve, random(40)));
      await control.send('ServiceWorker.stopAllWorkers');
      const result = await send;
      acknowledged.push(result.result.value === true);
    }
    // Let a worker that was mid-write finish or roll back, then read what is stored.
    await tab.waitForTimeout(1_000);
    const observed = new Map((await readTable<ObservedRow>(settings, 'observedPosts')).map((row) => [row.postId, row]));
    const snapshots = new Set((await readTable<SnapshotRow>(settings, 'postSnapshots')).map((row) => `${row.observedPostId}:${row.likes}`));
    let stored = 0;
    for (let batch = 0; batch < BATCHES; batch++) {
      const ids = [1, 2].map((side) => `18700000${String(batch).padStart(4, '0')}${side}`);
      const rows = ids.map((id) => observed.get(id));
      const present = rows.filter(Boolean).length;
      expect(present === 0 || present === 2, `batch ${batch}: ${present} of 2 posts stored`).toBe(true);
      if (acknowledged[batch]) expect(present, `batch ${batch} was acknowledged`).toBe(2);
      for (const row of rows) if (row) expect(snapshots.has(`${row.id}:${batch}`), `batch ${batch}: ${row.postId} without its snapshot`).toBe(true);
      if (present) stored++;
    }
    // The stops landed both before and after the writes: some batches were lost unacknowledged, most kept.
    expect(acknowledged.filter(Boolean).length).toBeGreaterThan(BATCHES / 4);
    expect(stored).toBeGreaterThanOrEqual(acknowledged.filter(Boolean).length);
    await tab.close();
  }, 240_000);

  it(`the side panel closed at random moments during ${IMPORTS} imports: the old workspace or the new one, never a mix`, async () => {
    const [download] = await Promise.all([settings.waitForEvent('download'), settings.getByRole('button', { name: 'Export workspace' }).click()]);
    const original = JSON.parse(readFileSync(await download.path(), 'utf8')) as Backup;
    // The new workspace: the sample with an earlier first reminder, its snapshots copied under other ids
    // to make the write long.
    const renamed = (rows: Record<string, unknown>[], suffix: string) => rows.map((row) => ({ ...row, id: `${String(row.id)}${suffix}` }));
    const next = withEarlierReminder(original, firstUpcoming(original), 10);
    next.tables.postSnapshots = Array.from({ length: 10 }, (_, copy) => renamed(original.tables.postSnapshots!, `.n${copy}`)).flat();
    const file = join(mkdtempSync(join(tmpdir(), 'mkakati-faults-')), 'next.json');
    writeFileSync(file, JSON.stringify(next));
    const oldCount = original.tables.postSnapshots!.length;
    const newCount = next.tables.postSnapshots.length;
    const importFrom = async (path: string): Promise<number> => {
      const panel = await harness.openPage('sidepanel.html#settings');
      await panel.getByLabel('Replace the whole workspace with the backup').check();
      await panel.getByTestId('backup-file').setInputFiles(path);
      const began = Date.now();
      await panel.getByRole('button', { name: 'Continue' }).click();
      await panel.getByText(/^Imported [\d,]+ rows\.$/).waitFor({ timeout: 60_000 });
      await panel.close();
      return Date.now() - began;
    };
    // How long a whole import takes here, so that the closes fall across it on any machine.
    const duration = await importFrom(file);
    await importFrom(await download.path());
    const random = delays(7);
    const outcomes: string[] = [];
    for (let round = 0; round < IMPORTS; round++) {
      const panel = await harness.openPage('sidepanel.html#settings');
      await panel.getByLabel('Replace the whole workspace with the backup').check();
      await panel.getByTestId('backup-file').setInputFiles(file);
      await panel.getByRole('button', { name: 'Continue' }).click();
      await panel.waitForTimeout(Math.round(duration * (0.2 + random(1_000) / 800)));
      await panel.close();
      const count = (await readTable(settings, 'postSnapshots')).length;
      expect([oldCount, newCount], `round ${round}: ${count} snapshots`).toContain(count);
      outcomes.push(count === newCount ? 'new' : 'old');
      // A close after the commit may have cut the announcement: the check-in set before the import stands in.
      await expectAlarmInTime(`round ${round}`);
      if (count === newCount) await importFrom(await download.path());
    }
    // The closes fell both before and after the commit.
    expect(outcomes).toContain('old');
    expect(outcomes).toContain('new');
  }, 300_000);

  it(`the service worker stopped again and again around the end of ${WORKER_IMPORTS} imports: every import whole, and no reminder left behind a stale alarm`, async () => {
    const [download] = await Promise.all([settings.waitForEvent('download'), settings.getByRole('button', { name: 'Export workspace' }).click()]);
    const original = JSON.parse(readFileSync(await download.path(), 'utf8')) as Backup;
    const upcoming = firstUpcoming(original);
    const dir = mkdtempSync(join(tmpdir(), 'mkakati-faults-'));
    const earlierPlan = (): string => {
      const file = join(dir, `earlier-${Date.now()}.json`);
      writeFileSync(file, JSON.stringify(withEarlierReminder(original, upcoming, 3)));
      return file;
    };
    const control = await harness.context.newCDPSession(settings);
    await control.send('ServiceWorker.enable');
    const panel = await harness.openPage('sidepanel.html#settings');
    let stops = 0;
    const importWhileStopping = async (file: string, stopFrom: number, stopFor: number): Promise<void> => {
      await panel.getByLabel('Replace the whole workspace with the backup').check();
      await panel.getByTestId('backup-file').setInputFiles(file);
      let stopping = true;
      const storm = (async () => {
        await panel.waitForTimeout(stopFrom);
        const until = Date.now() + stopFor;
        while (stopping && Date.now() < until) {
          await control.send('ServiceWorker.stopAllWorkers');
          stops++;
          await panel.waitForTimeout(20);
        }
      })();
      await panel.getByRole('button', { name: 'Continue' }).click();
      await panel.getByText(/^Imported [\d,]+ rows\.$/).waitFor({ timeout: 60_000 });
      // The announcement after the import retries for a moment; the storm may outlast it.
      await storm;
      stopping = false;
      await panel.waitForTimeout(2_500);
    };
    const random = delays(11);
    for (let round = 0; round < WORKER_IMPORTS; round++) {
      const earlier = round % 2 === 0;
      await importWhileStopping(earlier ? earlierPlan() : await download.path(), random(600), 400 + random(2_400));
      const moved = (await readTable<{ id: string; scheduledAt: number | null }>(settings, 'posts')).find((post) => post.id === upcoming.id);
      expect(moved?.scheduledAt === upcoming.scheduledAt, `round ${round}: the ${earlier ? 'earlier plan' : 'original'} was imported whole`).toBe(!earlier);
      await expectAlarmInTime(`round ${round}`);
    }
    // Issue 9 asks for at least 200 stops: the capture batches had theirs, the imports as many again.
    expect(stops).toBeGreaterThanOrEqual(200);
    await panel.close();
  }, 300_000);
});
