// Strategy → Partners: adding and editing partners (bad input refused, nothing written), their accounts
// tracked like competitors', collaborations grouped by status and moved on one step at a time (with the
// start-date rule said before and enforced), linking planned posts (those on the collaboration's days
// first), and deleting a partner that has collaborations and accounts — asking what to do with them.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { editingCollaboration, editingPartner, partnersNotice } from '@/components/strategy/partners/partners-state';
import { PartnersSection } from '@/components/strategy/partners/partners-section';
import { trackAccount } from '@/storage/accounts';
import { db } from '@/storage/db';
import { loadSampleWorkspace } from '@/storage/load-sample';
import { linkPost, moveCollaboration, saveCollaboration, savePartner, trackPartnerAccount } from '@/storage/partners';
import { createPost, type PostInput } from '@/storage/posts';
import { updateSettings } from '@/storage/settings';
import { renderWithSettings } from './render';

const ZONE = 'Africa/Nairobi';

beforeEach(async () => {
  editingPartner.value = null;
  editingCollaboration.value = null;
  partnersNotice.value = '';
  await updateSettings({ language: 'en', timeZone: ZONE, country: 'KE' });
});

const type = (label: string, value: string, scope: HTMLElement = document.body) => fireEvent.change(within(scope).getByLabelText(label), { target: { value } });
const click = (name: string | RegExp, scope: HTMLElement = document.body) => fireEvent.click(within(scope).getByRole('button', { name }));

function post(title: string, localDate: string | null, localTime = '10:00', overrides: Partial<PostInput> = {}) {
  return createPost({
    groupId: null, platform: 'instagram', format: 'image', status: localDate ? 'scheduled' : 'idea', title, localDate, localTime: localDate ? localTime : null,
    timeZone: ZONE, pillar: '', topic: '', segmentId: null, hookId: null, campaignId: null, text: '', hashtags: [], notes: '',
    mediaIds: [], reminderLeadMinutes: null, publishedUrl: null, publishedAt: null, externalId: null, ...overrides,
  });
}

/** The list item of a partner, by name. */
async function partnerItem(name: string): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { name, level: 3 });
  return heading.closest('li')!;
}

describe('partners page', () => {
  it('says what to do on an empty workspace, refuses bad input and adds a partner', async () => {
    renderWithSettings(<PartnersSection />);
    await screen.findByText(/No partner yet/);
    click('Add partner');
    const form = await screen.findByRole('form', { name: 'New partner' });
    click('Save partner', form);
    expect((await within(form).findByRole('alert')).textContent).toBe('Give the partner a name.');
    type('Name', 'Mkate Mtamu Bakery', form);
    type('Audience overlap (%)', '150', form);
    click('Save partner', form);
    await waitFor(() => expect(within(form).getByRole('alert').textContent).toMatch(/^Audience overlap is a number from 0 to 100/));
    expect(await db.partners.count()).toBe(0);

    type('Audience overlap (%)', '55', form);
    type('Contact', 'Wanjiru Kamau, hello@mkatemtamu.co.ke', form);
    type('Notes', 'Sells our beans.', form);
    click('Save partner', form);
    const item = await partnerItem('Mkate Mtamu Bakery');
    expect(screen.getByText('Mkate Mtamu Bakery saved.')).toBeTruthy();
    expect(await db.partners.toArray()).toEqual([
      expect.objectContaining({ name: 'Mkate Mtamu Bakery', contact: 'Wanjiru Kamau, hello@mkatemtamu.co.ke', notes: 'Sells our beans.', audienceOverlap: 55 }),
    ]);
    expect(within(item).getByText('55 %')).toBeTruthy();
    expect(within(item).getByText('Nothing planned with Mkate Mtamu Bakery yet.')).toBeTruthy();
  });

  it('edits a partner; an empty overlap is "not judged yet", never 0', async () => {
    await savePartner(null, { name: 'Kazi Hub', contact: '', notes: '', audienceOverlap: 40 });
    renderWithSettings(<PartnersSection />);
    const item = await partnerItem('Kazi Hub');
    click('Edit Kazi Hub', item);
    const form = await within(item).findByRole('form', { name: 'Edit Kazi Hub' });
    type('Name', 'Kazi Hub Co-working', form);
    type('Audience overlap (%)', '', form);
    click('Save partner', form);
    const edited = await partnerItem('Kazi Hub Co-working');
    expect(within(edited).getByText('Not judged yet — edit the partner to add it.')).toBeTruthy();
    expect((await db.partners.toArray())[0]).toMatchObject({ name: 'Kazi Hub Co-working', audienceOverlap: null });
  });

  it("tracks a partner's account from its profile address and refuses the brand's own", async () => {
    const bakery = await savePartner(null, { name: 'Mkate Mtamu', contact: '', notes: '', audienceOverlap: null });
    await trackAccount({ platform: 'instagram', handle: 'kahawabora', role: 'own' });
    renderWithSettings(<PartnersSection />);
    const item = await partnerItem('Mkate Mtamu');
    const form = within(item).getByRole('form', { name: 'Track an account of Mkate Mtamu' });

    type('Handle or profile address', 'https://x.com/mkate', form);
    click('Track account', form);
    expect((await within(form).findByRole('alert')).textContent).toBe('This address is on X, but the platform chosen is Instagram.');
    type('Handle or profile address', '@KahawaBora', form);
    click('Track account', form);
    await waitFor(() => expect(within(form).getByRole('alert').textContent).toBe("@kahawabora on Instagram is your own account: it cannot be a partner's."));

    type('Handle or profile address', 'https://www.instagram.com/MkateMtamu/', form);
    click('Track account', form);
    await within(item).findByText('Now tracking @mkatemtamu on Instagram for Mkate Mtamu.');
    expect(await db.accounts.where('partnerId').equals(bakery.id).toArray()).toEqual([
      expect.objectContaining({ platform: 'instagram', handle: 'mkatemtamu', role: 'partner', partnerId: bakery.id }),
    ]);
    expect(within(within(item).getByRole('list', { name: 'Accounts' })).getByText('@mkatemtamu')).toBeTruthy();
    expect((await db.accounts.where('role').equals('own').first())?.handle).toBe('kahawabora');
  });

  it('plans a collaboration as an idea and moves it on one status at a time; scheduling waits for a start date', async () => {
    const hub = await savePartner(null, { name: 'Kazi Hub', contact: '', notes: '', audienceOverlap: null });
    renderWithSettings(<PartnersSection />);
    const item = await partnerItem('Kazi Hub');
    click('Plan a collaboration with Kazi Hub', item);
    const editor = await within(item).findByRole('region', { name: 'New collaboration with Kazi Hub' });
    type('Title', 'Fresh coffee at Kazi Hub', editor);
    fireEvent.change(within(editor).getByLabelText('Kind'), { target: { value: 'co-post' } });
    click('Save collaboration', editor);
    await waitFor(async () => expect(await db.collaborations.count()).toBe(1));
    const [row] = await db.collaborations.toArray();
    expect(row).toMatchObject({ partnerId: hub.id, title: 'Fresh coffee at Kazi Hub', kind: 'co-post', status: 'idea', start: null, end: null, postIds: [] });

    const ideas = await within(item).findByRole('list', { name: 'Idea · 1' });
    click('Mark as proposed: Fresh coffee at Kazi Hub', ideas);
    const proposed = await within(item).findByRole('list', { name: 'Proposed · 1' });
    expect((await db.collaborations.get(row!.id))?.status).toBe('proposed');
    click('Mark as agreed: Fresh coffee at Kazi Hub', proposed);
    const agreed = await within(item).findByRole('list', { name: 'Agreed · 1' });
    expect(within(agreed).getByText('It needs a start date before it can be scheduled: open it to add one.')).toBeTruthy();
    click('Mark as scheduled: Fresh coffee at Kazi Hub', agreed);
    expect((await within(agreed).findByRole('alert')).textContent).toBe('A scheduled collaboration needs a start date: open it and add one first.');
    expect((await db.collaborations.get(row!.id))?.status).toBe('agreed');

    // The editor of the saved collaboration is open below it: add the date, then schedule.
    const saved = await within(agreed).findByRole('region', { name: 'Fresh coffee at Kazi Hub' });
    type('Start', '2026-12-18', saved);
    click('Save collaboration', saved);
    await waitFor(async () => expect((await db.collaborations.get(row!.id))?.start).toBe('2026-12-18'));
    click('Mark as scheduled: Fresh coffee at Kazi Hub', agreed);
    const scheduled = await within(item).findByRole('list', { name: 'Scheduled · 1' });
    expect(within(scheduled).getByText(/18 Dec 2026/)).toBeTruthy();
    click('Decline: Fresh coffee at Kazi Hub', scheduled);
    await within(item).findByRole('list', { name: 'Declined · 1' });
    expect((await db.collaborations.get(row!.id))?.status).toBe('declined');
  });

  it("offers the collaboration's days first when linking posts, links and unlinks", async () => {
    const hub = await savePartner(null, { name: 'Kazi Hub', contact: '', notes: '', audienceOverlap: null });
    const collab = await saveCollaboration(null, { partnerId: hub.id, kind: 'co-post', title: 'Lounge co-post', start: '2026-12-18', end: '2026-12-18', notes: '' });
    const onTheDay = await post('Lounge photo', '2026-12-18', '09:00');
    await post('Weekly tip', '2026-12-21', '09:00');
    await post('Someday idea', null);
    editingCollaboration.value = { partnerId: hub.id, id: collab.id };
    renderWithSettings(<PartnersSection />);
    const editor = await screen.findByRole('region', { name: 'Lounge co-post' });
    expect(await within(editor).findByText('No post linked yet.')).toBeTruthy();

    const picker = within(editor).getByLabelText<HTMLSelectElement>('Post to link');
    expect([...picker.querySelectorAll('optgroup')].map((group) => [group.label, group.querySelectorAll('option').length])).toEqual([
      ["On the collaboration's days", 1],
      ['Around those days', 1],
      ['Ideas without a date', 1],
    ]);
    click('Link post', editor);
    expect((await within(editor).findByRole('alert')).textContent).toBe('Choose a post in the list first.');
    fireEvent.change(picker, { target: { value: onTheDay.id } });
    click('Link post', editor);
    await waitFor(async () => expect((await db.collaborations.get(collab.id))?.postIds).toEqual([onTheDay.id]));
    const linked = await within(editor).findByRole('list', { name: 'Linked posts' });
    expect(within(linked).getByRole('button', { name: '18 Dec 2026, 09:00 · Instagram · Lounge photo' })).toBeTruthy();
    expect(screen.getByText('Co-post · 18 Dec 2026 · 1 linked post')).toBeTruthy();

    click(/^Unlink .*Lounge photo$/, linked);
    await waitFor(async () => expect((await db.collaborations.get(collab.id))?.postIds).toEqual([]));
    expect(await db.posts.get(onTheDay.id)).toBeDefined();
  });

  it('asks what to do with collaborations and accounts when deleting a partner, and keeps the accounts if told', async () => {
    const bakery = await savePartner(null, { name: 'Mkate Mtamu', contact: '', notes: '', audienceOverlap: null });
    const hub = await savePartner(null, { name: 'Kazi Hub', contact: '', notes: '', audienceOverlap: null });
    const giveaway = await saveCollaboration(null, { partnerId: bakery.id, kind: 'giveaway', title: 'Bread giveaway', start: null, end: null, notes: '' });
    await saveCollaboration(null, { partnerId: bakery.id, kind: 'co-post', title: 'Co-post', start: null, end: null, notes: '' });
    const linked = await post('Giveaway post', '2026-12-18');
    await linkPost(giveaway.id, linked.id);
    await trackPartnerAccount(bakery.id, { platform: 'instagram', handle: 'mkatemtamu' });
    renderWithSettings(<PartnersSection />);
    const item = await partnerItem('Mkate Mtamu');

    click('Delete Mkate Mtamu', item);
    const dialog = await within(item).findByRole('alertdialog', { name: 'Delete Mkate Mtamu?' });
    expect(within(dialog).getByText(/Its 2 collaborations are deleted with it/)).toBeTruthy();
    click('Cancel', dialog);
    expect(await db.partners.count()).toBe(2);

    click('Delete Mkate Mtamu', item);
    const asked = await within(item).findByRole('alertdialog', { name: 'Delete Mkate Mtamu?' });
    fireEvent.click(within(asked).getByLabelText('Keep tracking, as partner accounts without a partner'));
    click('Delete Mkate Mtamu and its 2 collaborations', asked);
    await screen.findByText('Mkate Mtamu deleted. 2 collaborations deleted. 1 account still tracked, without a partner.');
    expect((await db.partners.toArray()).map((p) => p.id)).toEqual([hub.id]);
    expect(await db.collaborations.count()).toBe(0);
    expect(await db.posts.get(linked.id)).toBeDefined();
    expect(await db.accounts.toArray()).toEqual([expect.objectContaining({ handle: 'mkatemtamu', role: 'partner', partnerId: null })]);

    // The kept account is not forgotten: it is listed, and can be linked to another partner.
    const unattached = await screen.findByRole('region', { name: 'Partner accounts without a partner' });
    fireEvent.change(within(unattached).getByLabelText('Link @mkatemtamu on Instagram to a partner'), { target: { value: hub.id } });
    await waitFor(async () => expect((await db.accounts.toArray())[0]?.partnerId).toBe(hub.id));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Partner accounts without a partner' })).toBeNull());
  });

  it('deletes a partner with nothing attached after a plain confirmation', async () => {
    await savePartner(null, { name: 'Lonely', contact: '', notes: '', audienceOverlap: null });
    renderWithSettings(<PartnersSection />);
    const item = await partnerItem('Lonely');
    click('Delete Lonely', item);
    const dialog = await within(item).findByRole('alertdialog', { name: 'Delete Lonely? Nothing else depends on this partner.' });
    click('Delete Lonely', dialog);
    await screen.findByText('Lonely deleted.');
    expect(await db.partners.count()).toBe(0);
  });

  it('stops tracking the accounts when that is the choice', async () => {
    const bakery = await savePartner(null, { name: 'Mkate Mtamu', contact: '', notes: '', audienceOverlap: null });
    await trackPartnerAccount(bakery.id, { platform: 'instagram', handle: 'mkatemtamu' });
    await trackPartnerAccount(bakery.id, { platform: 'facebook', handle: 'mkatemtamubakery' });
    renderWithSettings(<PartnersSection />);
    const item = await partnerItem('Mkate Mtamu');
    click('Delete Mkate Mtamu', item);
    const dialog = await within(item).findByRole('alertdialog', { name: 'Delete Mkate Mtamu?' });
    expect(within(dialog).queryByText(/collaboration/)).toBeNull();
    expect(within(dialog).getByLabelText<HTMLInputElement>('Stop tracking (what was captured stays)').checked).toBe(true);
    click('Delete Mkate Mtamu', dialog);
    await screen.findByText('Mkate Mtamu deleted. 2 accounts no longer tracked.');
    expect(await db.accounts.count()).toBe(0);
  });

  it('shows the collaborations of each partner grouped by status in the plan order', async () => {
    const bakery = await savePartner(null, { name: 'Mkate Mtamu', contact: '', notes: '', audienceOverlap: 55 });
    const make = (title: string, start: string | null) => saveCollaboration(null, { partnerId: bakery.id, kind: 'giveaway', title, start, end: null, notes: '' });
    const done = await make('Done one', '2026-11-01');
    for (const to of ['proposed', 'agreed', 'scheduled', 'done'] as const) await moveCollaboration(done.id, to);
    const declined = await make('Declined one', null);
    await moveCollaboration(declined.id, 'declined');
    await make('Idea one', null);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderWithSettings(<PartnersSection />);
    const item = await partnerItem('Mkate Mtamu');
    await within(item).findByRole('list', { name: 'Done · 1' });
    expect(within(item).getAllByRole('heading', { level: 5 }).map((h) => h.textContent)).toEqual(['Idea · 1', 'Done · 1', 'Declined · 1']);
    expect(within(item).getByRole('button', { name: 'Reopen as an idea: Declined one' })).toBeTruthy();
    // Done is the end of the way: nothing moves it any more.
    expect(within(item).queryByRole('button', { name: /^(Mark as|Decline).*: Done one$/ })).toBeNull();
  });

  it('shows the sample workspace: both partners with their accounts, and each collaboration under its status', async () => {
    await loadSampleWorkspace(Date.parse('2026-12-10T09:00:00Z'));
    renderWithSettings(<PartnersSection />);
    for (const partner of await db.partners.toArray()) {
      const item = await partnerItem(partner.name);
      const accounts = await db.accounts.where('partnerId').equals(partner.id).toArray();
      expect(accounts.length).toBeGreaterThan(0);
      const list = within(item).getByRole('list', { name: 'Accounts' });
      for (const account of accounts) expect(within(list).getByText(`@${account.handle}`)).toBeTruthy();
      expect(within(item).getByText(`${partner.audienceOverlap} %`)).toBeTruthy();
      for (const collaboration of await db.collaborations.where('partnerId').equals(partner.id).toArray()) {
        const status = { done: 'Done', scheduled: 'Scheduled' }[collaboration.status as 'done' | 'scheduled'];
        const group = within(item).getByRole('list', { name: `${status} · 1` });
        expect(within(group).getByText(collaboration.title)).toBeTruthy();
        expect(within(group).getByText(new RegExp(`· ${collaboration.postIds.length} linked posts?$`))).toBeTruthy();
      }
    }
  });

  it('speaks Kiswahili', async () => {
    const hub = await savePartner(null, { name: 'Kazi Hub', contact: '', notes: '', audienceOverlap: null });
    await saveCollaboration(null, { partnerId: hub.id, kind: 'joint-live', title: 'Mubashara', start: null, end: null, notes: '' });
    await updateSettings({ language: 'sw' });
    renderWithSettings(<PartnersSection />);
    expect(await screen.findByRole('heading', { name: 'Washirika na ushirikiano' })).toBeTruthy();
    const item = await partnerItem('Kazi Hub');
    expect(within(item).getByRole('list', { name: 'Wazo · 1' })).toBeTruthy();
    expect(within(item).getByText('Mubashara wa pamoja · Bado hakuna tarehe · Machapisho 0 yameunganishwa')).toBeTruthy();
    expect(within(item).getByRole('button', { name: 'Sogeza hadi: umependekezwa: Mubashara' })).toBeTruthy();
  });
});
