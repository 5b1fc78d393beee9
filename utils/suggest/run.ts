/**
 * Every rule of the Adjust area over one set of data, in one pure call: the page (and the weekly
 * review) load the data (storage/adjust-data.ts) and ask this for the suggestions.
 *
 * Windows: the rules that compare groups of past posts read the last QUARTER_DAYS (a month of daily
 * posts is too few for a fair test; a quarter gives each group a chance to reach its minimum sample);
 * evergreen posts are looked for over the whole history given (a year). Suggestions come out most
 * confident first, then in the order of the rules below, so the page is stable between visits.
 */
import { derivePosts, type DerivedPost, type ReportAccount, type ReportPlanned, type ReportPost } from '@/utils/analytics/report';
import type { Goal, Hook, Post, Segment, Slot } from '@/storage/schemas';
import type { GoalProgress } from '@/utils/strategy/goal-progress';
import { bestTimesRule } from './best-times';
import { competitorRhythmRule, type CompetitorPosts } from './competitor-rhythm';
import { evergreenRule } from './evergreen';
import { lowReturnRule } from './low-return';
import { contentPerformanceRule } from './content-performance';
import { formatMixRule } from './format-mix';
import { goalsAtRiskRule } from './goals-at-risk';
import { missedPatternRule } from './missed-pattern';
import { neglectedSegmentsRule } from './neglected-segments';
import { withPlanActions } from './plan-actions';
import { staleAnalyticsRule, type StaleCandidate } from './stale-analytics';
import type { Confidence, Suggestion } from './types';

export const QUARTER_DAYS = 90;
/** The stretch of the plan the segment balance is judged on: four weeks, the reach of a re-plan. */
export const PLAN_DAYS = 28;
const DAY_MS = 24 * 60 * 60_000;

export interface SuggestAllInput {
  now: number;
  timeZone: string;
  /** The brand's own accounts with their follower readings, own posts and the planned posts they link to, over the history. */
  history: { accounts: readonly ReportAccount[]; posts: readonly ReportPost[]; planned: readonly ReportPlanned[]; competitors: readonly CompetitorPosts[] };
  /** Planned posts around now (the recent past and the upcoming weeks), as stored. */
  plan: readonly Post[];
  slots: readonly Slot[];
  stale: readonly StaleCandidate[];
  segments: readonly Segment[];
  hooks: readonly Hook[];
  /** Every goal with its progress at `now` (utils/strategy/goal-progress.ts). */
  goals: readonly { goal: Goal; progress: GoalProgress }[];
}

const CONFIDENCE_ORDER: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };

/** The own posts of the history with their derived numbers (ER, format, planned post). */
export function derivedHistory(history: SuggestAllInput['history']): DerivedPost[] {
  return derivePosts(history.posts, history.accounts, new Map(history.planned.map((post) => [post.id, post])));
}

/**
 * Own posts already recycled: a recycled idea keeps its source's address in its notes (replan.ts), so a
 * post planned again in the recent or upcoming plan is not offered twice.
 */
function recycledIds(input: SuggestAllInput): Set<string> {
  const lines = new Set(input.plan.flatMap((post) => post.notes.split('\n').map((line) => line.trim())).filter(Boolean));
  return new Set(input.history.posts.filter((post) => lines.has(post.url)).map((post) => post.id));
}

export function suggestAll(input: SuggestAllInput): Suggestion[] {
  const { now, timeZone } = input;
  const quarter = { start: now - QUARTER_DAYS * DAY_MS, end: now + 1 };
  const posts = derivedHistory(input.history);
  const inQuarter = posts.filter((post) => post.post.publishedAt >= quarter.start);
  const upcoming = input.plan.filter((post) => post.scheduledAt !== null && post.scheduledAt >= now);
  // The missed-pattern rule reads the quarter's plan and the upcoming posts it would move.
  const planned = [...input.history.planned.filter((post) => post.scheduledAt !== null && post.scheduledAt >= quarter.start && post.scheduledAt < now), ...upcoming];

  const found: Suggestion[] = [
    ...bestTimesRule({ posts, slots: input.slots, timeZone, period: quarter }),
    ...withPlanActions([...formatMixRule(posts, quarter), ...contentPerformanceRule(posts, quarter)], { posts, period: quarter, upcoming, now }),
    ...goalsAtRiskRule({ goals: input.goals.map(({ goal }) => goal), progress: new Map(input.goals.map(({ goal, progress }) => [goal.id, progress])), posts: inQuarter, upcoming, now, timeZone }),
    ...neglectedSegmentsRule({ segments: input.segments, hooks: input.hooks, upcoming, window: { start: now, end: now + PLAN_DAYS * DAY_MS }, timeZone }),
    ...missedPatternRule({ planned, timeZone, period: quarter, now }),
    ...staleAnalyticsRule({ observed: input.stale, now }),
    ...competitorRhythmRule({ competitors: input.history.competitors, now }),
    ...evergreenRule({ posts, slots: input.slots, upcoming: input.plan, recycledIds: recycledIds(input), now, timeZone }),
    ...lowReturnRule({ posts: inQuarter, period: quarter }),
  ];
  return found
    .map((suggestion, order) => ({ suggestion, order }))
    .sort((a, b) => CONFIDENCE_ORDER[a.suggestion.confidence] - CONFIDENCE_ORDER[b.suggestion.confidence] || a.order - b.order)
    .map(({ suggestion }) => suggestion);
}
