// Strategy → Audience in the built extension, with the sample workspace: the hooks-per-segment board shows
// a hook's post count (and how many are published) and its last use as computed here from the IndexedDB
// rows, within the 360 px panel; "New draft with this hook" opens the Plan editor, and saving it writes
// one new draft row with that segment and hook and the hook's words as its text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Harness } from './harness';
import { readTable } from './idb';

interface HookRow { id: string; segmentId: string; title: string; offer: string; callToAction: string }
interface PostRow { id: string; segmentId: string | null; hookId: string | null; status: string; text: string; scheduledAt: number | null; publishedAt: number | null }
interface SettingsRow { timeZone: string; country: string | null }

let harness: Harness;
beforeAll(async () => {
  harness = await launchExtension();
});
afterAll(async () => {
  expect(harness.pageErrors).toEqual([]);
  await harness.close();
});

describe('the hooks-per-segment board', () => {
  it('shows a hook’s posts and last use from the database, and starts a draft with it', async () => {
    const settingsPage = await harness.openPage('sidepanel.html#settings', { width: 360, height: 900 });
    await settingsPage.getByRole('button', { name: 'Load sample workspace' }).click();
    await settingsPage.getByText('The sample workspace is loaded.').waitFor();

    const page = await harness.openPage('sidepanel.html#strategy/audience', { width: 360, height: 900 });
    await page.getByTestId('audience-section').waitFor();

    // The hook used by the most posts (by title on a tie); from the rows: how many posts carry it, how
    // many are published, and its last use = the latest published (else scheduled) time up to now.
    const hooks = await readTable<HookRow>(page, 'hooks');
    const posts = await readTable<PostRow>(page, 'posts');
    const [settings] = await readTable<SettingsRow>(page, 'settings');
    const usage = hooks
      .map((hook) => ({ hook, used: posts.filter((post) => post.hookId === hook.id) }))
      .sort((a, b) => b.used.length - a.used.length || a.hook.title.localeCompare(b.hook.title));
    const { hook, used } = usage[0]!;
    const now = await page.evaluate(() => Date.now());
    const past = used.flatMap((post) => {
      const at = post.publishedAt ?? post.scheduledAt;
      return at !== null && at <= now ? [at] : [];
    });
    expect(past.length).toBeGreaterThan(0);
    const published = used.filter((post) => post.status === 'published').length;
    const lastUse = await page.evaluate(
      ([at, zone, country]) => new Intl.DateTimeFormat(country ? `en-${country}` : 'en', { dateStyle: 'medium', timeZone: zone }).format(at),
      [Math.max(...past), settings!.timeZone, settings!.country] as const,
    );

    const item = page.getByRole('listitem', { name: hook.title, exact: true });
    const figures = item.locator('.audience-figures > li');
    await expect.poll(() => figures.first().textContent()).toBe(`Used in ${used.length} posts · ${published} published`);
    expect(await figures.allTextContents()).toContain(`Last used ${lastUse}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    const before = new Set(posts.map((post) => post.id));
    await item.getByRole('button', { name: 'New draft with this hook' }).click();
    const editor = page.locator('section.post-editor');
    await editor.getByRole('heading', { name: 'New post' }).waitFor();
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await editor.getByText('Saved.').waitFor();

    const created = (await readTable<PostRow>(page, 'posts')).filter((post) => !before.has(post.id));
    // The hook's offer, a blank line, its call to action (the sample's hooks have both).
    const text = `${hook.offer.trim()}\n\n${hook.callToAction.trim()}`;
    expect(created).toEqual([expect.objectContaining({ segmentId: hook.segmentId, hookId: hook.id, status: 'draft', text })]);
  });
});
