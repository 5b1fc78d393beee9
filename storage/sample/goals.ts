/**
 * Step 2 for the sample: goals for the month, quarter and year around `now`. Baselines come from
 * the sample's own profile history, so progress starts where the numbers really were.
 */
import type { Goal, Platform } from '@/storage/schemas';
import { dateOfDay, instantOf, periodAround, type Day, type SampleContext } from './calendar';

export const GOAL_IDS = {
  instagramFollowers: 'sample-goal-instagram-followers-month',
  engagementRate: 'sample-goal-engagement-rate-quarter',
  postsPublished: 'sample-goal-posts-published-month',
  tiktokFollowers: 'sample-goal-tiktok-followers-year',
} as const;

/** Followers of our own account on a platform on a day (from the profile snapshots), or null. */
export type FollowersOn = (platform: Platform, day: Day) => number | null;

type GoalSpec = [keyof typeof GOAL_IDS, string, Goal['metric'], Goal['platform'], number, number | null, 1 | 3 | 12];

export function buildGoals(ctx: SampleContext, followersOn: FollowersOn): Goal[] {
  const month = periodAround(ctx.today, 1);
  const instagramStart = followersOn('instagram', month.start);
  const specs: GoalSpec[] = [
    ['instagramFollowers', 'Instagram: 400 new followers this month', 'followers', 'instagram', Math.ceil(((instagramStart ?? 3600) + 400) / 50) * 50, instagramStart, 1],
    // Engagement rate in percent.
    ['engagementRate', 'Engagement rate of 4.5% this quarter', 'engagement-rate', 'all', 4.5, 3.2, 3],
    ['postsPublished', 'Publish 30 posts this month', 'posts-published', 'all', 30, null, 1],
    ['tiktokFollowers', 'TikTok: 10,000 followers by year end', 'followers', 'tiktok', 10_000, followersOn('tiktok', ctx.firstDay + 1), 12],
  ];
  return specs.map(([key, title, metric, platform, target, baseline, months]) => {
    const { start, end } = periodAround(ctx.today, months);
    // Set on the first morning of the period, or at setup if the workspace is younger.
    const at = Math.min(ctx.now, Math.max(ctx.setupAt, instantOf(start, '09:00')));
    const period = months === 1 ? 'month' : months === 3 ? 'quarter' : 'year';
    return {
      id: GOAL_IDS[key], title, metric, platform, target, baseline,
      manualValue: null,
      period,
      periodStart: dateOfDay(start),
      periodEnd: dateOfDay(end),
      createdAt: at,
      updatedAt: at,
    };
  });
}
