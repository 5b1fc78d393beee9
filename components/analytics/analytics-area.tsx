/**
 * The Analytics area (step 8): a period (this month by default) and a platform, the report against the
 * previous period of the same length, and its exports. Loaded on demand with its strings and charts.
 */
import { useMemo, useState } from 'react';
import { formatLocalDateRange } from '@/components/plan/campaigns/date-range';
import { Select } from '@/components/ui/select';
import { useApp } from '@/components/ui/settings-context';
import { useClock } from '@/components/ui/use-clock';
import { WithStrings } from '@/components/ui/with-strings';
import { monthPeriod, type Period } from '@/utils/analytics/period';
import { PLATFORMS, type Platform } from '@/utils/platforms';
import { todayIn } from '@/utils/time/wall-clock';
import { ExportBar } from './export-bar';
import { PeriodPicker } from './period-picker';
import { ReportView } from './report-view';
import { useReports } from './use-report';
import './analytics.css';

export function AnalyticsArea() {
  return (
    <WithStrings part="analytics">
      <Analytics />
    </WithStrings>
  );
}

function Analytics() {
  const { t, locale, settings } = useApp();
  const now = useClock(60_000);
  const today = todayIn(settings.timeZone, now);
  const [period, setPeriod] = useState<Period>(() => monthPeriod(today, settings.timeZone));
  const [platform, setPlatform] = useState<Platform | 'all'>('all');
  // The report's "now" moves by the minute only: a new object each render would reload the data.
  const minute = Math.floor(now / 60_000) * 60_000;
  const reports = useReports(period, settings.timeZone, minute);
  const platforms = useMemo(() => (reports ? reports.report.platforms.map((part) => part.platform as Platform) : []), [reports]);

  return (
    <>
      <section className="card analytics-controls" aria-label={t('analytics.controls')}>
        <h2>{t('analytics.title')}</h2>
        <PeriodPicker today={today} period={period} onChange={setPeriod} />
        <div className="field">
          <label htmlFor="analytics-platform">{t('analytics.platform')}</label>
          <Select
            id="analytics-platform"
            value={platform}
            options={[{ value: 'all', label: t('analytics.allPlatforms') }, ...PLATFORMS.filter((p) => platforms.includes(p) || p === platform).map((p) => ({ value: p, label: t(`platform.${p}`) }))]}
            onChange={(value) => setPlatform(value as Platform | 'all')}
          />
        </div>
        <p className="help" data-testid="analytics-period">{t('analytics.comparing', { range: formatLocalDateRange(locale, period.from, period.to), count: period.days })}</p>
        {reports && <ExportBar report={reports.report} previous={reports.previous} names={reports.data.names} platform={platform} />}
      </section>
      {reports && <ReportView reports={reports} platform={platform} />}
    </>
  );
}
