/**
 * The campaign open in the editor, and a draft to start one from the calendar (a holiday, a marketing
 * day, an event) in one click. Ephemeral UI state only.
 */
import { signal } from '@preact/signals-react';
import type { CampaignInput } from '@/storage/campaigns';
import { openArea, planSection } from './navigation';

/** An id, 'new' for a blank or drafted campaign, or null. */
export const editingCampaign = signal<string | null>(null);
export const campaignDraft = signal<Partial<CampaignInput> | null>(null);
/** What the last action on campaigns said once its editor has closed ("Campaign deleted; …"). */
export const campaignNotice = signal('');

export function openCampaign(id: string | null): void {
  campaignDraft.value = null;
  campaignNotice.value = '';
  editingCampaign.value = id;
  if (id) showCampaigns();
}

function showCampaigns(): void {
  planSection.value = 'campaigns';
  openArea('plan');
}

/** Opens a new campaign pre-filled from a calendar day: "Black Friday" → a Black Friday campaign. */
export function startCampaign(draft: Partial<CampaignInput>): void {
  editingCampaign.value = 'new';
  campaignDraft.value = draft;
  showCampaigns();
}
