/**
 * From the posts of a view's range to what the calendar draws: each post on its day and hour in the
 * brand's zone (not the zone it was planned in), filtered, grouped by day, with its colour key. Pure,
 * so the grouping is done once in memory for the whole range instead of one query per day.
 */
import type { CalendarFilters, ColorBy } from '@/components/state/calendar';
import type { CalendarEntry } from '@/storage/calendar-projection';
import { toWallClock } from '@/utils/time/wall-clock';

/** How many pillar colours theme.css defines (`data-color="pillar-0"` … `pillar-7`). */
const PILLAR_COLORS = 8;

export interface PlacedPost {
  post: CalendarEntry;
  /** The brand-zone wall clock the calendar shows the post at. */
  localDate: string;
  localTime: string;
  /** `platform-x`, `pillar-3` or `pillar-none`: a hook for theme.css, also read by tests. */
  color: string;
}

export interface ArrangedPosts {
  byDay: ReadonlyMap<string, PlacedPost[]>;
  /** Every pillar of the range before filtering, sorted: filtering never changes a pillar's colour. */
  pillars: string[];
  /** How many posts the filters hid. */
  hidden: number;
}

export function matchesFilters(post: CalendarEntry, filters: CalendarFilters): boolean {
  return (
    (!filters.platform || post.platform === filters.platform) &&
    (!filters.status || post.status === filters.status) &&
    (!filters.segmentId || post.segmentId === filters.segmentId) &&
    (!filters.campaignId || post.campaignId === filters.campaignId) &&
    (!filters.pillar || post.pillar === filters.pillar)
  );
}

export function pillarColor(pillar: string, pillars: readonly string[]): string {
  const index = pillars.indexOf(pillar);
  return pillar && index >= 0 ? `pillar-${index % PILLAR_COLORS}` : 'pillar-none';
}

export function arrangePosts(posts: readonly CalendarEntry[], filters: CalendarFilters, colorBy: ColorBy, timeZone: string): ArrangedPosts {
  const pillars = [...new Set(posts.map((post) => post.pillar).filter(Boolean))].sort((a, b) => a.localeCompare(b));
  const byDay = new Map<string, PlacedPost[]>();
  let hidden = 0;
  for (const post of posts) {
    if (post.scheduledAt === null) continue;
    if (!matchesFilters(post, filters)) {
      hidden++;
      continue;
    }
    const { localDate, localTime } = toWallClock(post.scheduledAt, timeZone);
    const color = colorBy === 'pillar' ? pillarColor(post.pillar, pillars) : `platform-${post.platform}`;
    const day = byDay.get(localDate);
    const placed = { post, localDate, localTime, color };
    if (day) day.push(placed);
    else byDay.set(localDate, [placed]);
  }
  // The query returns posts in scheduledAt order, and each day's list keeps it.
  return { byDay, pillars, hidden };
}

/** The title a chip shows: the title, else the start of the text, else "Untitled". */
export function postTitle(post: CalendarEntry, untitled: string): string {
  return post.title.trim() || post.text.trim().slice(0, 60) || untitled;
}
