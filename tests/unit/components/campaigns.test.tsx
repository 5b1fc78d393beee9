// Campaigns in the Plan area: create, validate, list with post counts, start from a calendar day, delete.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PlanArea } from '@/components/plan/plan-area';
import { editingCampaign, openCampaign, startCampaign } from '@/components/state/campaigns';
import { openPost, planSection } from '@/components/state/navigation';
import { createCampaign, type CampaignInput } from '@/storage/campaigns';
import { db } from '@/storage/db';
import { createPost } from '@/storage/posts';
import { updateSettings } from '@/storage/settings';
import { renderWithSettings } from './render';

beforeEach(async () => {
  openPost(null);
  openCampaign(null);
  planSection.value = 'campaigns';
  await updateSettings({ timeZone: 'Africa/Nairobi', language: 'en', country: 'KE' });
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

const bf: CampaignInput = { name: 'Black Friday week', kind: 'black-friday', start: '2026-11-27', end: '2026-11-30', goalIds: [], color: '#111827', notes: '' };

describe('campaigns', () => {
  it('creates a campaign through the editor and lists it with its dates', async () => {
    renderWithSettings(<PlanArea />);
    fireEvent.click(await screen.findByRole('button', { name: 'New campaign' }));
    fireEvent.change(await screen.findByLabelText('Name'), { target: { value: 'Subscribe & save week' } });
    fireEvent.change(screen.getByLabelText('First day'), { target: { value: '2026-12-07' } });
    fireEvent.change(screen.getByLabelText('Last day'), { target: { value: '2026-12-13' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save campaign' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    const line = await screen.findByRole('button', { name: /Subscribe & save week/ });
    expect(line.textContent).toContain('Promotion · 0 posts');
    expect(await db.campaigns.count()).toBe(1);
  });

  it('refuses a campaign that ends before it starts', async () => {
    renderWithSettings(<PlanArea />);
    startCampaign({ ...bf, end: '2026-11-20' });
    fireEvent.click(await screen.findByRole('button', { name: 'Save campaign' }));
    expect(await screen.findByText('Not saved: End: ends before it starts')).toBeTruthy();
    expect(await db.campaigns.count()).toBe(0);
  });

  it('starts a campaign from a calendar day with its name and dates filled in', async () => {
    renderWithSettings(<PlanArea />);
    startCampaign({ name: 'Black Friday', kind: 'black-friday', start: '2026-11-27', end: '2026-11-27' });
    expect((await screen.findByLabelText<HTMLInputElement>('Name')).value).toBe('Black Friday');
    expect(screen.getByLabelText<HTMLSelectElement>('Kind').value).toBe('black-friday');
    expect(screen.getByLabelText<HTMLInputElement>('First day').value).toBe('2026-11-27');
  });

  it('lists the posts of a campaign and unlinks them when it is deleted', async () => {
    const campaign = await createCampaign(bf);
    const post = await createPost({
      groupId: null, platform: 'x', format: 'text', status: 'scheduled', title: 'Doorbuster', localDate: '2026-11-27', localTime: '07:00', timeZone: 'Africa/Nairobi',
      pillar: 'promotion', topic: '', segmentId: null, hookId: null, campaignId: campaign.id, text: '25% off', hashtags: [], notes: '', mediaIds: [],
      reminderLeadMinutes: null, publishedUrl: null, publishedAt: null, externalId: null,
    });
    renderWithSettings(<PlanArea />);
    expect((await screen.findByRole('button', { name: /Black Friday week/ })).textContent).toContain('1 post');
    openCampaign(campaign.id);
    const editor = (await screen.findByRole('heading', { name: 'Edit campaign' })).closest('section')!;
    expect(await within(editor).findByRole('button', { name: /Doorbuster/ })).toBeTruthy();

    fireEvent.click(within(editor).getByRole('button', { name: 'Delete campaign' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete campaign' }));
    expect(await screen.findByText('Campaign deleted; 1 post was unlinked.')).toBeTruthy();
    await waitFor(async () => expect((await db.posts.get(post.id))!.campaignId).toBeNull());
    expect(await db.campaigns.count()).toBe(0);
    expect(editingCampaign.value).toBeNull();
  });
});
