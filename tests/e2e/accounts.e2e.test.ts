// Tracked accounts in the built extension: an account added through the Settings form lands in
// IndexedDB as the storage contract says (lower-case handle, no @) and shows in its role's group; a
// profile address of another platform is refused and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Harness } from './harness';
import { readTable } from './idb';

let harness: Harness;
beforeAll(async () => {
  harness = await launchExtension();
});
afterAll(async () => {
  expect(harness.pageErrors).toEqual([]);
  await harness.close();
});

describe('tracked accounts', () => {
  it('adds an account from its profile address and lists it under its role', async () => {
    const page = await harness.openPage('sidepanel.html#settings', { width: 360, height: 900 });
    const section = page.getByTestId('accounts-section');
    await section.getByText(/No account is tracked yet/).waitFor();

    await section.getByLabel('Platform').selectOption('instagram');
    await section.getByLabel('Handle or profile address').fill('https://x.com/RivalCoffee');
    await section.getByRole('button', { name: 'Track account' }).click();
    await expect.poll(() => section.getByRole('alert').textContent()).toMatch(/^This address is on X, but the platform chosen is Instagram/);
    expect(await readTable(page, 'accounts')).toEqual([]);

    await section.getByLabel('Handle or profile address').fill('https://www.instagram.com/Rival.Coffee/?hl=en');
    await section.getByLabel('Role').selectOption('competitor');
    await section.getByLabel('Display name (optional)').fill('Rival Coffee');
    await section.getByRole('button', { name: 'Track account' }).click();
    await section.getByText('Now tracking @rival.coffee on Instagram (Competitor).').waitFor();

    const rows = await readTable(page, 'accounts');
    expect(rows).toEqual([expect.objectContaining({ platform: 'instagram', handle: 'rival.coffee', role: 'competitor', displayName: 'Rival Coffee' })]);
    const line = section.getByRole('list', { name: 'Competitors' }).getByRole('listitem');
    expect(await line.textContent()).toContain('Instagram @rival.coffee');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // A reload reads it back from the database.
    await page.reload();
    await page.getByTestId('accounts-section').getByRole('list', { name: 'Competitors' }).getByText('@rival.coffee').waitFor();
  });
});
