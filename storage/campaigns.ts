/** Campaigns: promotions, Black Friday, contests, launches — bands across days of the plan. */
import { db } from './db';
import { newId } from './ids';
import { campaignSchema, type Campaign, type Post } from './schemas';
import { ValidationError, parseRow } from './validation';

export type CampaignInput = Omit<Campaign, 'id' | 'createdAt' | 'updatedAt'>;

/** Every campaign, the most recent start first. */
export async function listCampaigns(): Promise<Campaign[]> {
  return (await db.campaigns.orderBy('start').toArray()).reverse();
}

export function getCampaign(id: string): Promise<Campaign | undefined> {
  return db.campaigns.get(id);
}

function validCampaign(campaign: Campaign): Campaign {
  const valid = parseRow(campaignSchema, campaign);
  if (valid.end < valid.start) throw new ValidationError('end', 'the campaign ends before it starts', 'ends-before-start');
  return valid;
}

export async function createCampaign(input: CampaignInput, now = Date.now()): Promise<Campaign> {
  const campaign = validCampaign({ ...input, id: newId(), createdAt: now, updatedAt: now });
  await db.campaigns.add(campaign);
  return campaign;
}

export async function updateCampaign(id: string, patch: Partial<CampaignInput>, now = Date.now()): Promise<Campaign> {
  const current = await db.campaigns.get(id);
  if (!current) throw new Error(`No campaign ${id}`);
  const campaign = validCampaign({ ...current, ...patch, updatedAt: now });
  await db.campaigns.put(campaign);
  return campaign;
}

/** Posts of a campaign in time order (undated ideas last). */
export async function listCampaignPosts(id: string): Promise<Post[]> {
  const posts = await db.posts.where('campaignId').equals(id).toArray();
  return posts.sort((a, b) => (a.scheduledAt ?? Infinity) - (b.scheduledAt ?? Infinity));
}

/** Deletes the campaign and unlinks its posts (which stay in the plan), in one transaction. */
export async function deleteCampaign(id: string, now = Date.now()): Promise<{ unlinkedPosts: number }> {
  return db.transaction('rw', db.campaigns, db.posts, async () => {
    const unlinkedPosts = await db.posts.where('campaignId').equals(id).modify({ campaignId: null, updatedAt: now });
    await db.campaigns.delete(id);
    return { unlinkedPosts };
  });
}
