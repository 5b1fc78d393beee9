// The first-run guide in the built extension, from an empty profile: it walks the steps in order, each
// "Open …" leads to the page where the step is done, and doing steps 1–3 there creates the rows the
// storage contract names (brand, goals, segments, hooks); the guide's own progress lands in settings.
// Then every Strategy page, with the sample workspace, is checked for what a user would trip on: a
// duplicate id (a label pointing at the wrong control), an unlabelled control, or a page wider than
// the 360 px side panel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Harness } from './harness';
import { readTable } from './idb';
import { pageProblems } from './page-checks';

let harness: Harness;
beforeAll(async () => {
  harness = await launchExtension();
});
afterAll(async () => {
  expect(harness.pageErrors).toEqual([]);
  await harness.close();
});

interface GuideSettings {
  guide?: { done: string[]; skipped: boolean };
}

async function guideDone(page: Page): Promise<string[] | undefined> {
  return (await readTable<GuideSettings>(page, 'settings'))[0]?.guide?.done;
}

describe('first-run guide', () => {
  it('walks a new user through the steps, and the steps done create the expected rows', async () => {
    const page = await harness.openPage('sidepanel.html', { width: 360, height: 900 });
    const guide = page.getByTestId('guide');
    await guide.getByText('Setting up your strategy · step 1 of 10').waitFor();

    // Step 1: the concept.
    await guide.getByRole('button', { name: 'Open the concept' }).click();
    expect(page.url()).toMatch(/#strategy\/concept$/);
    await page.getByLabel('Brand name').fill('Duka la Chai');
    await page.getByLabel('Business idea').fill('Loose-leaf Kenyan tea, blended in Kericho and sold online.');
    await page.getByLabel('New item for Strengths').fill('Tea straight from the estates');
    await page.getByRole('button', { name: 'Add to Strengths' }).click();
    await page.getByRole('button', { name: 'Save concept' }).click();
    await page.getByText('Saved.', { exact: true }).waitFor();
    await guide.getByRole('button', { name: 'Done, next step' }).click();
    await guide.getByRole('heading', { name: '2. Goals for the month and the year' }).waitFor();
    expect(await guideDone(page)).toEqual(['concept']);

    // Step 2: a goal.
    await guide.getByRole('button', { name: 'Open the goals' }).click();
    expect(page.url()).toMatch(/#strategy\/goals$/);
    await page.getByRole('button', { name: 'New goal' }).click();
    await page.getByLabel('Title').fill('Publish 12 posts this month');
    await page.getByLabel('Metric').selectOption('posts-published');
    await page.getByLabel('Target').fill('12');
    await page.getByRole('button', { name: 'Save goal' }).click();
    await page.getByText('Goal saved.').waitFor();
    await guide.getByRole('button', { name: 'Done, next step' }).click();
    await guide.getByRole('heading', { name: '3. The audience and its hooks' }).waitFor();

    // Step 3: a segment and its hook.
    await guide.getByRole('button', { name: 'Open the audience' }).click();
    expect(page.url()).toMatch(/#strategy\/audience$/);
    await page.getByRole('button', { name: 'New segment' }).click();
    await page.getByLabel('Name').fill('Tea lovers in Mombasa');
    await page.getByRole('checkbox', { name: 'Instagram' }).check();
    await page.getByRole('button', { name: 'Save segment' }).click();
    const segment = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Tea lovers in Mombasa', level: 3 }) }).last();
    await segment.getByRole('button', { name: 'Add hook' }).click();
    await segment.getByLabel('Title').fill('First pack half price');
    await segment.getByLabel('Offer or trigger').fill('Your first 250 g pack at half price.');
    await segment.getByLabel('Kind').selectOption('discount');
    await segment.getByLabel('Call to action').fill('Order today');
    await segment.getByRole('button', { name: 'Save hook' }).click();
    await segment.getByText('First pack half price').first().waitFor();
    await guide.getByRole('button', { name: 'Done, next step' }).click();

    // Step 4 opens the Networks page; step 5 leaves the Strategy area for the Plan.
    await guide.getByRole('button', { name: 'Open the networks' }).click();
    expect(page.url()).toMatch(/#strategy\/networks$/);
    await guide.getByRole('button', { name: 'Done, next step' }).click();
    await guide.getByRole('button', { name: 'Open the plan' }).click();
    expect(page.url()).toMatch(/#plan$/);

    const [brand] = await readTable<{ name: string; idea: string; swot: { strengths: string[] } }>(page, 'brand');
    expect(brand).toMatchObject({ name: 'Duka la Chai', idea: 'Loose-leaf Kenyan tea, blended in Kericho and sold online.' });
    expect(brand?.swot.strengths).toEqual(['Tea straight from the estates']);
    expect(await readTable(page, 'goals')).toEqual([expect.objectContaining({ title: 'Publish 12 posts this month', metric: 'posts-published', target: 12, period: 'month' })]);
    const segments = await readTable<{ id: string; name: string; platforms: string[] }>(page, 'segments');
    expect(segments).toEqual([expect.objectContaining({ name: 'Tea lovers in Mombasa', platforms: ['instagram'] })]);
    expect(await readTable(page, 'hooks')).toEqual([
      expect.objectContaining({ segmentId: segments[0]!.id, title: 'First pack half price', kind: 'discount', callToAction: 'Order today', active: true }),
    ]);
    expect(await guideDone(page)).toEqual(['concept', 'goals', 'audience', 'networks']);

    // Skipped, it is gone after a reload too, and resumes at step 5 from the Strategy area.
    await guide.getByRole('button', { name: 'Skip the guide' }).click();
    await guide.waitFor({ state: 'detached' });
    await page.goto(harness.url('sidepanel.html#strategy/concept'));
    await page.getByRole('button', { name: 'Resume the setup guide' }).click();
    await page.getByTestId('guide').getByRole('heading', { name: '5. The content plan' }).waitFor();
    expect((await readTable<GuideSettings>(page, 'settings'))[0]?.guide).toEqual({ done: ['concept', 'goals', 'audience', 'networks'], skipped: false });
  });
});

describe('every Strategy page with the sample workspace', () => {
  it('has unique ids, labelled controls, and fits the 360 px panel', async () => {
    const page = await harness.openPage('sidepanel.html#settings', { width: 360, height: 900 });
    await page.getByRole('button', { name: 'Load sample workspace' }).click();
    await page.getByRole('button', { name: 'Replace with the sample' }).click();
    await page.getByText('The sample workspace is loaded.').waitFor();
    for (const section of ['concept', 'competitors', 'goals', 'audience', 'networks', 'partners']) {
      await page.goto(harness.url(`sidepanel.html#strategy/${section}`));
      await page.getByRole('button', { name: /^(Concept|Competitors|Goals|Audience|Networks|Partners)$/, pressed: true }).waitFor();
      // Let the live queries fill the page.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      expect({ section, ...(await pageProblems(page)) }).toEqual({ section, duplicateIds: [], unlabelled: [], overflow: 0 });
    }
  });
});
