// The side panel as a user meets it: every area, keyboard navigation, settings that persist, the popup.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Harness } from './harness';
import { loadSample } from './page-checks';

const SCREENSHOTS = 'docs/screenshots';
const AREAS = [
  ['Today', 'Due today'],
  ['Plan', /^\w+ \d{4}$/], // the calendar opens on this month: "November 2026"
  ['Compose', 'Choose a post to compose'],
  ['Strategy', 'Concept'], // its first page, the concept
  ['Analytics', 'The month in numbers'],
  ['Adjust', 'Adjust the strategy'],
  ['Settings', 'General'],
] as const;

let harness: Harness;
beforeAll(async () => {
  harness = await launchExtension();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  expect(harness.pageErrors).toEqual([]);
  await harness.close();
});

describe('side panel', () => {
  it('renders every area from its tab', async () => {
    const page = await harness.openPage('sidepanel.html');
    for (const [tab, heading] of AREAS) {
      await page.getByRole('tab', { name: tab }).click();
      await expect.poll(() => page.getByRole('tabpanel').getByRole('heading', { level: 2 }).first().textContent()).toMatch(heading);
      expect(await page.getByRole('tab', { name: tab }).getAttribute('aria-selected')).toBe('true');
    }
    // An empty workspace has nothing to suggest, and says what the suggestions need.
    await page.getByRole('tab', { name: 'Adjust' }).click();
    await page.getByText('Nothing to adjust right now').waitFor();
  });

  it('moves between areas with the keyboard', async () => {
    const page = await harness.openPage('sidepanel.html#today');
    await page.getByRole('tab', { name: 'Today' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Plan');
    await page.keyboard.press('End');
    expect(await page.getByRole('tab', { name: 'Settings' }).getAttribute('aria-selected')).toBe('true');
    expect(page.url()).toMatch(/#settings$/);
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Today' }).getAttribute('aria-selected')).toBe('true');
  });

  it('fits 320 px without horizontal scrolling, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await harness.openPage('sidepanel.html#plan', { width: 320, height: 900 });
      await page.emulateMedia({ colorScheme });
      for (const section of ['Calendar', 'Campaigns', 'Slots', 'Export']) {
        await page.getByRole('group', { name: 'Parts of the plan' }).getByRole('button', { name: section }).click();
        await page.getByRole('tabpanel').getByRole('heading', { level: 2 }).first().waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth), section).toBeLessThanOrEqual(320);
      }
      await page.getByRole('tab', { name: 'Settings' }).click();
      await page.getByRole('heading', { name: 'Backup' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(colorScheme === 'light' ? 'rgb(247, 247, 245)' : 'rgb(17, 20, 19)');
    }
  });

  it('keeps a setting across a reload, and switches the whole UI to Kiswahili', async () => {
    const page = await harness.openPage('sidepanel.html#settings');
    await page.getByLabel('Brand time zone').selectOption('Europe/Berlin');
    await page.getByLabel('Language').selectOption('sw');
    await page.getByRole('tab', { name: 'Mipangilio' }).waitFor();
    await page.reload();
    await page.getByRole('tab', { name: 'Leo' }).waitFor();
    expect(await page.getByLabel('Saa za eneo la chapa').inputValue()).toBe('Europe/Berlin');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sw');
    await page.getByLabel('Lugha').selectOption('en');
    await page.getByRole('tab', { name: 'Settings' }).waitFor();
  });

  it('the popup opens the side panel', async () => {
    const popup = await harness.openPage('popup.html');
    const button = popup.getByRole('button', { name: 'Open the side panel' });
    await expect.poll(() => button.isEnabled()).toBe(true);
    const pagesBefore = harness.context.pages().length;
    // A popup shown as a tab closes itself once the panel is open; a failed open would add a tab instead.
    await Promise.all([popup.waitForEvent('close', { timeout: 10_000 }), button.click()]);
    expect(harness.context.pages().length).toBe(pagesBefore - 1);
  });

  it('takes the README screenshots with the sample workspace', async () => {
    const page = await harness.openPage('sidepanel.html#settings', { width: 400, height: 860 });
    await loadSample(page);
    await page.getByRole('tab', { name: 'Today' }).click();
    await page.getByTestId('workspace-summary').waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/sidepanel-today.png` });
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.screenshot({ path: `${SCREENSHOTS}/sidepanel-settings.png` });
  });
});
