/**
 * What marks a day besides posts: public holidays of the brand's country, marketing days, company
 * events and dated collaborations with partners, by local date. Holidays come from a large library
 * loaded on first use, so they appear when ready and nothing says "loading"; marketing days are
 * computed at once; events and collaborations are live queries.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { listEventOccurrences } from '@/storage/calendar-events';
import { listCollaborationOccurrences } from '@/storage/partners';
import { listPublicHolidays, type Holiday } from '@/utils/calendar/holidays';
import { listMarketingDays } from '@/utils/calendar/marketing-days';
import type { MessageKey } from '@/utils/i18n/translate';
import { addDays } from '@/utils/time/wall-clock';
import './collaboration-marks.css';

export type MarkerKind = 'holiday' | 'marketing' | 'event' | 'collaboration';
export interface DayMarker {
  kind: MarkerKind;
  name: string;
  /** A marketing day's key ('black-friday'), so a campaign started from it gets the right kind. */
  key?: string;
  /** A collaboration's ids, so its mark opens it on the Partners page. */
  collaboration?: { id: string; partnerId: string };
}

function yearsOf(first: string, last: string): number[] {
  const from = Number(first.slice(0, 4));
  return Array.from({ length: Number(last.slice(0, 4)) - from + 1 }, (_, index) => from + index);
}

/** After the next paint: the frame that shows the posts is drawn before the holiday data is fetched. */
function afterPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * The public holidays of the days shown. The holiday data is a large chunk (date-holidays): it is
 * loaded only once the view has painted its posts (`ready`), so the month appears first and its
 * holidays a moment later, instead of the whole view waiting for them.
 */
function useHolidays(first: string, last: string, ready: boolean): Holiday[] {
  const { settings } = useApp();
  const { country, language } = settings;
  const key = `${country ?? ''}|${language}|${first}|${last}`;
  const [loaded, setLoaded] = useState<{ key: string; holidays: Holiday[] }>({ key: '', holidays: [] });
  useEffect(() => {
    if (!country || !ready) return;
    let current = true;
    const cancel = afterPaint(() => {
      Promise.all(yearsOf(first, last).map((year) => listPublicHolidays(country, year, language)))
        .then((lists) => current && setLoaded({ key, holidays: lists.flat() }))
        // The calendar is whole without holidays; say why they are missing rather than fail the view.
        .catch((error: unknown) => console.warn('[mkakati] public holidays did not load', error));
    });
    return () => {
      current = false;
      cancel();
    };
  }, [country, language, first, last, key, ready]);
  // Holidays of the previous month or country stay out while the new ones load.
  return loaded.key === key ? loaded.holidays : [];
}

export function useDayMarkers(first: string, last: string, ready = true): ReadonlyMap<string, DayMarker[]> {
  const { settings, t } = useApp();
  const holidays = useHolidays(first, last, ready);
  const events = useLiveQuery(() => listEventOccurrences(first, last), [first, last]) ?? [];
  const collaborations = useLiveQuery(() => listCollaborationOccurrences(first, last), [first, last]) ?? [];
  const markers = new Map<string, DayMarker[]>();
  const add = (date: string, endDate: string, marker: DayMarker) => {
    for (let day = date < first ? first : date; day <= endDate && day <= last; day = addDays(day, 1)) {
      markers.set(day, [...(markers.get(day) ?? []), marker]);
    }
  };
  for (const holiday of holidays) add(holiday.date, holiday.endDate, { kind: 'holiday', name: holiday.name });
  for (const year of yearsOf(first, last)) {
    for (const day of listMarketingDays(year, settings.country)) {
      add(day.date, day.date, { kind: 'marketing', name: t(`marketingDay.${day.key}` as MessageKey), key: day.key });
    }
  }
  for (const event of events) add(event.date, event.endDate, { kind: 'event', name: event.title });
  for (const c of collaborations) {
    const name = c.partnerName ? t('calendar.collaboration.name', { title: c.title, partner: c.partnerName }) : c.title;
    add(c.date, c.endDate, { kind: 'collaboration', name, collaboration: { id: c.collaborationId, partnerId: c.partnerId } });
  }
  return markers;
}
