/** The proposed posts day by day, the summary, and the one button that writes them. */
import { useId } from 'react';
import { useApp } from '@/components/ui/settings-context';
import type { MonthPlan, MonthProposal } from '@/utils/plan/plan-month';
import { monthLabel, shortDayLabel } from './month-choices';
import { MonthPlanSummary } from './month-plan-summary';

function groupByDate(proposals: readonly MonthProposal[]): [string, MonthProposal[]][] {
  const days = new Map<string, MonthProposal[]>();
  for (const proposal of proposals) days.set(proposal.localDate, [...(days.get(proposal.localDate) ?? []), proposal]);
  return [...days];
}

export function MonthPlanPreview({ plan, holidayNames, hasSlots, busy, onApply }: { plan: MonthPlan; holidayNames: ReadonlyMap<string, string>; hasSlots: boolean; busy: boolean; onApply: () => void }) {
  const { t, locale } = useApp();
  const id = useId();
  const count = plan.proposals.length;
  return (
    <section className="month-plan-preview" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('planMonth.previewTitle', { count, month: monthLabel(locale, plan) })}</h3>
      {!hasSlots && <p className="help">{t('planMonth.noSlots')}</p>}
      {hasSlots && count === 0 && <p className="help">{t('planMonth.nothingFree')}</p>}
      {count > 0 && (
        <ol className="plan-preview">
          {groupByDate(plan.proposals).map(([date, proposals]) => (
            <li key={date} className="plan-preview__day">
              <span className="plan-preview__date">{shortDayLabel(locale, date)}</span>
              <ul>
                {proposals.map((proposal) => (
                  <li key={proposal.slotId} className="plan-preview__post" data-platform={proposal.platform}>
                    <span className="plan-preview__time">{proposal.localTime}</span> {t(`platform.${proposal.platform}`)} · {t(`format.${proposal.format}`)} ·{' '}
                    <span className="plan-preview__pillar">{proposal.pillar || t('planMonth.noPillar')}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      <MonthPlanSummary summary={plan.summary} holidayNames={holidayNames} />
      {count > 0 && (
        <button type="button" className="button button--primary" disabled={busy} onClick={onApply}>
          {t('planMonth.apply', { count })}
        </button>
      )}
    </section>
  );
}
