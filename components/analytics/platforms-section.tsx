/** All platforms at a glance: one row each with the figures that compare across platforms. */
import { useId } from 'react';
import { useApp } from '@/components/ui/settings-context';
import type { PlatformReport } from '@/utils/analytics/report';
import { formatChange, formatCount, formatPercent, formatTotal } from './figures';

export function PlatformsSection({ parts }: { parts: PlatformReport[] }) {
  const { t, locale } = useApp();
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="analytics-platforms">
      <h2 id={`${id}-title`}>{t('analytics.platforms.title')}</h2>
      <div className="analytics-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-title`}>
        <table className="analytics-table">
          <thead>
            <tr>
              <th scope="col">{t('analytics.col.platform')}</th>
              <th scope="col">{t('analytics.figure.followers')}</th>
              <th scope="col">{t('analytics.col.posts')}</th>
              <th scope="col">{t('analytics.col.engagement')}</th>
              <th scope="col">{t('analytics.col.er')}</th>
            </tr>
          </thead>
          <tbody>
            {parts.map(({ platform, summary }) => (
              <tr key={platform} data-platform={platform}>
                <th scope="row">{t(`platform.${platform as Exclude<typeof platform, 'all'>}`)}</th>
                <td>
                  {formatCount(locale, summary.followers.end, summary.followers.approximate)}
                  {summary.followers.growth !== null && <small className="analytics-note">{formatChange(locale, summary.followers.end, summary.followers.start)}</small>}
                </td>
                <td>{summary.posts}</td>
                <td>{formatTotal(locale, summary.engagement)}</td>
                <td>{formatPercent(locale, summary.erFollowers.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
