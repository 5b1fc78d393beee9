/** Plan adherence: of the posts planned for the period, how many went out on time, late, or not at all. */
import { useId } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { ON_TIME_MS, type Adherence } from '@/utils/analytics/report';

export function AdherenceSection({ adherence }: { adherence: Adherence }) {
  const { t, locale } = useApp();
  const id = useId();
  const share = (count: number) => (adherence.planned === 0 ? '' : new Intl.NumberFormat(locale, { style: 'percent' }).format(count / adherence.planned));
  const rows = (['onTime', 'late', 'missed', 'pending'] as const).map((key) => ({ key, count: adherence[key] }));
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="analytics-adherence">
      <h2 id={`${id}-title`}>{t('analytics.adherence.title')}</h2>
      <p className="help">{t('analytics.adherence.help', { planned: adherence.planned, published: adherence.published, minutes: ON_TIME_MS / 60_000 })}</p>
      <table className="analytics-table">
        <tbody>
          {rows.map(({ key, count }) => (
            <tr key={key} data-adherence={key}>
              <th scope="row">{t(`analytics.adherence.${key}`)}</th>
              <td data-value>{count}</td>
              <td>{share(count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
