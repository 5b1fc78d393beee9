/**
 * Adds or edits a goal. A month, quarter or year fills in its dates around today in the brand's time
 * zone; the baseline field shows what the data gives and stays empty to use it. Changing the metric,
 * platform or period empties the baseline: a number typed for one measure means nothing for another.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { GoalError, createGoal, dataBaseline, updateGoal, type GoalInput } from '@/storage/goals';
import { localDateSchema, type Goal } from '@/storage/schemas';
import { ValidationError } from '@/storage/validation';
import { kindOfMetric, periodDates } from '@/utils/strategy/goal-progress';
import { GoalFields, type GoalFormState } from './goal-fields';
import { validationDetail } from '@/components/ui/describe-validation';

const FIELDS = ['title', 'metric', 'platform', 'target', 'baseline', 'manualValue', 'period', 'periodStart', 'periodEnd'] as const;

function blankForm(today: string): GoalFormState {
  const { start, end } = periodDates('month', today);
  return { title: '', metric: 'followers', platform: 'all', period: 'month', periodStart: start, periodEnd: end, target: '', baseline: '', manualValue: '' };
}

function formOf(goal: Goal): GoalFormState {
  const { title, metric, platform, period, periodStart, periodEnd } = goal;
  const baseline = goal.baseline === null || kindOfMetric(metric) === 'total' ? '' : String(goal.baseline);
  return { title, metric, platform, period, periodStart, periodEnd, target: String(goal.target), baseline, manualValue: goal.manualValue === null ? '' : String(goal.manualValue) };
}

/** A typed number, null when left empty (NaN for the target tells the repository it is missing). */
const numberOf = (text: string): number | null => (text.trim() === '' ? null : Number(text));

export function GoalForm({ goal, today, onDone }: { goal: Goal | null; today: string; onDone: (message: string) => void }) {
  const { t } = useApp();
  const id = useId();
  const [form, setForm] = useState<GoalFormState>(() => (goal ? formOf(goal) : blankForm(today)));
  const [error, setError] = useState('');
  const { metric, platform, periodStart } = form;
  const validStart = localDateSchema.safeParse(periodStart).success;
  const suggested = useLiveQuery(() => (validStart ? dataBaseline({ metric, platform, periodStart }) : null), [metric, platform, periodStart, validStart]);

  function change(patch: Partial<GoalFormState>) {
    setForm((current) => {
      const next = { ...current, ...patch };
      if (patch.period && patch.period !== 'custom') {
        const { start, end } = periodDates(patch.period, today);
        next.periodStart = start;
        next.periodEnd = end;
      }
      if (next.metric !== current.metric || next.platform !== current.platform || next.periodStart !== current.periodStart) next.baseline = '';
      return next;
    });
  }

  async function save() {
    const input: GoalInput = {
      title: form.title,
      metric: form.metric,
      platform: form.platform,
      period: form.period,
      periodStart: form.periodStart,
      periodEnd: form.periodEnd,
      target: numberOf(form.target) ?? Number.NaN,
      baseline: numberOf(form.baseline),
      manualValue: numberOf(form.manualValue),
    };
    try {
      if (goal) await updateGoal(goal.id, input);
      else await createGoal(input);
      onDone(t('strategy.goals.saved'));
    } catch (failure) {
      if (failure instanceof GoalError) setError(t(`strategy.goals.error.${failure.reason}`));
      else if (failure instanceof ValidationError) {
        const field = (FIELDS as readonly string[]).includes(failure.field) ? t(`strategy.goals.field.${failure.field as (typeof FIELDS)[number]}`) : failure.field;
        setError(t('strategy.goals.invalid', { field, detail: validationDetail(failure, t) }));
      } else setError(String(failure));
    }
  }

  return (
    <form className="goal-form" aria-labelledby={`${id}-heading`} onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <h3 id={`${id}-heading`}>{goal ? t('strategy.goals.editTitle') : t('strategy.goals.newTitle')}</h3>
      <GoalFields form={form} onChange={change} idPrefix={id} dataBaseline={suggested} started={validStart && periodStart <= today} />
      <div className="actions">
        <button type="submit" className="button button--primary">{t('strategy.goals.save')}</button>
        <button type="button" className="button button--quiet" onClick={() => onDone('')}>{t('strategy.goals.cancel')}</button>
      </div>
      {error && <p role="alert" className="status status--error">{error}</p>}
    </form>
  );
}
