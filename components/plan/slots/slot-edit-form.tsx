/** Edits one slot in place: its day, time, platform, format and pillar. */
import { useId, useState } from 'react';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { useApp } from '@/components/ui/settings-context';
import type { Slot } from '@/storage/schemas';
import { updateSlot } from '@/storage/slots';
import { SlotFields, type SlotFieldValues } from './slot-fields';
import type { RunAction } from './run-action';
import { ISO_WEEKDAYS, weekdayName } from './weekday-names';

export function SlotEditForm({ slot, run, pillars, onDone }: { slot: Slot; run: RunAction; pillars: readonly string[]; onDone: () => void }) {
  const { t, locale } = useApp();
  const idPrefix = useId();
  const [weekday, setWeekday] = useState(slot.weekday);
  const [values, setValues] = useState<SlotFieldValues>({ localTime: slot.localTime, platform: slot.platform, format: slot.format, pillar: slot.pillar });

  return (
    <form
      className="slot-edit"
      onSubmit={(event) => {
        event.preventDefault();
        void run(() => updateSlot(slot.id, { ...values, weekday }), () => t('slots.saved')).then((saved) => saved && onDone());
      }}
    >
      <Field id={`${idPrefix}-day`} label={t('slots.day')}>
        <Select value={String(weekday)} options={ISO_WEEKDAYS.map((day) => ({ value: String(day), label: weekdayName(locale, day, 'long') }))} onChange={(v) => setWeekday(Number(v))} />
      </Field>
      <SlotFields idPrefix={idPrefix} values={values} pillars={pillars} onChange={(patch) => setValues((current) => ({ ...current, ...patch }))} />
      <div className="actions">
        <button type="submit" className="button button--primary">{t('slots.save')}</button>
        <button type="button" className="button button--quiet" onClick={onDone}>{t('dialog.cancel')}</button>
      </div>
    </form>
  );
}
