// Every platform's fixtures served at their real URLs: the built extension's own content scripts read
// them, the background records exactly the expected rows in IndexedDB, and a page the adapter cannot
// understand shows up as unhealthy — never as zeros.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostObservation, ProfileObservation } from '@/utils/messaging';
import { PLATFORMS, type Platform } from '@/utils/platforms';
import { launchExtension, type Harness } from './harness';
import { readTable } from './idb';

const FIXTURES = join(import.meta.dirname, '../fixtures');

interface Fixture {
  name: string;
  html: string;
  url: string;
  seen: number;
  posts: PostObservation[];
  profile: ProfileObservation | null;
}

function fixtures(platform: Platform): Fixture[] {
  const dir = join(FIXTURES, platform);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const name = file.slice(0, -'.html'.length);
      const expected = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Omit<Fixture, 'name' | 'html'>;
      return { ...expected, name, html: readFileSync(join(dir, file), 'utf8') };
    });
}

/** Writes raw rows into the extension's database from one of its pages (test setup, no app code). */
async function writeRows(page: Page, table: string, rows: unknown[], clearFirst: string[] = []): Promise<void> {
  await page.evaluate(
    ({ table, rows, clearFirst }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('mkakati');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction([table, ...clearFirst], 'readwrite');
          for (const name of clearFirst) tx.objectStore(name).clear();
          for (const row of rows) tx.objectStore(table).put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
      }),
    { table, rows, clearFirst },
  );
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeout = 15_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value).slice(0, 800)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

type Row = Record<string, unknown>;
const POST_FIELDS = ['postId', 'url', 'author', 'publishedAt', 'text', 'likes', 'reposts', 'comments', 'views', 'bookmarks', 'precision'] as const;

let harness: Harness;
let extensionPage: Page;
beforeAll(async () => {
  harness = await launchExtension();
  extensionPage = await harness.openPage('popup.html');
});
afterAll(async () => {
  expect(harness.pageErrors).toEqual([]);
  await harness.close();
});

describe.each(PLATFORMS)('%s collector in Chromium', (platform) => {
  it.each(fixtures(platform).map((fixture) => [fixture.name, fixture] as const))('records %s as expected', async (_, fixture) => {
    // Every author of the fixture is tracked (ads included), so every understood post is kept.
    const handles = new Set([...fixture.posts.map((post) => post.author), ...(fixture.profile ? [fixture.profile.handle] : [])]);
    const accounts = [...handles].map((handle) => ({ id: `${platform}-${handle}`, platform, handle, role: 'competitor' }));
    await writeRows(extensionPage, 'accounts', accounts, ['accounts', 'observedPosts', 'postSnapshots', 'profileSnapshots', 'captureHealth']);

    await harness.servePlatformPage(fixture.url.split('?')[0]! + '*', fixture.html);
    const page = await harness.context.newPage();
    await page.goto(fixture.url);

    const ids = new Set(fixture.posts.map((post) => post.postId));
    const rows = await until(
      () => readTable<Row>(extensionPage, 'observedPosts'),
      (list) => list.filter((row) => ids.has(row.postId as string)).length === ids.size,
      `${fixture.name}: ${ids.size} observed posts`,
    );
    for (const expected of fixture.posts) {
      const row = rows.find((candidate) => candidate.postId === expected.postId && candidate.platform === platform);
      expect(row, expected.postId).toBeDefined();
      expect(Object.fromEntries(POST_FIELDS.map((field) => [field, row![field]])), expected.postId).toEqual(Object.fromEntries(POST_FIELDS.map((field) => [field, expected[field]])));
    }
    if (fixture.profile) {
      const { handle, followers, following, posts, precision } = fixture.profile;
      const snapshots = await until(() => readTable<Row>(extensionPage, 'profileSnapshots'), (list) => list.length > 0, `${fixture.name}: a profile snapshot`);
      expect(snapshots[0]).toMatchObject({ platform, handle, followers, following, posts, precision });
    }
    const [health] = await until(() => readTable<Row>(extensionPage, 'captureHealth'), (list) => list.length > 0 && (list[0]!.minutes as number[][]).reduce((sum, m) => sum + m[1]!, 0) >= fixture.seen, `${fixture.name}: health`);
    const minutes = health!.minutes as [number, number, number][];
    expect([minutes.reduce((sum, m) => sum + m[1], 0), minutes.reduce((sum, m) => sum + m[2], 0)]).toEqual([fixture.seen, fixture.posts.length]);
    await page.close();
  });
});

describe('a single-page app', () => {
  it('reads the new page after an in-app navigation, and the old page’s work stops', async () => {
    const [feed] = fixtures('x').filter((fixture) => fixture.name === 'feed-en');
    const [profile] = fixtures('x').filter((fixture) => fixture.name === 'profile-en');
    const handles = new Set([...feed!.posts.map((post) => post.author), profile!.profile!.handle]);
    await writeRows(extensionPage, 'accounts', [...handles].map((handle) => ({ id: `x-${handle}`, platform: 'x', handle, role: 'competitor' })), ['accounts', 'observedPosts', 'postSnapshots', 'profileSnapshots', 'captureHealth']);
    await harness.servePlatformPage(feed!.url.split('?')[0]! + '*', feed!.html);
    const page = await harness.context.newPage();
    await page.goto(feed!.url);
    await until(() => readTable<Row>(extensionPage, 'observedPosts'), (list) => list.length >= feed!.posts.length, 'the feed’s posts');

    // X swaps the page in place and pushes the new address: no reload, the same content script.
    await page.evaluate(
      ({ html, url }) => {
        const next = new DOMParser().parseFromString(html, 'text/html');
        document.documentElement.lang = next.documentElement.lang;
        document.body.replaceChildren(...next.body.childNodes);
        history.pushState({}, '', url);
      },
      { html: profile!.html, url: new URL(profile!.url).pathname },
    );
    const snapshots = await until(() => readTable<Row>(extensionPage, 'profileSnapshots'), (list) => list.length > 0, 'the profile after navigation');
    expect(snapshots[0]).toMatchObject({ platform: 'x', handle: profile!.profile!.handle, followers: profile!.profile!.followers });
    await page.close();
  });
});

describe('a page in a layout the adapter does not know', () => {
  it('is recorded as unhealthy, with no rows of zeros', async () => {
    const [feed] = fixtures('x').filter((fixture) => fixture.name.startsWith('feed') && fixture.posts.length > 0);
    // The same tweets with their permalinks gone: roots are still there, nothing is understandable.
    const broken = feed!.html.replace(/href="[^"]*\/status\/[^"]*"/g, 'href="#"');
    const handles = new Set(feed!.posts.map((post) => post.author));
    await writeRows(extensionPage, 'accounts', [...handles].map((handle) => ({ id: `x-${handle}`, platform: 'x', handle, role: 'competitor' })), ['accounts', 'observedPosts', 'postSnapshots', 'profileSnapshots', 'captureHealth']);
    await harness.servePlatformPage(feed!.url.split('?')[0]! + '*', broken);
    const page = await harness.context.newPage();
    await page.goto(feed!.url);
    const [health] = await until(() => readTable<Row>(extensionPage, 'captureHealth'), (list) => list.length > 0, 'health of the broken page');
    const minutes = health!.minutes as [number, number, number][];
    expect(minutes.reduce((sum, m) => sum + m[1], 0)).toBeGreaterThan(0);
    expect(minutes.reduce((sum, m) => sum + m[2], 0)).toBe(0);
    expect(await readTable(extensionPage, 'observedPosts')).toEqual([]);
    await page.close();
  });
});
