/** The brand beside each competitor for the same period and platform: the same figures, side by side. */
import { useId } from 'react';
import { useApp } from '@/components/ui/settings-context';
import type { CompetitorData } from '@/storage/analytics';
import type { Period } from '@/utils/analytics/period';
import { derivePosts, summarize, type Summary } from '@/utils/analytics/report';
import type { Platform } from '@/utils/platforms';
import { formatChange, formatCount, formatPercent } from './figures';

export function BenchmarkSection({ own, competitors, period, platform }: { own: Summary; competitors: CompetitorData[]; period: Period; platform: Platform | 'all' }) {
  const { t, locale } = useApp();
  const id = useId();
  const onPlatform = <T extends { platform: Platform }>(rows: readonly T[]) => rows.filter((row) => platform === 'all' || row.platform === platform);
  const rivals = competitors.map((competitor) => {
    const accounts = onPlatform(competitor.accounts);
    return { id: competitor.id, name: competitor.name, summary: summarize(derivePosts(onPlatform(competitor.posts), accounts, new Map()), accounts, period) };
  });
  const columns = [{ id: 'own', name: t('analytics.benchmark.you'), summary: own }, ...rivals];
  const rows: { key: string; label: string; cell: (summary: Summary) => string }[] = [
    { key: 'followers', label: t('analytics.figure.followers'), cell: (s) => formatCount(locale, s.followers.end, s.followers.approximate) },
    { key: 'growth', label: t('analytics.benchmark.growth'), cell: (s) => formatChange(locale, s.followers.end, s.followers.start) || formatCount(locale, null) },
    { key: 'posts', label: t('analytics.figure.posts'), cell: (s) => formatCount(locale, s.posts) },
    { key: 'median', label: t('analytics.figure.median'), cell: (s) => formatCount(locale, s.medianEngagement) },
    { key: 'er', label: t('analytics.figure.erFollowers'), cell: (s) => formatPercent(locale, s.erFollowers.value) },
  ];
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="analytics-benchmark">
      <h2 id={`${id}-title`}>{t('analytics.benchmark.title')}</h2>
      {rivals.length === 0 ? (
        <p className="help">{t('analytics.benchmark.none')}</p>
      ) : (
        <div className="analytics-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-title`}>
          <table className="analytics-table">
            <thead>
              <tr>
                <th scope="col">{t('analytics.col.figure')}</th>
                {columns.map((column) => (
                  <th key={column.id} scope="col">{column.name}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} data-figure={row.key}>
                  <th scope="row">{row.label}</th>
                  {columns.map((column) => (
                    <td key={column.id}>{row.cell(column.summary)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
