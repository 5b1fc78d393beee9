/** Company events: the list, with add, edit and delete. They show on the calendar. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { formatLocalDateRange } from '@/components/plan/campaigns/date-range';
import { announcePlanChange } from '@/components/ui/announce-plan-change';
import { Confirm } from '@/components/ui/confirm';
import { useApp } from '@/components/ui/settings-context';
import { deleteEvent, listEvents } from '@/storage/calendar-events';
import type { CalendarEvent } from '@/storage/schemas';
import { todayIn } from '@/utils/time/wall-clock';
import { EventForm } from './event-form';

export function EventList() {
  const { t, locale, settings } = useApp();
  const id = useId();
  const events = useLiveQuery(listEvents);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<CalendarEvent | null>(null);
  const [notice, setNotice] = useState('');
  const [today] = useState(() => todayIn(settings.timeZone, Date.now()));
  if (!events) return null;

  const done = (message: string) => {
    setEditing(null);
    setNotice(message);
    if (message) void announcePlanChange();
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <div className="card__head">
        <h2 id={`${id}-title`}>{t('events.title')}</h2>
        <button type="button" className="button" onClick={() => setEditing('new')}>{t('events.add')}</button>
      </div>
      <p className="help">{t('events.help')}</p>
      {editing === 'new' && <EventForm event={null} today={today} onDone={done} />}
      {events.length === 0 && editing !== 'new' && <p className="help">{t('events.empty')}</p>}
      <ul className="post-list">
        {events.map((event) =>
          editing === event.id ? (
            <li key={event.id}><EventForm event={event} today={today} onDone={done} /></li>
          ) : (
            <li key={event.id} className="event-line">
              <span>
                <strong>{event.title}</strong> · {formatLocalDateRange(locale, event.date, event.endDate ?? event.date)}
                {event.yearly && ` · ${t('events.yearly')}`}
              </span>
              <button type="button" className="button button--quiet" aria-label={t('events.edit', { title: event.title })} onClick={() => setEditing(event.id)}>✎</button>
              <button type="button" className="button button--quiet" aria-label={t('events.delete', { title: event.title })} onClick={() => setDeleting(event)}>✕</button>
            </li>
          ),
        )}
      </ul>
      {deleting && (
        <Confirm
          message={t('events.confirmDelete', { title: deleting.title })}
          confirmLabel={t('events.delete', { title: deleting.title })}
          onConfirm={() => void deleteEvent(deleting.id).then(() => {
            setDeleting(null);
            done(t('events.deleted'));
          })}
          onCancel={() => setDeleting(null)}
        />
      )}
      <p role="status" className="status">{notice}</p>
    </section>
  );
}
