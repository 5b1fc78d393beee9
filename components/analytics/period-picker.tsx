/** The report's period: this month (the default), last month, the last 7 or 30 days, or any range. */
import { useId, useState } from 'react';
import { Select } from '@/components/ui/select';
import { useApp } from '@/components/ui/settings-context';
import { monthPeriod, periodFromInput, periodOf, type Period } from '@/utils/analytics/period';
import { addDays } from '@/utils/time/wall-clock';

export type PeriodChoice = 'this-month' | 'last-month' | 'last-7' | 'last-30' | 'custom';
const CHOICES: readonly PeriodChoice[] = ['this-month', 'last-month', 'last-7', 'last-30', 'custom'];

export function periodFor(choice: Exclude<PeriodChoice, 'custom'>, today: string, timeZone: string): Period {
  if (choice === 'this-month') return monthPeriod(today, timeZone);
  if (choice === 'last-month') return monthPeriod(addDays(`${today.slice(0, 7)}-01`, -1), timeZone);
  return periodOf(addDays(today, choice === 'last-7' ? -6 : -29), today, timeZone);
}

export function PeriodPicker({ today, period, onChange }: { today: string; period: Period; onChange: (period: Period) => void }) {
  const { t, settings } = useApp();
  const id = useId();
  const [choice, setChoice] = useState<PeriodChoice>('this-month');
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const [error, setError] = useState('');

  function choose(next: PeriodChoice) {
    setChoice(next);
    setError('');
    if (next !== 'custom') onChange(periodFor(next, today, settings.timeZone));
  }
  function applyRange(nextFrom: string, nextTo: string) {
    setFrom(nextFrom);
    setTo(nextTo);
    // An impossible range (end before start, a half-typed date) says so and keeps the report as it was.
    const next = periodFromInput(nextFrom, nextTo, settings.timeZone);
    if (typeof next === 'string') {
      setError(t(next === 'too-long' ? 'analytics.period.tooLong' : 'analytics.period.invalid'));
      return;
    }
    setError('');
    onChange(next);
  }

  return (
    <div className="analytics-period">
      <div className="field">
        <label htmlFor={`${id}-choice`}>{t('analytics.period')}</label>
        <Select id={`${id}-choice`} value={choice} options={CHOICES.map((value) => ({ value, label: t(`analytics.period.${value}`) }))} onChange={(value) => choose(value as PeriodChoice)} />
      </div>
      {choice === 'custom' && (
        <div className="toolbar">
          <div className="field">
            <label htmlFor={`${id}-from`}>{t('analytics.period.from')}</label>
            <input id={`${id}-from`} type="date" value={from} aria-invalid={error !== ''} onChange={(event) => applyRange(event.target.value, to)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>{t('analytics.period.to')}</label>
            <input id={`${id}-to`} type="date" value={to} aria-invalid={error !== ''} onChange={(event) => applyRange(from, event.target.value)} />
          </div>
        </div>
      )}
      {error && <p role="alert" className="status status--error">{error}</p>}
    </div>
  );
}
