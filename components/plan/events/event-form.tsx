/** Adds or edits one company event: title, first and last day, yearly or not. */
import { useId, useState } from 'react';
import { Field } from '@/components/ui/field';
import { useApp } from '@/components/ui/settings-context';
import { saveEvent, type CalendarEventInput } from '@/storage/calendar-events';
import type { CalendarEvent } from '@/storage/schemas';
import { ValidationError } from '@/storage/validation';
import { validationParams } from '@/components/ui/describe-validation';

export function EventForm({ event, today, onDone }: { event: CalendarEvent | null; today: string; onDone: (message: string) => void }) {
  const { t } = useApp();
  const id = useId();
  const [form, setForm] = useState<CalendarEventInput>(event ?? { title: '', date: today, endDate: null, yearly: false, notes: '' });
  const [error, setError] = useState('');
  const change = (patch: Partial<CalendarEventInput>) => setForm((current) => ({ ...current, ...patch }));

  async function save() {
    try {
      await saveEvent(event?.id ?? null, form);
      onDone(t('events.saved'));
    } catch (failure) {
      setError(failure instanceof ValidationError ? t('events.invalid', validationParams(failure, t)) : String(failure));
    }
  }

  return (
    <form className="post-fields" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <Field id={`${id}-title`} label={t('events.field.title')}>
        <input value={form.title} onChange={(e) => change({ title: e.target.value })} />
      </Field>
      <div className="field-row">
        <Field id={`${id}-date`} label={t('events.field.date')}>
          <input type="date" value={form.date} onChange={(e) => change({ date: e.target.value })} />
        </Field>
        <Field id={`${id}-end`} label={t('events.field.endDate')}>
          <input type="date" value={form.endDate ?? ''} onChange={(e) => change({ endDate: e.target.value || null })} />
        </Field>
      </div>
      <label className="choice">
        <input type="checkbox" checked={form.yearly} onChange={(e) => change({ yearly: e.target.checked })} />
        {t('events.field.yearly')}
      </label>
      <div className="actions">
        <button type="submit" className="button button--primary">{t('events.save')}</button>
        <button type="button" className="button button--quiet" onClick={() => onDone('')}>{t('events.cancel')}</button>
      </div>
      {error && <p role="alert" className="status status--error">{error}</p>}
    </form>
  );
}
