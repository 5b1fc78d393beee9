// Strategy → Networks in the built extension with the sample workspace: rating how present a segment is
// on a platform saves it on the segment's row in IndexedDB and moves the platform up the ranking shown;
// ticking "We are active on …" saves the brand's networks. All of it inside a 360 px side panel.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Harness } from './harness';
import { loadSample } from './page-checks';
import { readTable } from './idb';

let harness: Harness;
beforeAll(async () => {
  harness = await launchExtension();
});
afterAll(async () => {
  expect(harness.pageErrors).toEqual([]);
  await harness.close();
});

async function withSample(): Promise<void> {
  const page = await harness.openPage('sidepanel.html#settings', { width: 360, height: 900 });
  await loadSample(page);
  await page.close();
}

/** The card titles in the order shown: ["1. Instagram", "2. TikTok", …]. */
async function titles(page: Page): Promise<string[]> {
  return page.getByRole('list', { name: 'Networks, best first' }).getByRole('heading', { level: 3 }).allTextContents();
}

async function standing(page: Page, platform: string): Promise<{ rank: number; index: number; score: number }> {
  const shown = await titles(page);
  const index = shown.findIndex((title) => title.endsWith(`. ${platform}`));
  const card = page.getByRole('article', { name: new RegExp(`\\. ${platform}$`) });
  const score = Number((await card.getByText(/^Score [\d.]+ of 100$/).textContent())!.match(/[\d.]+/)![0]);
  return { rank: Number(shown[index]!.split('.')[0]), index, score };
}

interface SegmentRow {
  id: string;
  presence?: Record<string, number>;
}

describe('networks', () => {
  it('rating a segment re-ranks and is saved; ticking a network saves the brand’s choice', async () => {
    await withSample();
    const page = await harness.openPage('sidepanel.html#strategy/networks', { width: 360, height: 900 });
    const section = page.getByTestId('networks-section');
    await section.getByRole('article', { name: /\. LinkedIn$/ }).waitFor();
    // The sample's segments are not rated yet: every rating is a suggestion from their platforms.
    expect((await readTable<SegmentRow>(page, 'segments')).every((segment) => segment.presence === undefined)).toBe(true);
    const before = await standing(page, 'LinkedIn');

    // Young professionals do not list LinkedIn (suggested: absent); rate them "Very" there.
    const select = section.getByLabel('Young professionals in Nairobi — LinkedIn', { exact: true });
    expect(await select.inputValue()).toBe('suggested');
    expect(await select.locator('option:checked').textContent()).toBe('Absent (suggested)');
    await select.selectOption('3');
    await expect.poll(() => section.getByRole('status').textContent()).toMatch(/^Saved: “Young professionals in Nairobi” on LinkedIn: Very\. LinkedIn is now number \d+\.$/);

    const professionals = (await readTable<SegmentRow>(page, 'segments')).find((segment) => segment.id === 'sample-segment-professionals');
    expect(professionals?.presence).toEqual({ linkedin: 3 });
    // Three segments: their mean presence rises by 1, the audience part by 20 (± the rounding to one decimal).
    const after = await standing(page, 'LinkedIn');
    expect(Math.abs(after.score - before.score - 20)).toBeLessThanOrEqual(0.1);
    expect(after.rank).toBeLessThan(before.rank);
    expect(after.index).toBeLessThan(before.index);
    const status = await section.getByRole('status').textContent();
    expect(status).toContain(`LinkedIn is now number ${after.rank}.`);

    // The brand works LinkedIn and Instagram.
    expect((await readTable<{ platforms?: string[] }>(page, 'brand'))[0]?.platforms).toBeUndefined();
    await section.getByRole('checkbox', { name: 'We are active on LinkedIn' }).check();
    await section.getByText('Saved: you are active on LinkedIn.').waitFor();
    await section.getByRole('checkbox', { name: 'We are active on Instagram' }).check();
    await section.getByText('Saved: you are active on Instagram.').waitFor();
    expect((await readTable<{ platforms?: string[] }>(page, 'brand'))[0]?.platforms).toEqual(['instagram', 'linkedin']);

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // A reload reads both back from the database.
    await page.reload();
    const reloaded = page.getByTestId('networks-section');
    await expect.poll(() => reloaded.getByLabel('Young professionals in Nairobi — LinkedIn', { exact: true }).inputValue()).toBe('3');
    expect(await reloaded.getByRole('checkbox', { name: 'We are active on LinkedIn' }).isChecked()).toBe(true);
    expect(await reloaded.getByRole('checkbox', { name: 'We are active on TikTok' }).isChecked()).toBe(false);
  });
});
