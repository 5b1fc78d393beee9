/** Campaigns: promotions, Black Friday, contests, launches — bands across days of the plan. */
import { db } from './db';
import type { Campaign } from './schemas';

/** Every campaign, the most recent start first. */
export async function listCampaigns(): Promise<Campaign[]> {
  return (await db.campaigns.orderBy('start').toArray()).reverse();
}
