/** What drove the numbers: the posts grouped by format, pillar, topic, segment, hook or campaign. */
import { useId, useState } from 'react';
import { Select } from '@/components/ui/select';
import { useApp } from '@/components/ui/settings-context';
import { BREAKDOWNS, SMALL_SAMPLE, breakdown, type BreakdownBy } from '@/utils/analytics/breakdowns';
import type { Names } from '@/utils/analytics/csv';
import type { DerivedPost } from '@/utils/analytics/report';
import { BarChart } from './charts/bar-chart';
import { formatCount, formatPercent, formatTotal } from './figures';

export function BreakdownSection({ posts, names }: { posts: DerivedPost[]; names: Names }) {
  const { t, locale } = useApp();
  const id = useId();
  const [by, setBy] = useState<BreakdownBy>('format');
  const rows = breakdown(posts, by);
  const label = (key: string | null) => {
    if (key === null) return by === 'format' ? t('analytics.breakdown.none') : t('analytics.breakdown.notPlanned');
    if (by === 'segment' || by === 'hook' || by === 'campaign') return names[by].get(key) ?? key;
    return key;
  };
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="analytics-breakdown">
      <h2 id={`${id}-title`}>{t('analytics.breakdown.title')}</h2>
      <div className="field">
        <label htmlFor={`${id}-by`}>{t('analytics.breakdown.by')}</label>
        <Select id={`${id}-by`} value={by} options={BREAKDOWNS.map((value) => ({ value, label: t(`analytics.breakdown.${value}`) }))} onChange={(value) => setBy(value as BreakdownBy)} />
      </div>
      {rows.length === 0 ? (
        <p className="help">{t('analytics.posts.none')}</p>
      ) : (
        <>
          <BarChart
            title={t('analytics.breakdown.chart', { by: t(`analytics.breakdown.${by}`) })}
            bars={rows.map((row) => ({ label: label(row.key), value: row.medianEngagement, n: row.posts }))}
            formatY={(value) => formatCount(locale, value)}
          />
          <div className="analytics-scroll">
            <table className="analytics-table">
              <thead>
                <tr>
                  <th scope="col">{t(`analytics.breakdown.${by}`)}</th>
                  <th scope="col">{t('analytics.col.posts')}</th>
                  <th scope="col">{t('analytics.col.median')}</th>
                  <th scope="col">{t('analytics.col.engagement')}</th>
                  <th scope="col">{t('analytics.col.er')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key ?? ''} data-small={row.small}>
                    <th scope="row">
                      {label(row.key)}
                      {row.small && <small className="analytics-note">{t('analytics.smallSample', { count: SMALL_SAMPLE })}</small>}
                    </th>
                    <td>{row.posts}</td>
                    <td>{formatCount(locale, row.medianEngagement)}</td>
                    <td>{formatTotal(locale, row.engagement)}</td>
                    <td>{formatPercent(locale, row.erFollowers.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
