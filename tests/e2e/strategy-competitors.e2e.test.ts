// The competitor comparison in the built extension, on the sample workspace: every figure the table
// shows — for "You" and each competitor, on all platforms and on Instagram — equals what the same
// formulas give over the rows read straight out of IndexedDB. The formulas are written out again here
// (not imported from utils/strategy/figures.ts), so a slip in either copy shows as a difference.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Harness } from './harness';
import { loadSample } from './page-checks';
import { readTable } from './idb';

const DAY = 86_400_000;
const WINDOW = 30 * DAY;

interface AccountRow { id: string; platform: string; handle: string; role: string; competitorId?: string | null }
interface CompetitorRow { id: string; name: string }
interface SnapshotRow { platform: string; handle: string; at: number; followers: number | null }
interface ObservedRow { platform: string; author: string; url: string; publishedAt: number | null; likes: number | null; comments: number | null; reposts: number | null; plannedPostId: string | null }
interface PlannedRow { id: string; format: string }

interface Rows { accounts: AccountRow[]; competitors: CompetitorRow[]; snapshots: SnapshotRow[]; observed: ObservedRow[]; planned: PlannedRow[] }

/** What the table should say for one column; null is "no data yet" (the cell then says what to do). */
interface Expected {
  followers: number | null;
  unreadPlatforms: string[];
  growth: number | null;
  growthDays: number | null;
  postsPerWeek: number | null;
  medianEngagement: number | null;
  sample: number;
  engagementRate: number | null;
  bestFormat: string | null;
}

// ── The formulas, from the storage contract and the issue ────────────────────────────────────────

/** Likes + comments + reposts; unknown when the page showed none of them. */
const engagement = (p: ObservedRow): number | null => (p.likes === null && p.comments === null && p.reposts === null ? null : (p.likes ?? 0) + (p.comments ?? 0) + (p.reposts ?? 0));

function middle(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const half = Math.floor(s.length / 2);
  return s.length % 2 ? s[half]! : (s[half - 1]! + s[half]!) / 2;
}

/** The kind of post its address shows (photo, carousel and text share addresses: "post"). */
function kindOfAddress(platform: string, url: string): string {
  const path = new URL(url).pathname.toLowerCase();
  if (platform === 'tiktok') return path.includes('/photo/') ? 'post' : 'video';
  if (path.includes('/stories/')) return 'story';
  if (path.includes('/reel/') || path.includes('/reels/') || path.startsWith('/shorts/')) return 'reel';
  if (path.startsWith('/watch') || path.includes('/videos/') || path.startsWith('/live/')) return 'video';
  return 'post';
}

interface One { followers: number | null; growth: number | null; growthDays: number | null; postsPerWeek: number | null; recent: { engagement: number; format: string }[] }

function figuresOf(account: AccountRow, rows: Rows, now: number): One {
  const readings = rows.snapshots
    .filter((s) => s.platform === account.platform && s.handle === account.handle && s.followers !== null && s.at <= now)
    .sort((a, b) => a.at - b.at);
  const latest = readings.at(-1);
  let growth: number | null = null;
  let growthDays: number | null = null;
  if (latest && readings.length > 1) {
    const before = readings.filter((r) => r.at <= latest.at - WINDOW).at(-1) ?? readings[0]!;
    if (before !== latest) {
      growth = latest.followers! - before.followers!;
      growthDays = Math.max(1, Math.round((latest.at - before.at) / DAY));
    }
  }
  const posts = rows.observed.filter((p) => p.platform === account.platform && p.author === account.handle);
  const inWindow = posts.filter((p) => p.publishedAt !== null && p.publishedAt > now - WINDOW && p.publishedAt <= now);
  const formatOf = (p: ObservedRow) => rows.planned.find((planned) => planned.id === p.plannedPostId)?.format ?? kindOfAddress(p.platform, p.url);
  return {
    followers: latest?.followers ?? null,
    growth,
    growthDays,
    postsPerWeek: posts.length ? (inWindow.length * 7) / 30 : null,
    recent: inWindow.flatMap((p) => {
      const e = engagement(p);
      return e === null ? [] : [{ engagement: e, format: formatOf(p) }];
    }),
  };
}

/** One column: its accounts taken together (sums where read, pooled posts, each post's rate by its own account's followers). */
function expectedFor(accounts: AccountRow[], rows: Rows, now: number): Expected {
  // In the app's order (platform, then handle), so a tie between formats falls the same way.
  const ordered = [...accounts].sort((a, b) => a.platform.localeCompare(b.platform) || a.handle.localeCompare(b.handle));
  const each = ordered.map((account) => ({ account, ...figuresOf(account, rows, now) }));
  const sum = (values: (number | null)[]) => (values.every((v) => v === null) ? null : values.reduce<number>((t, v) => t + (v ?? 0), 0));
  const grown = each.filter((f) => f.growth !== null);
  const pooled = each.flatMap((f) => f.recent);
  const rates = each.flatMap((f) => (f.followers ? f.recent.map((p) => (p.engagement / f.followers!) * 100) : []));
  const byFormat = new Map<string, number[]>();
  for (const p of pooled) byFormat.set(p.format, [...(byFormat.get(p.format) ?? []), p.engagement]);
  let bestFormat: string | null = null;
  let best = -1;
  for (const [format, values] of byFormat) {
    if (values.length >= 2 && middle(values)! > best) [best, bestFormat] = [middle(values)!, format];
  }
  const followers = sum(each.map((f) => f.followers));
  const medianEngagement = middle(pooled.map((p) => p.engagement));
  return {
    followers,
    unreadPlatforms: each.filter((f) => f.followers === null).map((f) => f.account.platform),
    growth: grown.length ? sum(grown.map((f) => f.growth)) : null,
    growthDays: grown.length ? Math.min(...grown.map((f) => f.growthDays!)) : null,
    postsPerWeek: sum(each.map((f) => f.postsPerWeek)),
    medianEngagement,
    sample: pooled.length,
    // One account: its median over its followers; several: the median of each post's own rate.
    engagementRate: each.length === 1 ? (medianEngagement !== null && followers ? (medianEngagement / followers) * 100 : null) : middle(rates),
    bestFormat,
  };
}

// ── Reading the table ────────────────────────────────────────────────────────────────────────────

/** "48,200" → 48200, "+1,050" → 1050, "2.18%" → 2.18; null when the cell holds no figure. */
const numberIn = (text: string | null): number | null => (text === null ? null : Number(text.replace(/[^\d.-]/g, '')));

async function shown(page: Page, metric: string, column: string) {
  const cell = page.locator(`table.comparison__table tr[data-metric="${metric}"] td[data-column="${column}"]`);
  const value = cell.locator('.comparison__value');
  return {
    value: (await value.count()) ? await value.textContent() : null,
    note: (await cell.locator('.comparison__note').count()) ? await cell.locator('.comparison__note').textContent() : null,
    todo: (await cell.locator('.comparison__todo').count()) ? await cell.locator('.comparison__todo').textContent() : null,
  };
}

const FORMAT_LABELS: Record<string, string> = {
  post: 'Photo or text post', reel: 'Reel / short', video: 'Video', story: 'Story', live: 'Live', image: 'Image', carousel: 'Carousel', text: 'Text', poll: 'Poll', article: 'Article',
};

async function checkColumn(page: Page, column: string, expected: Expected) {
  const followers = await shown(page, 'followers', column);
  if (expected.followers === null) {
    expect(followers.todo, `${column} followers`).toMatch(/^Open (their|your) profile on /);
  } else {
    expect(numberIn(followers.value), `${column} followers`).toBe(expected.followers);
    if (expected.unreadPlatforms.length) expect(followers.note, `${column} unread`).toMatch(/^not read yet on /);
  }
  const growth = await shown(page, 'growth', column);
  if (expected.growth === null) expect(growth.todo, `${column} growth`).toMatch(/^Open (their|your) profile on /);
  else {
    expect(numberIn(growth.value), `${column} growth`).toBe(expected.growth);
    if (expected.growthDays! < 30) expect(growth.note).toBe(`in ${expected.growthDays} day${expected.growthDays === 1 ? '' : 's'}`);
  }
  const perWeek = await shown(page, 'postsPerWeek', column);
  if (expected.postsPerWeek === null) expect(perWeek.todo, `${column} posts/week`).toMatch(/^Scroll through /);
  else expect(Math.abs(numberIn(perWeek.value)! - expected.postsPerWeek), `${column} posts/week ${perWeek.value} vs ${expected.postsPerWeek}`).toBeLessThanOrEqual(0.05 + 1e-9);
  const median = await shown(page, 'medianEngagement', column);
  if (expected.medianEngagement === null) expect(median.value, `${column} median`).toBeNull();
  else {
    expect(Math.abs(numberIn(median.value)! - expected.medianEngagement), `${column} median ${median.value} vs ${expected.medianEngagement}`).toBeLessThanOrEqual(0.05 + 1e-9);
    expect(median.note).toBe(`${expected.sample} post${expected.sample === 1 ? '' : 's'}`);
  }
  const rate = await shown(page, 'engagementRate', column);
  if (expected.engagementRate === null) expect(rate.value, `${column} rate`).toBeNull();
  else expect(Math.abs(numberIn(rate.value)! - expected.engagementRate), `${column} rate ${rate.value} vs ${expected.engagementRate}`).toBeLessThanOrEqual(0.005 + 1e-9);
  const format = await shown(page, 'bestFormat', column);
  if (expected.bestFormat === null) expect(format.value, `${column} best format`).toBeNull();
  else expect(format.value, `${column} best format`).toBe(FORMAT_LABELS[expected.bestFormat]);
}

async function rowsOf(page: Page): Promise<Rows> {
  return {
    accounts: await readTable<AccountRow>(page, 'accounts'),
    competitors: await readTable<CompetitorRow>(page, 'competitors'),
    snapshots: await readTable<SnapshotRow>(page, 'profileSnapshots'),
    observed: await readTable<ObservedRow>(page, 'observedPosts'),
    planned: await readTable<PlannedRow>(page, 'posts'),
  };
}

/** Waits for the table of `platform`, then checks every column against the rows. */
async function checkTable(page: Page, platform: string, rows: Rows) {
  const table = page.getByTestId('competitor-comparison').locator(`table.comparison__table[data-platform="${platform}"]`);
  await table.waitFor();
  // The instant the page computed its figures for: the window ends there.
  const now = Number(await table.getAttribute('data-now'));
  expect(now).toBeGreaterThan(0);
  const on = (a: AccountRow) => platform === 'all' || a.platform === platform;
  const competitors = [...rows.competitors].sort((a, b) => a.name.localeCompare(b.name));
  expect(await table.locator('thead th').allTextContents()).toEqual(['You', ...competitors.map((c) => c.name)]);

  const own = rows.accounts.filter((a) => a.role === 'own' && on(a));
  expect(own.length, 'the sample has own accounts here').toBeGreaterThan(0);
  await checkColumn(page, 'you', expectedFor(own, rows, now));
  let compared = 0;
  for (const competitor of competitors) {
    const theirs = rows.accounts.filter((a) => a.role === 'competitor' && a.competitorId === competitor.id && on(a));
    if (theirs.length === 0) {
      expect(await table.locator(`td[data-column="${competitor.id}"]`).textContent()).toMatch(/^Add their /);
      continue;
    }
    await checkColumn(page, competitor.id, expectedFor(theirs, rows, now));
    compared++;
  }
  return compared;
}

let harness: Harness;
beforeAll(async () => {
  harness = await launchExtension();
});
afterAll(async () => {
  expect(harness.pageErrors).toEqual([]);
  await harness.close();
});

describe('competitor comparison', () => {
  it('shows the figures captured in the sample workspace, as the formulas give them from the stored rows', async () => {
    const settings = await harness.openPage('sidepanel.html#settings', { width: 360, height: 900 });
    await loadSample(settings);

    const page = await harness.openPage('sidepanel.html#strategy/competitors', { width: 360, height: 900 });
    await page.getByTestId('competitor-comparison').locator('td[data-column="you"] .comparison__value').first().waitFor();
    const rows = await rowsOf(page);
    expect(rows.competitors.length).toBeGreaterThan(0);
    expect(rows.observed.length).toBeGreaterThan(0);

    // Both sample competitors are compared on all platforms.
    expect(await checkTable(page, 'all', rows)).toBe(rows.competitors.length);
    await page.getByTestId('competitor-comparison').getByLabel('Platform', { exact: true }).selectOption('instagram');
    expect(await checkTable(page, 'instagram', rows)).toBeGreaterThan(0);
    // The table scrolls inside its own region if it must; the panel itself never overflows.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
