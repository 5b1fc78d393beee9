/**
 * The planner's form: month, content mix, public holidays, preview, apply; undo below. The mix starts
 * from the slots' pillars when it opens and then belongs to the user ("Take the mix from the slots"
 * starts over).
 */
import { useId, useMemo, useState } from 'react';
import { announcePlanChange } from '@/components/ui/announce-plan-change';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { useApp } from '@/components/ui/settings-context';
import { applyMonthPlan } from '@/storage/plan-next-month';
import type { Slot } from '@/storage/schemas';
import { mixFromSlotPillars } from '@/utils/plan/content-mix';
import { nextMonthIn } from '@/utils/plan/plan-month';
import { addMonths } from '@/utils/calendar/month-grid';
import { MixEditor, type MixRow } from './mix-editor';
import { monthChoices, monthKey, monthLabel, parseMonthKey } from './month-choices';
import { MonthPlanPreview } from './month-plan-preview';
import { MonthPlanUndo } from './month-plan-undo';
import { useMonthPlan } from './use-month-plan';

function mixRowsFrom(slots: readonly Slot[]): MixRow[] {
  const mix = mixFromSlotPillars(slots.filter((slot) => slot.active).map((slot) => slot.pillar));
  return Object.entries(mix).map(([pillar, percent]) => ({ pillar, percent: String(percent) }));
}

export function MonthPlanner({ slots }: { slots: Slot[] }) {
  const { t, locale, settings } = useApp();
  const id = useId();
  const [next] = useState(() => nextMonthIn(settings.timeZone, Date.now()));
  const [month, setMonth] = useState(() => monthKey(next));
  const [rows, setRows] = useState(() => mixRowsFrom(slots));
  const [skipHolidays, setSkipHolidays] = useState(settings.country !== null);
  const [previewing, setPreviewing] = useState(false);
  const [busy, setBusy] = useState(false);
  // Each apply starts a fresh undo panel, so an older undo's report does not linger under the new plan.
  const [applied, setApplied] = useState(0);
  const [status, setStatus] = useState({ text: '', ok: true });
  const yearMonth = parseMonthKey(month);
  const mix = useMemo(() => Object.fromEntries(rows.map((row) => [row.pillar, Math.max(0, Number(row.percent) || 0)])), [rows]);
  const { plan, holidays } = useMonthPlan(slots, yearMonth, mix, skipHolidays && settings.country !== null);
  const countryName = settings.country && new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' }).of(settings.country);

  async function apply() {
    if (!plan) return;
    setBusy(true);
    try {
      const { postIds } = await applyMonthPlan(plan.proposals);
      await announcePlanChange();
      setPreviewing(false);
      setApplied((n) => n + 1);
      setStatus({ text: t('planMonth.applied', { count: postIds.length, month: monthLabel(locale, plan) }), ok: true });
    } catch (error) {
      setStatus({ text: t('planMonth.failed', { detail: String(error) }), ok: false });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card plan-month" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('planMonth.title')}</h2>
      <p className="help">{t('planMonth.help')}</p>
      <Field id={`${id}-month`} label={t('planMonth.month')}>
        <Select value={month} options={monthChoices(locale, addMonths(next.year, next.month, -1))} onChange={setMonth} />
      </Field>
      <MixEditor rows={rows} onChange={setRows} onReset={() => setRows(mixRowsFrom(slots))} />
      {settings.country ? (
        <label className="choice">
          <input type="checkbox" checked={skipHolidays} onChange={(e) => setSkipHolidays(e.target.checked)} />
          {t('planMonth.skipHolidays', { country: countryName || settings.country })}
        </label>
      ) : (
        <p className="help">{t('planMonth.noCountry')}</p>
      )}
      {holidays?.error && <p className="status status--error">{t('planMonth.failed', { detail: holidays.error })}</p>}
      <button type="button" className="button" aria-expanded={previewing} onClick={() => setPreviewing(!previewing)}>
        {t('planMonth.preview')}
      </button>
      {previewing && !plan && !holidays?.error && <p className="help">{t('planMonth.loadingHolidays')}</p>}
      {previewing && plan && (
        <MonthPlanPreview plan={plan} holidayNames={holidays?.dates ?? new Map()} hasSlots={slots.some((slot) => slot.active)} busy={busy} onApply={() => void apply()} />
      )}
      <p role="status" className={status.ok ? 'status' : 'status status--error'}>
        {status.text}
      </p>
      <MonthPlanUndo key={applied} onUndone={() => setStatus({ text: '', ok: true })} />
    </section>
  );
}
