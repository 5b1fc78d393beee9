/**
 * The printable report: the Analytics report of a period and platform (from the address, as the
 * Analytics area's "Printable report" opens it) laid out for paper — print it or save it as PDF.
 * A malformed address says so and shows nothing else.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { Suspense, useState } from 'react';
import { ReportView } from '@/components/analytics/report-view';
import { useReports } from '@/components/analytics/use-report';
import { formatLocalDateRange } from '@/components/plan/campaigns/date-range';
import { useApp } from '@/components/ui/settings-context';
import { getBrand } from '@/storage/brand';
import { WithStrings } from '@/components/ui/with-strings';
import { periodFromInput, type Period } from '@/utils/analytics/period';
import { PLATFORMS, type Platform } from '@/utils/platforms';
import '@/components/analytics/analytics.css';

/** The period and platform the address asks for, or null when it is not a valid request. */
export function requestOf(search: string, timeZone: string): { period: Period; platform: Platform | 'all' } | null {
  const query = new URLSearchParams(search);
  const platform = query.get('platform') ?? 'all';
  if (platform !== 'all' && !(PLATFORMS as readonly string[]).includes(platform)) return null;
  const period = periodFromInput(query.get('from') ?? '', query.get('to') ?? '', timeZone);
  return typeof period === 'string' ? null : { period, platform: platform as Platform | 'all' };
}

export function App() {
  return (
    <Suspense fallback={null}>
      <WithStrings part="strategy">
        <WithStrings part="analytics">
          <Printable />
        </WithStrings>
      </WithStrings>
    </Suspense>
  );
}

function Printable() {
  const { t, locale, settings } = useApp();
  const request = requestOf(location.search, settings.timeZone);
  if (!request) return <p role="alert" className="card status status--error">{t('analytics.report.badAddress')}</p>;
  return <Report {...request} title={t('analytics.report.title', { range: formatLocalDateRange(locale, request.period.from, request.period.to) })} />;
}

function Report({ period, platform, title }: { period: Period; platform: Platform | 'all'; title: string }) {
  const { t, settings } = useApp();
  const brand = useLiveQuery(getBrand);
  // Printed now: the report's "now" is the moment the page opened.
  const [now] = useState(Date.now);
  const reports = useReports(period, settings.timeZone, now);
  return (
    <main className="report-page">
      <header className="card">
        <h1>{title}</h1>
        <p className="help">
          {brand?.name ? `${brand.name} · ` : ''}
          {platform === 'all' ? t('analytics.allPlatforms') : t(`platform.${platform}`)}
        </p>
        <button type="button" className="button report-page__print" onClick={() => window.print()}>{t('analytics.report.print')}</button>
      </header>
      {reports && <ReportView reports={reports} platform={platform} />}
    </main>
  );
}
