// The Analytics area with the sample workspace in the built extension: the report shows the totals
// worked out here, by hand, from the rows read out of IndexedDB (nothing of the app's own logic is
// imported); the CSV exports carry the same figures; the printable report opens for the same period;
// bad periods and addresses say so; nothing overflows the 360 px panel.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Harness } from './harness';
import { readTable } from './idb';
import { loadSample, pageProblems } from './page-checks';

interface AccountRow { platform: string; handle: string; role: string }
interface ObservedRow { platform: string; author: string; publishedAt: number | null; likes: number | null; comments: number | null; reposts: number | null; views: number | null; precision: Record<string, number> }
interface PostRow { status: string; scheduledAt: number | null }
interface SnapshotRow { platform: string; handle: string; at: number; followers: number | null }

let harness: Harness;
let page: Page;
let expected: {
  from: string;
  to: string;
  posts: number;
  likes: { value: number; hidden: number; approximate: boolean };
  comments: { value: number; hidden: number; approximate: boolean };
  planned: number;
  published: number;
  followers: { start: number; end: number };
  lastDayPosts: number;
};

/** 'YYYY-MM-DD' of an instant on the brand's wall calendar. */
const localDate = (instant: number, zone: string) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
/** The instant a local date begins in the sample's zone (Nairobi: UTC+3 all year). */
const startOf = (date: string) => Date.parse(`${date}T00:00:00Z`) - 3 * 3_600_000;
const digits = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

beforeAll(async () => {
  harness = await launchExtension();
  const settings = await harness.openPage('sidepanel.html#settings');
  await loadSample(settings);

  // This month in Nairobi, by hand.
  const zone = 'Africa/Nairobi';
  const today = localDate(Date.now(), zone);
  const from = `${today.slice(0, 7)}-01`;
  const [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  const [start, end] = [startOf(from), startOf(next)];
  const to = localDate(end - 1, zone);

  const own = (await readTable<AccountRow>(settings, 'accounts')).filter((account) => account.role === 'own');
  const isOwn = (platform: string, handle: string) => own.some((account) => account.platform === platform && account.handle.toLowerCase() === handle.toLowerCase());
  const posts = (await readTable<ObservedRow>(settings, 'observedPosts')).filter((row) => row.publishedAt !== null && row.publishedAt >= start && row.publishedAt < end && isOwn(row.platform, row.author));
  const total = (name: 'likes' | 'comments') => ({
    value: posts.reduce((sum, row) => sum + (row[name] ?? 0), 0),
    hidden: posts.filter((row) => row[name] === null).length,
    approximate: posts.some((row) => row[name] !== null && (row.precision[name] ?? 1) > 1),
  });
  const planned = (await readTable<PostRow>(settings, 'posts')).filter((row) => row.scheduledAt !== null && row.scheduledAt >= start && row.scheduledAt < end && row.status !== 'idea' && row.status !== 'cancelled');
  const snapshots = await readTable<SnapshotRow>(settings, 'profileSnapshots');
  // Followers: per own account the last reading at or before the start (else the first after), and the
  // last reading before the end; summed over accounts that have both.
  let followerStart = 0;
  let followerEnd = 0;
  for (const account of own) {
    const mine = snapshots.filter((row) => row.platform === account.platform && row.handle === account.handle && row.followers !== null).sort((a, b) => a.at - b.at);
    const first = mine.filter((row) => row.at <= start).at(-1) ?? mine.find((row) => row.at > start);
    const last = mine.filter((row) => row.at < end).at(-1);
    if (!first || !last) continue;
    followerStart += first.followers!;
    followerEnd += last.followers!;
  }
  expected = {
    from,
    to,
    posts: posts.length,
    likes: total('likes'),
    comments: total('comments'),
    planned: planned.length,
    published: planned.filter((row) => row.status === 'published').length,
    followers: { start: followerStart, end: followerEnd },
    lastDayPosts: posts.filter((row) => row.publishedAt! >= startOf(to)).length,
  };
  await settings.close();
  page = await harness.openPage('sidepanel.html#analytics', { width: 360, height: 900 });
  await page.getByTestId('analytics-summary').waitFor();
});
afterAll(async () => {
  expect(harness.pageErrors).toEqual([]);
  await harness.close();
});

const cell = (figure: string) => page.getByTestId('analytics-summary').locator(`tr[data-figure="${figure}"] [data-value]`);

describe('analytics report', () => {
  it('the sample was built with captured posts this month, so the test means something', () => {
    expect(expected.posts).toBeGreaterThan(5);
    expect(expected.likes.value).toBeGreaterThan(0);
    expect(expected.planned).toBeGreaterThan(expected.published);
  });

  it('shows this month’s totals as computed from the rows, with hidden counts left out and said', async () => {
    expect(digits(await cell('posts').textContent())).toBe(expected.posts);
    const likes = await cell('likes').textContent();
    expect(digits(likes)).toBe(expected.likes.value);
    expect(likes!.startsWith('≈')).toBe(expected.likes.approximate);
    expect(digits(await cell('comments').textContent())).toBe(expected.comments.value);
    const note = await page.getByTestId('analytics-summary').locator('tr[data-figure="likes"] .analytics-note').filter({ hasText: /^hidden on \d+ posts?, not counted$/ }).count();
    expect(note).toBe(expected.likes.hidden > 0 ? 1 : 0);
    const followers = (await cell('followers').textContent())!.split('→').map(digits);
    expect(followers).toEqual([expected.followers.start, expected.followers.end]);
    const posts = await page.getByTestId('analytics-summary').locator('tr[data-figure="posts"] th .analytics-note').textContent();
    expect(posts).toBe(`${expected.published} of ${expected.planned} planned posts published`);
  });

  it('exports the summary and the posts as CSV with the same figures', async () => {
    const [summary] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Summary as CSV' }).click()]);
    expect(summary.suggestedFilename()).toBe(`mkakati-${expected.from}_${expected.to}-summary.csv`);
    const lines = readFileSync((await summary.path()), 'utf8').split('\r\n');
    expect(lines.find((line) => line.startsWith('all,Likes,'))!.split(',').slice(2, 6)).toEqual([String(expected.likes.value), String(expected.posts - expected.likes.hidden), String(expected.likes.hidden), expected.likes.approximate ? 'yes' : 'no']);
    expect(lines.find((line) => line.startsWith('all,Posts published,'))!.split(',')[2]).toBe(String(expected.posts));

    const [posts] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Posts as CSV' }).click()]);
    const rows = readFileSync((await posts.path()), 'utf8').split('\r\n');
    expect(rows[0]!.startsWith('Published,Platform,Account,URL,Text,Likes')).toBe(true);
    // Texts may hold line breaks inside quotes: count rows by their leading date instead.
    expect(rows.filter((row) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2},/.test(row))).toHaveLength(expected.posts);
  });

  it('lists the top posts, shows a post’s growth, and breaks the posts down with sample sizes', async () => {
    const top = page.getByTestId('top-posts').locator('li');
    expect(await top.count()).toBe(Math.min(5, expected.posts));
    await top.first().getByRole('button', { name: 'Show its growth' }).click();
    await expect.poll(() => page.getByTestId('analytics-charts').locator('figure').count()).toBeGreaterThanOrEqual(2);
    const breakdown = page.getByTestId('analytics-breakdown');
    const counted = await breakdown.locator('.analytics-table tbody tr td:nth-child(2)').allTextContents();
    expect(counted.reduce((sum, text) => sum + Number(text), 0)).toBe(expected.posts);
    await breakdown.getByLabel('Group by').selectOption('pillar');
    const pillars = await breakdown.locator('.analytics-table tbody tr td:nth-child(2)').allTextContents();
    expect(pillars.reduce((sum, text) => sum + Number(text), 0)).toBe(expected.posts);
  });

  it('compares with the sample’s competitors', async () => {
    const benchmark = page.getByTestId('analytics-benchmark');
    const columns = await benchmark.locator('thead th').allTextContents();
    expect(columns[1]).toBe('You');
    expect(columns.length).toBeGreaterThan(2);
  });

  it('reports any chosen range, says when one is impossible, and keeps the last report', async () => {
    await page.getByLabel('Period', { exact: true }).selectOption('custom');
    // The month's last day alone: a one-day report.
    await page.getByLabel('From', { exact: true }).fill(expected.to);
    await page.getByTestId('analytics-period').getByText(/\(1 day\), compared with the day before$/).waitFor();
    await expect.poll(async () => digits(await cell('posts').textContent())).toBe(expected.lastDayPosts);
    await page.getByLabel('To', { exact: true }).fill(expected.from);
    await page.getByText('Choose a first and a last day, the last on or after the first.').waitFor();
    expect(digits(await cell('posts').textContent())).toBe(expected.lastDayPosts);
    await page.getByLabel('Period', { exact: true }).selectOption('this-month');
    await expect.poll(async () => digits(await cell('posts').textContent())).toBe(expected.posts);
  });

  it('opens the printable report for the same period, and refuses a malformed address', async () => {
    const [report] = await Promise.all([harness.context.waitForEvent('page'), page.getByRole('button', { name: 'Printable report' }).click()]);
    await report.waitForLoadState();
    expect(new URL(report.url()).searchParams.get('from')).toBe(expected.from);
    await report.getByTestId('analytics-summary').waitFor();
    expect(digits(await report.getByTestId('analytics-summary').locator('tr[data-figure="likes"] [data-value]').textContent())).toBe(expected.likes.value);
    await report.emulateMedia({ media: 'print' });
    expect(await report.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    await report.screenshot({ path: '.output/screenshots/analytics-print.png', fullPage: true });
    await report.close();

    const bad = await harness.openPage('report.html?from=2026-13-01&to=2026-11-30');
    await bad.getByText('This report address is not valid. Open the report again from the Analytics area.').waitFor();
    await bad.close();
  });

  it('has unique ids, labelled controls, and fits the 360 px panel', async () => {
    const problems = await pageProblems(page);
    expect(problems, JSON.stringify(problems)).toEqual({ duplicateIds: [], unlabelled: [], overflow: 0 });
    await page.screenshot({ path: '.output/screenshots/analytics.png', fullPage: true });
  });
});
