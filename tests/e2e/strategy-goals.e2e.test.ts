// Goals with the sample workspace in the built extension: the Goals page and Today show each goal's
// current value, baseline, progress, forecast and status as worked out here, by hand-written formulas,
// from the rows read out of IndexedDB (nothing of the app's own logic is imported). A goal added through
// the form lands in IndexedDB with its period filled in and a total's baseline of 0. Nothing overflows
// the 360 px side panel.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Harness } from './harness';
import { loadSample } from './page-checks';
import { readTable } from './idb';

const DAY = 86_400_000;

interface GoalRow {
  id: string;
  title: string;
  metric: string;
  platform: string;
  target: number;
  baseline: number | null;
  manualValue: number | null;
  period: string;
  periodStart: string;
  periodEnd: string;
}
interface AccountRow { platform: string; handle: string; role: string }
interface SnapshotRow { platform: string; handle: string; at: number; followers: number | null }
interface ObservedRow { platform: string; author: string; publishedAt: number | null; likes: number | null; comments: number | null; reposts: number | null; views: number | null }
interface PostRow { platform: string; status: string; publishedAt: number | null; scheduledAt: number | null }
interface Tables { zone: string; goals: GoalRow[]; accounts: AccountRow[]; snapshots: SnapshotRow[]; observed: ObservedRow[]; posts: PostRow[] }

// ── Calendar arithmetic in the brand's zone, by hand ─────────────────────────────────────────────

/** 'YYYY-MM-DD' of an instant on the brand's wall calendar (en-CA writes dates that way). */
const localDate = (instant: number, zone: string) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;
const dateOfDayNumber = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** The zone's offset from UTC at an instant, in ms: the wall clock read as if it were UTC, minus the instant. */
function offsetAt(instant: number, zone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second)) - Math.floor(instant / 1000) * 1000;
}
/** The instant a local date begins (the sample's zone, Nairobi, has no DST, so one offset does). */
function midnight(date: string, zone: string): number {
  const utc = Date.parse(`${date}T00:00:00Z`);
  return utc - offsetAt(utc, zone);
}

// ── Statistics, by hand ──────────────────────────────────────────────────────────────────────────

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Least squares: slope = Σ(x−x̄)(y−ȳ) / Σ(x−x̄)², intercept = ȳ − slope·x̄. */
function fit(points: { x: number; y: number }[]): { slope: number; intercept: number } {
  const mx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const my = points.reduce((s, p) => s + p.y, 0) / points.length;
  const slope = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return { slope, intercept: my - slope * mx };
}

/** The value where the running weight (in value order) passes half the total; the mean of two when it lands on half. */
function weightedMedian(items: { value: number; weight: number }[]): number {
  const sorted = [...items].sort((a, b) => a.value - b.value);
  const half = sorted.reduce((s, i) => s + i.weight, 0) / 2;
  let running = 0;
  for (let k = 0; k < sorted.length; k++) {
    running += sorted[k]!.weight;
    if (Math.abs(running - half) < 1e-9 && k + 1 < sorted.length) return (sorted[k]!.value + sorted[k + 1]!.value) / 2;
    if (running > half) return sorted[k]!.value;
  }
  return sorted.at(-1)!.value;
}

/** Followers of the reading nearest `at` (either side, the earlier on a tie), or null. */
function nearest(readings: SnapshotRow[], at: number): number | null {
  let best: SnapshotRow | null = null;
  for (const r of readings) {
    if (r.followers === null) continue;
    if (!best || Math.abs(r.at - at) < Math.abs(best.at - at) || (Math.abs(r.at - at) === Math.abs(best.at - at) && r.at < best.at)) best = r;
  }
  return best?.followers ?? null;
}

// ── The expected figures of one goal ─────────────────────────────────────────────────────────────

interface Expected { current: number | null; baseline: number | null; dataBaseline: number | null; progress: number | null; forecast: number | null; status: string }

function expectedOf(goal: GoalRow, t: Tables, now: number): Expected {
  const startAt = midnight(goal.periodStart, t.zone);
  const endAt = midnight(dateOfDayNumber(dayNumber(goal.periodEnd) + 1), t.zone);
  const asOf = Math.min(now, endAt - 1);
  const dayOf = (instant: number) => dayNumber(localDate(instant, t.zone)) - dayNumber(goal.periodStart);
  const asOfDay = dayOf(asOf);
  const endDay = dayNumber(goal.periodEnd) - dayNumber(goal.periodStart);
  const onPlatform = (platform: string) => goal.platform === 'all' || platform === goal.platform;
  const own = t.accounts.filter((a) => a.role === 'own' && onPlatform(a.platform));
  const readingsOf = (a: AccountRow) => t.snapshots.filter((s) => s.platform === a.platform && s.handle === a.handle && s.followers !== null).sort((x, y) => x.at - y.at);

  let current: number | null = null;
  let dataBaseline: number | null = null;
  let series: { x: number; y: number }[] = [];
  let forecastOf: (line: { slope: number; intercept: number }) => number;

  if (goal.metric === 'followers') {
    const histories = own.map(readingsOf).map((h) => h.filter((r) => r.at <= asOf)).filter((h) => h.length > 0);
    current = histories.length ? histories.reduce((s, h) => s + h.at(-1)!.followers!, 0) : null;
    const known = own.map((a) => nearest(readingsOf(a), startAt)).filter((f): f is number => f !== null);
    dataBaseline = known.length ? known.reduce((s, f) => s + f, 0) : null;
    const days = [...new Set(histories.flat().filter((r) => r.at >= startAt).map((r) => dayOf(r.at)))].sort((a, b) => a - b);
    series = days.map((day) => {
      const endOfDay = midnight(dateOfDayNumber(dayNumber(goal.periodStart) + day + 1), t.zone);
      return { x: day, y: histories.reduce((s, h) => s + (h.filter((r) => r.at < endOfDay).at(-1) ?? h[0]!).followers!, 0) };
    });
    forecastOf = (line) => Math.max(0, line.intercept + line.slope * endDay);
  } else if (goal.metric === 'engagement-rate') {
    const rated: { day: number; rate: number }[] = [];
    const rateOf = (a: AccountRow, p: ObservedRow) => {
      if (p.likes === null && p.comments === null && p.reposts === null) return null;
      const followers = nearest(readingsOf(a), p.publishedAt!);
      return followers ? (((p.likes ?? 0) + (p.comments ?? 0) + (p.reposts ?? 0)) / followers) * 100 : null;
    };
    const before: number[] = [];
    for (const a of own) {
      for (const p of t.observed.filter((o) => o.platform === a.platform && o.author === a.handle && o.publishedAt !== null)) {
        const rate = rateOf(a, p);
        if (rate === null) continue;
        if (p.publishedAt! >= startAt && p.publishedAt! <= asOf) rated.push({ day: dayOf(p.publishedAt!), rate });
        if (p.publishedAt! >= startAt - 30 * DAY && p.publishedAt! < startAt) before.push(rate);
      }
    }
    current = median(rated.map((r) => r.rate));
    dataBaseline = median(before);
    series = [...new Set(rated.map((r) => r.day))].sort((a, b) => a - b).map((day) => ({ x: day, y: median(rated.filter((r) => r.day === day).map((r) => r.rate))! }));
    const pace = rated.length / (asOfDay + 1);
    forecastOf = (line) => {
      const items = rated.map((r) => ({ value: r.rate, weight: 1 }));
      for (let day = asOfDay + 1; day <= endDay; day++) items.push({ value: Math.max(0, line.intercept + line.slope * day), weight: pace });
      return weightedMedian(items);
    };
  } else if (goal.metric === 'posts-published') {
    const days = t.posts
      .filter((p) => p.status === 'published' && onPlatform(p.platform))
      .map((p) => p.publishedAt ?? p.scheduledAt)
      .filter((at): at is number => at !== null && at >= startAt && at <= asOf)
      .map(dayOf);
    current = days.length;
    for (let day = 0; day <= asOfDay; day++) series.push({ x: day, y: days.filter((d) => d <= day).length });
    forecastOf = (line) => Math.max(0, line.intercept + line.slope * endDay, current!);
  } else {
    throw new Error(`the sample has no ${goal.metric} goal: add its formula here`);
  }

  const isTotal = goal.metric === 'posts-published';
  const baseline = isTotal ? 0 : (goal.baseline ?? dataBaseline);
  const share = (value: number | null, from: number | null) => (value === null || from === null ? null : (value - from) / (goal.target - from));
  const forecast = series.length >= 3 ? forecastOf(fit(series)) : null;
  let status: string;
  if (current !== null && current >= goal.target) status = 'on-track';
  else if (forecast === null) status = 'not-enough-data';
  else if (forecast >= goal.target) status = 'on-track';
  else status = share(forecast, baseline ?? series[0]!.y)! >= 0.9 ? 'at-risk' : 'off-track';
  return { current, baseline, dataBaseline, progress: share(current, baseline), forecast, status };
}

// ── The test ─────────────────────────────────────────────────────────────────────────────────────

const STATUS_LABELS: Record<string, string> = { 'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Off track', 'not-enough-data': 'Not enough data' };
/** What the tag says: "Reached" once the value is at the target, else the status. */
const labelOf = (goal: GoalRow, want: Expected) => (want.current !== null && want.current >= goal.target ? 'Reached' : STATUS_LABELS[want.status]!);

async function readTables(page: Page): Promise<Tables> {
  const [settings] = await readTable<{ timeZone: string }>(page, 'settings');
  return {
    zone: settings!.timeZone,
    goals: await readTable<GoalRow>(page, 'goals'),
    accounts: await readTable<AccountRow>(page, 'accounts'),
    snapshots: await readTable<SnapshotRow>(page, 'profileSnapshots'),
    observed: await readTable<ObservedRow>(page, 'observedPosts'),
    posts: await readTable<PostRow>(page, 'posts'),
  };
}

const attribute = async (page: Page, selector: string, name: string) => Number(await page.locator(selector).getAttribute(name));

let harness: Harness;
beforeAll(async () => {
  harness = await launchExtension();
  const settings = await harness.openPage('sidepanel.html#settings');
  await loadSample(settings);
  await settings.close();
});
afterAll(async () => {
  expect(harness.pageErrors).toEqual([]);
  await harness.close();
});

describe('goals with the sample workspace', () => {
  it('the Goals page shows the progress and forecast worked out from the stored rows', async () => {
    const page = await harness.openPage('sidepanel.html#strategy/goals', { width: 360, height: 900 });
    const section = page.getByTestId('goals-section');
    await section.getByTestId('goal').first().waitFor();
    const tables = await readTables(page);
    const now = Date.now();
    expect(tables.goals.map((g) => g.metric).sort()).toEqual(['engagement-rate', 'followers', 'followers', 'posts-published']);
    const locale = 'en-KE'; // English, with the sample's country
    const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const rate = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
    const whole = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });

    for (const goal of tables.goals) {
      const want = expectedOf(goal, tables, now);
      const card = `[data-testid="goal"][data-goal-id="${goal.id}"]`;
      const article = page.locator(card);
      const value = (n: number) => (goal.metric === 'engagement-rate' ? rate.format(n / 100) : count.format(Math.round(n)));
      expect(want.current, goal.title).not.toBeNull();
      expect(await attribute(page, card, 'data-current')).toBeCloseTo(want.current!, 6);
      expect(await attribute(page, card, 'data-baseline')).toBeCloseTo(want.baseline!, 6);
      expect(await attribute(page, card, 'data-progress')).toBeCloseTo(want.progress!, 6);
      expect(await article.getAttribute('data-status'), goal.title).toBe(want.status);
      // What the manager reads.
      expect(await article.getByTestId('goal-value').textContent()).toBe(`${value(want.current!)} of ${value(goal.target)} · ${whole.format(want.progress!)} of the way`);
      if (want.forecast === null) {
        // Fewer than 3 days of data (the first days of a month): no forecast, and none shown.
        expect(await article.getAttribute('data-forecast')).toBe('');
        expect(await article.getByTestId('goal-forecast').count()).toBe(0);
      } else {
        expect(await attribute(page, card, 'data-forecast')).toBeCloseTo(want.forecast, 6);
        expect(await article.getByTestId('goal-forecast').textContent()).toBe(`Forecast for ${day.format(Date.parse(`${goal.periodEnd}T12:00:00Z`))}: ${value(want.forecast)}`);
      }
      expect(await article.getByText(labelOf(goal, want), { exact: true }).count()).toBe(1);
      if (goal.metric !== 'posts-published') {
        const fromData = want.dataBaseline !== null && Math.abs(want.dataBaseline - want.baseline!) < 1e-9;
        const line = fromData
          ? `Baseline ${value(want.baseline!)}, from your data`
          : want.dataBaseline === null
            ? `Baseline ${value(want.baseline!)}, set by hand`
            : `Baseline ${value(want.baseline!)}, set by hand (your data: ${value(want.dataBaseline)})`;
        expect(await article.getByText(line, { exact: true }).count(), goal.title).toBe(1);
      }
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('Today lists the running goals with the same progress and status', async () => {
    const page = await harness.openPage('sidepanel.html#today', { width: 360, height: 900 });
    const card = page.getByTestId('goals-today');
    await card.getByTestId('goal-today').first().waitFor();
    const tables = await readTables(page);
    const now = Date.now();
    const whole = new Intl.NumberFormat('en-KE', { style: 'percent', maximumFractionDigits: 0 });
    // The sample's goals are this month's, this quarter's and this year's: all running.
    expect(await card.getByTestId('goal-today').count()).toBe(tables.goals.length);
    for (const goal of tables.goals) {
      const want = expectedOf(goal, tables, now);
      const item = `[data-testid="goal-today"][data-goal-id="${goal.id}"]`;
      expect(await attribute(page, item, 'data-progress')).toBeCloseTo(want.progress!, 6);
      expect(await page.locator(item).getAttribute('data-status')).toBe(want.status);
      expect(await page.locator(item).textContent()).toBe(`${goal.title}${whole.format(want.progress!)} · ${labelOf(goal, want)}`);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await card.getByRole('button', { name: 'Open goals' }).click();
    await page.getByTestId('goals-section').waitFor();
    expect(new URL(page.url()).hash).toBe('#strategy/goals');
  });

  it('a goal added through the form is stored with its month and a total’s baseline of 0, and measured', async () => {
    const page = await harness.openPage('sidepanel.html#strategy/goals', { width: 360, height: 900 });
    const section = page.getByTestId('goals-section');
    await section.getByTestId('goal').first().waitFor();
    await section.getByRole('button', { name: 'New goal' }).click();
    await section.getByLabel('Title', { exact: true }).fill('Instagram: 12 posts this month');
    await section.getByLabel('Metric', { exact: true }).selectOption('posts-published');
    await section.getByLabel('Platform', { exact: true }).selectOption('instagram');
    await section.getByLabel('Target', { exact: true }).fill('12');
    await section.getByRole('button', { name: 'Save goal' }).click();
    await section.getByText('Goal saved.').waitFor();

    const tables = await readTables(page);
    const goal = tables.goals.find((g) => g.title === 'Instagram: 12 posts this month')!;
    const today = localDate(Date.now(), tables.zone);
    const [year, month] = today.split('-').map(Number) as [number, number];
    const lastDay = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    expect(goal).toMatchObject({ metric: 'posts-published', platform: 'instagram', target: 12, baseline: 0, manualValue: null, period: 'month', periodStart: `${today.slice(0, 8)}01`, periodEnd: lastDay });
    const want = expectedOf(goal, tables, Date.now());
    const article = page.locator(`[data-testid="goal"][data-goal-id="${goal.id}"]`);
    expect(await article.getByTestId('goal-value').textContent()).toBe(
      `${want.current} of 12 · ${new Intl.NumberFormat('en-KE', { style: 'percent', maximumFractionDigits: 0 }).format(want.progress!)} of the way`,
    );
    expect(await article.getAttribute('data-status')).toBe(want.status);
  });
});
