/** Adds a slot on several weekdays at once ("Tue and Thu 18:00, Instagram reel"): one row per weekday. */
import { useId, useState } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { createSlots } from '@/storage/slots';
import { SlotFields, type SlotFieldValues } from './slot-fields';
import type { RunAction } from './run-action';
import { WeekdayPicker } from './weekday-picker';

const BLANK: SlotFieldValues = { localTime: '18:00', platform: 'instagram', format: 'reel', pillar: '' };

export function SlotAddForm({ run, pillars, onInvalid }: { run: RunAction; pillars: readonly string[]; onInvalid: (text: string) => void }) {
  const { t } = useApp();
  const idPrefix = useId();
  const [weekdays, setWeekdays] = useState<number[]>([]);
  const [values, setValues] = useState<SlotFieldValues>(BLANK);

  async function add() {
    if (weekdays.length === 0) return onInvalid(t('slots.chooseDay'));
    const added = await run(() => createSlots({ ...values, weekdays, active: true }), () => t('slots.added', { count: weekdays.length }));
    // The times and platform are often reused for the next slot; the days rarely are.
    if (added) setWeekdays([]);
  }

  return (
    <form
      className="slot-add"
      aria-labelledby={`${idPrefix}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <h3 id={`${idPrefix}-title`}>{t('slots.addTitle')}</h3>
      <WeekdayPicker name={`${idPrefix}-days`} selected={weekdays} onChange={setWeekdays} />
      <SlotFields idPrefix={idPrefix} values={values} pillars={pillars} onChange={(patch) => setValues((current) => ({ ...current, ...patch }))} />
      <button type="submit" className="button button--primary">{t('slots.add')}</button>
    </form>
  );
}
