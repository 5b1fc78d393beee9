/** What the plan adds up to: each pillar's target against what is planned, and what was left free. */
import { useApp } from '@/components/ui/settings-context';
import type { MonthPlanSummary as Summary } from '@/utils/plan/plan-month';
import { shortDayLabel } from './month-choices';

export function MonthPlanSummary({ summary, holidayNames }: { summary: Summary; holidayNames: ReadonlyMap<string, string> }) {
  const { t, locale } = useApp();
  const holidayDays = [...new Set(summary.skippedHolidays.map((occurrence) => occurrence.localDate))];
  return (
    <div className="month-plan-summary">
      {summary.pillars.length > 0 && (
        <table className="mix-table">
          <caption>{t('planMonth.summary')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('planMonth.col.pillar')}</th>
              <th scope="col">{t('planMonth.col.target')}</th>
              <th scope="col">{t('planMonth.col.existing')}</th>
              <th scope="col">{t('planMonth.col.new')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.pillars.map((row) => (
              <tr key={row.pillar}>
                <th scope="row">
                  {row.pillar || t('planMonth.noPillar')}
                  {row.percent !== null && <span className="mix-table__share">{t('planMonth.share', { percent: Math.round(row.percent) })}</span>}
                </th>
                <td>{row.target ?? '–'}</td>
                <td>{row.percent === null ? '–' : row.existing}</td>
                <td>{row.proposed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {holidayDays.length > 0 && (
        <div>
          <p>{t('planMonth.skippedHolidays')}</p>
          <ul className="month-plan-summary__list">
            {holidayDays.map((date) => (
              <li key={date}>
                {shortDayLabel(locale, date)} — {holidayNames.get(date)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {summary.skippedTaken.length > 0 && <p className="help">{t('planMonth.skippedTaken', { count: summary.skippedTaken.length })}</p>}
      {summary.skippedPast.length > 0 && <p className="help">{t('planMonth.skippedPast', { count: summary.skippedPast.length })}</p>}
    </div>
  );
}
