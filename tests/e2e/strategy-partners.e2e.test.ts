// Strategy → Partners in the built extension: a partner and a collaboration added through the page land
// in IndexedDB as the storage contract says; moving the collaboration to "agreed" updates its row; a
// dated collaboration shows on its day of the Plan calendar and opens back on the Partners page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Harness } from './harness';
import { readTable } from './idb';

interface PartnerRow { id: string; name: string; contact: string; notes: string; audienceOverlap: number | null }
interface CollaborationRow { id: string; partnerId: string; kind: string; title: string; status: string; start: string | null; end: string | null; postIds: string[] }
interface SettingsRow { timeZone: string }

let harness: Harness;
beforeAll(async () => {
  harness = await launchExtension();
});
afterAll(async () => {
  expect(harness.pageErrors).toEqual([]);
  await harness.close();
});

describe('partners and the interaction plan', () => {
  it('adds a partner and a collaboration, moves it to agreed, and shows it on the calendar', async () => {
    const page = await harness.openPage('sidepanel.html#strategy/partners', { width: 360, height: 900 });
    const section = page.getByTestId('partners-section');
    await section.getByText(/No partner yet/).waitFor();

    await section.getByRole('button', { name: 'Add partner' }).click();
    const form = section.getByRole('form', { name: 'New partner' });
    await form.getByLabel('Name').fill('Mkate Mtamu Bakery');
    await form.getByLabel('Contact').fill('Wanjiru Kamau, hello@mkatemtamu.co.ke');
    await form.getByLabel('Audience overlap (%)').fill('55');
    await form.getByRole('button', { name: 'Save partner' }).click();
    await section.getByText('Mkate Mtamu Bakery saved.').waitFor();
    const partners = await readTable<PartnerRow>(page, 'partners');
    expect(partners).toEqual([
      expect.objectContaining({ name: 'Mkate Mtamu Bakery', contact: 'Wanjiru Kamau, hello@mkatemtamu.co.ke', notes: '', audienceOverlap: 55 }),
    ]);
    const partnerId = partners[0]!.id;

    // Today in the brand's time zone: the collaboration's day, so the calendar's current month shows it. A
    // fresh profile has no settings row yet: the app then uses the browser's zone, and so does this.
    const [settings] = await readTable<SettingsRow>(page, 'settings');
    const today = await page.evaluate((zone) => new Intl.DateTimeFormat('en-CA', { timeZone: zone ?? undefined }).format(Date.now()), settings?.timeZone ?? null);

    const partner = section.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Mkate Mtamu Bakery', level: 3 }) });
    await partner.getByRole('button', { name: 'Plan a collaboration with Mkate Mtamu Bakery' }).click();
    const editor = partner.getByRole('region', { name: 'New collaboration with Mkate Mtamu Bakery' });
    await editor.getByLabel('Title').fill('Coffee & bread giveaway');
    await editor.getByLabel('Kind').selectOption('giveaway');
    await editor.getByLabel('Start').fill(today);
    await editor.getByRole('button', { name: 'Save collaboration' }).click();
    await section.getByText('“Coffee & bread giveaway” planned with Mkate Mtamu Bakery as an idea.').waitFor();
    const [created] = await readTable<CollaborationRow>(page, 'collaborations');
    expect(created).toEqual(expect.objectContaining({ partnerId, kind: 'giveaway', title: 'Coffee & bread giveaway', status: 'idea', start: today, end: null, postIds: [] }));

    await partner.getByRole('button', { name: 'Mark as proposed: Coffee & bread giveaway' }).click();
    await partner.getByRole('list', { name: 'Proposed · 1' }).waitFor();
    await partner.getByRole('button', { name: 'Mark as agreed: Coffee & bread giveaway' }).click();
    await partner.getByRole('list', { name: 'Agreed · 1' }).waitFor();
    await expect.poll(async () => (await readTable<CollaborationRow>(page, 'collaborations'))[0]?.status).toBe('agreed');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // The Plan calendar (month view) marks the day; the day's details open it back on the Partners page.
    const plan = await harness.openPage('sidepanel.html#plan', { width: 360, height: 900 });
    const cell = plan.locator(`td[data-date="${today}"]`);
    const mark = cell.locator('.month-day__marks li[data-kind="collaboration"]');
    await expect.poll(() => mark.textContent()).toBe('Coffee & bread giveaway with Mkate Mtamu Bakery');
    const day = cell.locator('.month-day__head');
    expect(await day.getAttribute('aria-label')).toContain('Coffee & bread giveaway with Mkate Mtamu Bakery (collaboration)');
    await day.click();
    await plan.getByRole('button', { name: 'Open Coffee & bread giveaway with Mkate Mtamu Bakery on the Partners page' }).click();
    await plan.getByRole('region', { name: 'Coffee & bread giveaway', exact: true }).waitFor();
    expect(plan.url()).toMatch(/#strategy\/partners$/);
    expect(await plan.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
