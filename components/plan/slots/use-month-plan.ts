/**
 * The month plan the preview shows: the pure planner fed with the live slots, the month's posts (live,
 * so an edit elsewhere updates the preview) and, when asked, the country's public holidays.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { listPostsForMonthPlan } from '@/storage/plan-next-month';
import { LIMITS, type Slot } from '@/storage/schemas';
import type { YearMonth } from '@/utils/calendar/month-grid';
import type { ContentMix } from '@/utils/plan/content-mix';
import { planMonth, type MonthPlan } from '@/utils/plan/plan-month';
import { useHolidayDates, type HolidayDates } from './use-holiday-dates';

export interface MonthPlanState {
  /** Undefined while the month's posts or the holidays load. */
  plan: MonthPlan | undefined;
  holidays: HolidayDates | undefined;
}

export function useMonthPlan(slots: readonly Slot[], { year, month }: YearMonth, mix: ContentMix, skipHolidays: boolean): MonthPlanState {
  const { settings, t } = useApp();
  const { timeZone, country, language } = settings;
  // Times already past are not proposed; "now" is when the planner opened, which is soon enough.
  const [now] = useState(() => Date.now());
  const posts = useLiveQuery(() => listPostsForMonthPlan({ year, month }, timeZone), [year, month, timeZone]);
  const holidays = useHolidayDates(country, year, month, language, skipHolidays);

  const plan = useMemo(() => {
    if (!posts || !holidays?.dates) return undefined;
    return planMonth({
      slots,
      year,
      month,
      timeZone,
      existingPosts: posts,
      mix,
      holidays: new Set(holidays.dates.keys()),
      notBefore: now,
      titleOf: ({ pillar, format }) => (pillar ? `${pillar} · ${t(`format.${format}`)}`.slice(0, LIMITS.name) : ''),
    });
  }, [slots, year, month, timeZone, posts, mix, holidays, now, t]);
  return { plan, holidays };
}
