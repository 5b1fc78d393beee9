/** The recurring slots of the week: the list (edit, switch off, delete) and a form to add more. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { listSlots } from '@/storage/slots';
import { makeRunAction } from './run-action';
import { SlotAddForm } from './slot-add-form';
import { SlotRow } from './slot-row';

export function SlotsEditor() {
  const { t, settings } = useApp();
  const id = useId();
  const slots = useLiveQuery(listSlots);
  const [status, setStatus] = useState({ text: '', ok: true });
  const run = useMemo(() => makeRunAction(t, (text, ok) => setStatus({ text, ok })), [t]);
  const pillars = useMemo(() => [...new Set((slots ?? []).map((slot) => slot.pillar).filter(Boolean))].sort(), [slots]);
  if (!slots) return null;

  return (
    <section className="card slots" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('slots.title')}</h2>
      <p className="help">{t('slots.help')}</p>
      {slots.length === 0 ? (
        <p className="help">{t('slots.empty')}</p>
      ) : (
        <ul className="slot-list">
          {slots.map((slot) => (
            <SlotRow key={slot.id} slot={slot} run={run} pillars={pillars} />
          ))}
        </ul>
      )}
      <p className="help">{t('post.zoneNote', { zone: settings.timeZone })}</p>
      <SlotAddForm run={run} pillars={pillars} onInvalid={(text) => setStatus({ text, ok: false })} />
      <p role="status" className={status.ok ? 'status' : 'status status--error'}>
        {status.text}
      </p>
    </section>
  );
}
