/**
 * The period's figures for one part (a platform, or all), each beside the previous period's, with the
 * sample it stands on and, for the rates, the formula (smm-facts §d2).
 */
import { useId } from 'react';
import { useApp } from '@/components/ui/settings-context';
import type { HonestTotal } from '@/utils/analytics/honest-sum';
import type { PlatformReport } from '@/utils/analytics/report';
import { formatChange, formatCount, formatPercent, formatTotal } from './figures';

interface Row {
  key: string;
  label: string;
  value: string;
  change: string;
  note: string;
}

export function SummarySection({ part, previous }: { part: PlatformReport; previous: PlatformReport | undefined }) {
  const { t, locale } = useApp();
  const id = useId();
  const { summary, adherence } = part;
  const was = previous?.summary;
  const hidden = (total: HonestTotal) => (total.hidden > 0 ? t('analytics.hidden', { count: total.hidden }) : '');
  const count = (key: 'likes' | 'reposts' | 'comments' | 'views' | 'engagement'): Row => ({
    key,
    label: t(`analytics.figure.${key}`),
    value: formatTotal(locale, summary[key]),
    change: formatChange(locale, summary[key].value, was?.[key].value ?? null),
    note: hidden(summary[key]),
  });
  const points = t('analytics.points');
  const rows: Row[] = [
    {
      key: 'followers',
      label: t('analytics.figure.followers'),
      value: summary.followers.end === null ? formatCount(locale, null) : t('analytics.followersRange', { start: formatCount(locale, summary.followers.start, summary.followers.approximate), end: formatCount(locale, summary.followers.end, summary.followers.approximate) }),
      change: formatChange(locale, summary.followers.end, summary.followers.start),
      note: summary.followers.accounts === 0 ? t('analytics.noAccount') : summary.followers.known < summary.followers.accounts ? t('analytics.followersPartial', { known: summary.followers.known, count: summary.followers.accounts }) : '',
    },
    { key: 'posts', label: t('analytics.figure.posts'), value: formatCount(locale, summary.posts), change: formatChange(locale, summary.posts, was?.posts ?? null), note: t('analytics.ofPlanned', { published: adherence.published, count: adherence.planned }) },
    count('likes'),
    count('reposts'),
    count('comments'),
    count('views'),
    count('engagement'),
    { key: 'median', label: t('analytics.figure.median'), value: formatCount(locale, summary.medianEngagement), change: formatChange(locale, summary.medianEngagement, was?.medianEngagement ?? null), note: '' },
    {
      key: 'er-followers',
      label: t('analytics.figure.erFollowers'),
      value: formatPercent(locale, summary.erFollowers.value),
      change: formatChange(locale, summary.erFollowers.value, was?.erFollowers.value ?? null, points),
      note: `${t('analytics.formula.erFollowers')} · ${t('analytics.sample', { count: summary.erFollowers.n })}`,
    },
    {
      key: 'er-views',
      label: t('analytics.figure.erViews'),
      value: formatPercent(locale, summary.erViews.value),
      change: formatChange(locale, summary.erViews.value, was?.erViews.value ?? null, points),
      note: `${t('analytics.formula.erViews')} · ${t('analytics.sample', { count: summary.erViews.n })}`,
    },
  ];

  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="analytics-summary">
      <h2 id={`${id}-title`}>{part.platform === 'all' ? t('analytics.summary.all') : t('analytics.summary.platform', { platform: t(`platform.${part.platform}`) })}</h2>
      <div className="analytics-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-title`}>
        <table className="analytics-table">
          <thead>
            <tr>
              <th scope="col">{t('analytics.col.figure')}</th>
              <th scope="col">{t('analytics.col.value')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-figure={row.key}>
                <th scope="row">
                  {row.label}
                  {row.note && <small className="analytics-note">{row.note}</small>}
                </th>
                <td>
                  <span data-value>{row.value}</span>
                  {row.change && <small className="analytics-note">{t('analytics.change', { change: row.change })}</small>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
