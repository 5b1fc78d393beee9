/** The report of a period and of the period before it, live: it follows captures as they land. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { loadAnalytics, type AnalyticsData } from '@/storage/analytics';
import { previousPeriod, type Period } from '@/utils/analytics/period';
import { buildReport, type Report } from '@/utils/analytics/report';

export interface Reports {
  data: AnalyticsData;
  report: Report;
  previous: Report;
}

export function useReports(period: Period, timeZone: string, now: number): Reports | undefined {
  const before = useMemo(() => previousPeriod(period, timeZone), [period, timeZone]);
  const data = useLiveQuery(() => loadAnalytics(period, before), [period.start, period.end, before.start]);
  return useMemo(
    () =>
      data && {
        data,
        report: buildReport({ period, now, ...data.current }),
        previous: buildReport({ period: before, now, ...data.previous }),
      },
    [data, period, before, now],
  );
}
