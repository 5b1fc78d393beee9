/** The fields of a goal; the form owns the state. Numbers are kept as typed until the goal is saved. */
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { useApp } from '@/components/ui/settings-context';
import { GOAL_METRICS, GOAL_PERIODS, PLATFORMS, type Goal } from '@/storage/schemas';
import { kindOfMetric } from '@/utils/strategy/goal-progress';
import { formatGoalValue, formatPeriod, plainNumber } from './goal-format';

export interface GoalFormState {
  title: string;
  metric: Goal['metric'];
  platform: Goal['platform'];
  period: Goal['period'];
  periodStart: string;
  periodEnd: string;
  target: string;
  /** Empty: taken from the data (or 0 for totals and custom goals). */
  baseline: string;
  manualValue: string;
}

export function GoalFields({
  form,
  onChange,
  idPrefix,
  dataBaseline,
  started,
}: {
  form: GoalFormState;
  onChange: (patch: Partial<GoalFormState>) => void;
  idPrefix: string;
  /** What the data gives as baseline for these metric, platform and start (undefined while loading). */
  dataBaseline: number | null | undefined;
  /** Whether the period has started (before that, the data has no baseline to give). */
  started: boolean;
}) {
  const { t, locale } = useApp();
  const id = (name: string) => `${idPrefix}-${name}`;
  const kind = kindOfMetric(form.metric);
  const baselineHelp =
    kind === 'manual'
      ? t('strategy.goals.help.baselineCustom')
      : !started
        ? t('strategy.goals.help.baselineWaiting')
        : dataBaseline === null
          ? t('strategy.goals.help.baselineNoData')
          : dataBaseline === undefined
            ? undefined
            : t('strategy.goals.help.baselineData', { value: formatGoalValue(locale, form.metric, dataBaseline) });
  return (
    <div className="post-fields">
      <Field id={id('title')} label={t('strategy.goals.field.title')}>
        <input value={form.title} maxLength={200} onChange={(e) => onChange({ title: e.target.value })} />
      </Field>
      <div className="field-row">
        <Field id={id('metric')} label={t('strategy.goals.field.metric')}>
          <Select value={form.metric} options={GOAL_METRICS.map((m) => ({ value: m, label: t(`strategy.goals.metric.${m}`) }))} onChange={(v) => onChange({ metric: v as Goal['metric'] })} />
        </Field>
        <Field id={id('platform')} label={t('strategy.goals.field.platform')}>
          <Select
            value={form.platform}
            options={[{ value: 'all', label: t('strategy.goals.platform.all') }, ...PLATFORMS.map((p) => ({ value: p, label: t(`platform.${p}`) }))]}
            onChange={(v) => onChange({ platform: v as Goal['platform'] })}
          />
        </Field>
      </div>
      <Field id={id('period')} label={t('strategy.goals.field.period')} help={form.period === 'custom' ? undefined : t('strategy.goals.help.period', { range: formatPeriod(locale, form.periodStart, form.periodEnd) })}>
        <Select value={form.period} options={GOAL_PERIODS.map((p) => ({ value: p, label: t(`strategy.goals.period.${p}`) }))} onChange={(v) => onChange({ period: v as Goal['period'] })} />
      </Field>
      {form.period === 'custom' && (
        <div className="field-row">
          <Field id={id('start')} label={t('strategy.goals.field.periodStart')}>
            <input type="date" value={form.periodStart} onChange={(e) => onChange({ periodStart: e.target.value })} />
          </Field>
          <Field id={id('end')} label={t('strategy.goals.field.periodEnd')}>
            <input type="date" value={form.periodEnd} onChange={(e) => onChange({ periodEnd: e.target.value })} />
          </Field>
        </div>
      )}
      <div className="field-row">
        <Field id={id('target')} label={t('strategy.goals.field.target')} help={form.metric === 'engagement-rate' ? t('strategy.goals.help.targetRate') : undefined}>
          <input type="number" inputMode="decimal" min={0} step="any" value={form.target} onChange={(e) => onChange({ target: e.target.value })} />
        </Field>
        {kind === 'total' ? (
          <p className="help goal-form__total">{t('strategy.goals.help.baselineTotal')}</p>
        ) : (
          <Field id={id('baseline')} label={t('strategy.goals.field.baseline')} help={baselineHelp}>
            <input
              type="number"
              inputMode="decimal"
              min={0}
              step="any"
              value={form.baseline}
              placeholder={dataBaseline != null && kind === 'level' ? plainNumber(form.metric, dataBaseline) : undefined}
              onChange={(e) => onChange({ baseline: e.target.value })}
            />
          </Field>
        )}
      </div>
      {kind === 'manual' && (
        <Field id={id('manual')} label={t('strategy.goals.field.manualValue')} help={t('strategy.goals.help.manualValue')}>
          <input type="number" inputMode="decimal" min={0} step="any" value={form.manualValue} onChange={(e) => onChange({ manualValue: e.target.value })} />
        </Field>
      )}
    </div>
  );
}
