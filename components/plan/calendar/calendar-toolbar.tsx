/**
 * The calendar's header: the view switch (Month · Week · Agenda), previous / today / next, and the
 * title of what is shown. Buttons with `aria-pressed` rather than tabs: the views share one panel and
 * its controls, and a plain button row needs no arrow-key contract.
 */
import { useSignals } from '@preact/signals-react/runtime';
import { CALENDAR_VIEWS, calendarAnchor, calendarView, showCalendarView } from '@/components/state/calendar';
import { useApp } from '@/components/ui/settings-context';
import { rangeTitle, stepAnchor, visibleRange } from './calendar-range';

export const CALENDAR_TITLE_ID = 'calendar-title';

export function CalendarToolbar({ anchor }: { anchor: string }) {
  useSignals();
  const { t, locale, settings } = useApp();
  const view = calendarView.value;

  return (
    <div className="calendar-toolbar">
      <div className="segmented" role="group" aria-label={t('calendar.view.label')}>
        {CALENDAR_VIEWS.map((name) => (
          <button key={name} type="button" aria-pressed={view === name} onClick={() => showCalendarView(name)}>
            {t(`calendar.view.${name}`)}
          </button>
        ))}
      </div>
      {view !== 'agenda' && (
        <div className="calendar-nav">
          <button type="button" className="button button--quiet calendar-nav__step" aria-label={t(`calendar.previous.${view}`)} title={t(`calendar.previous.${view}`)} onClick={() => (calendarAnchor.value = stepAnchor(view, anchor, -1))}>
            <span aria-hidden="true">‹</span>
          </button>
          <button type="button" className="button button--quiet" onClick={() => (calendarAnchor.value = null)}>
            {t('calendar.today')}
          </button>
          <button type="button" className="button button--quiet calendar-nav__step" aria-label={t(`calendar.next.${view}`)} title={t(`calendar.next.${view}`)} onClick={() => (calendarAnchor.value = stepAnchor(view, anchor, 1))}>
            <span aria-hidden="true">›</span>
          </button>
          <h2 id={CALENDAR_TITLE_ID} className="calendar-title" aria-live="polite">
            {rangeTitle(view, visibleRange(view, anchor, settings.timeZone), anchor, locale)}
          </h2>
        </div>
      )}
    </div>
  );
}
