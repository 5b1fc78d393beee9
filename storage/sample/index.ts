/**
 * The sample workspace: a specialty coffee roaster in Nairobi with its whole strategy, six weeks of
 * plan and captured analytics, and a month planned ahead, so a new user sees every area filled.
 * A pure function of `now`: no clock, no Math.random, no database (another module writes it).
 */
import type { WorkspaceData } from '@/storage/tables';
import { buildAnalytics } from './analytics';
import { createContext } from './calendar';
import { buildCampaigns, buildEvents, placeCampaigns, placeEvents } from './calendar-items';
import { buildGoals } from './goals';
import { buildCollaborations, buildPosts, buildSlots } from './plan';
import { buildStrategy } from './strategy';

export { SAMPLE_TIME_ZONE } from './calendar';
/** Kenya: the calendar shows its public holidays. */
export const SAMPLE_COUNTRY = 'KE';

export interface SampleOptions {
  /** The moment to build for (epoch ms): plan and analytics are placed around it. */
  now: number;
}

export function buildSampleWorkspace({ now }: SampleOptions): WorkspaceData {
  if (!Number.isSafeInteger(now) || now < 0) throw new RangeError(`now must be epoch milliseconds, got ${now}`);
  const ctx = createContext(now);
  const { brand, competitors, partners, segments, hooks, accounts, templates, hashtagSets } = buildStrategy(ctx);
  const campaigns = placeCampaigns(ctx);
  const events = placeEvents(ctx);
  const { posts, idOfKey } = buildPosts(ctx, campaigns, events);
  const { followersOn, observedPosts, postSnapshots, profileSnapshots } = buildAnalytics(ctx, posts, hooks);
  return {
    brand,
    goals: buildGoals(ctx, followersOn),
    segments,
    hooks,
    competitors,
    partners,
    collaborations: buildCollaborations(ctx, campaigns, idOfKey),
    accounts,
    campaigns: buildCampaigns(ctx, campaigns),
    events: buildEvents(ctx, events),
    slots: buildSlots(ctx),
    posts,
    templates,
    hashtagSets,
    observedPosts,
    postSnapshots,
    profileSnapshots,
    // The app creates these as it is used; the sample starts without them.
    media: [],
    reminders: [],
    suggestionStates: [],
    settings: [],
  };
}
