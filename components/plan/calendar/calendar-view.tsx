/**
 * The Plan area's calendar: month, week or the agenda, with navigation, filters, rescheduling and a
 * live region that reads out every move. The agenda is the existing `<AgendaView />`, which shows the
 * next 30 days as they are: the calendar's filters and navigation do not apply to it.
 */
import { useSignalEffect, useSignals } from '@preact/signals-react/runtime';
import { useState } from 'react';
import { AgendaView } from '@/components/plan/agenda-view';
import { calendarAnchor, calendarNotice, calendarView, newPostAt } from '@/components/state/calendar';
import { editingPost } from '@/components/state/navigation';
import { useApp } from '@/components/ui/settings-context';
import { todayIn } from '@/utils/time/wall-clock';
import { CalendarToolbar } from './calendar-toolbar';
import { MonthView } from './month-view';
import { MovePanel } from './move-panel';
import { KEYS_HINT_ID } from './post-chip';
import { WeekView } from './week-view';

export function CalendarView() {
  useSignals();
  const { t, settings } = useApp();
  // A day or hour picked here presets only the new post it opened; once the editor is on anything
  // else, "New post" starts from the next full hour again.
  useSignalEffect(() => {
    if (editingPost.value !== 'new') newPostAt.value = null;
  });
  const view = calendarView.value;
  // Read once when the calendar opens: the side panel is reopened far more often than it spans midnight.
  const [now] = useState(Date.now);
  const today = todayIn(settings.timeZone, now);
  const anchor = calendarAnchor.value ?? today;

  return (
    <>
      <section className="card calendar" aria-label={t('calendar.title')} data-view={view}>
        <CalendarToolbar anchor={anchor} />
        {view === 'month' && <MonthView anchor={anchor} today={today} />}
        {view === 'week' && <WeekView anchor={anchor} today={today} />}
        <MovePanel />
        {/* aria-live rather than role="status": the post editor above owns the area's status line. */}
        <p aria-live="polite" className="calendar__notice">
          {calendarNotice.value}
        </p>
        <p id={KEYS_HINT_ID} hidden>
          {t('calendar.move.keys')}
        </p>
      </section>
      {view === 'agenda' && <AgendaView />}
    </>
  );
}
