/**
 * The month: six weeks of days from Monday, each with its posts (one query for the 42 days, grouped
 * in memory), campaign bands, holidays, marketing days and events; below, the picked day's details.
 * A table, so screen readers announce each day under its weekday.
 */
import { useSignals } from '@preact/signals-react/runtime';
import { useLiveQuery } from 'dexie-react-hooks';
import { addPostAt, selectedDay } from '@/components/state/calendar';
import { useApp } from '@/components/ui/settings-context';
import { listCampaigns } from '@/storage/campaigns';
import { isoWeekday } from '@/utils/time/wall-clock';
import { CalendarLegend } from './calendar-legend';
import { visibleRange } from './calendar-range';
import { layoutCampaignBands } from './campaign-lanes';
import { DayDetails } from './day-details';
import { formatWeekday } from './day-format';
import { defaultTimeOn } from './default-time';
import { FilterBar } from './filter-bar';
import { MonthDayCell } from './month-day-cell';
import { CALENDAR_TITLE_ID } from './calendar-toolbar';
import { useCalendarPosts } from './use-calendar-posts';
import { useDayMarkers } from './use-day-markers';

export function MonthView({ anchor, today }: { anchor: string; today: string }) {
  useSignals();
  const { t, locale, settings } = useApp();
  const range = visibleRange('month', anchor, settings.timeZone);
  const arranged = useCalendarPosts(range.from, range.to);
  const markers = useDayMarkers(range.first, range.last, arranged !== undefined);
  const campaigns = useLiveQuery(listCampaigns);
  if (!arranged || !campaigns) return null;

  const bands = layoutCampaignBands(campaigns, range.weeks);
  const month = anchor.slice(0, 7);
  const selected = selectedDay.value;
  const addOn = (date: string) => {
    selectedDay.value = date;
    addPostAt(date, defaultTimeOn(date, settings.timeZone, Date.now()));
  };
  const onActivate = (date: string, isEmpty: boolean) => {
    if (isEmpty) addOn(date);
    else selectedDay.value = selected === date ? null : date;
  };

  return (
    <>
      <FilterBar pillars={arranged.pillars} hidden={arranged.hidden} />
      <table className="month-grid" aria-labelledby={CALENDAR_TITLE_ID}>
        <thead>
          <tr>
            {range.weeks[0]!.map((date) => (
              <th key={date} scope="col" abbr={formatWeekday(locale, date, 'long')}>
                {/* Our own abbreviations: Intl's Kiswahili short names are the full names, too wide here. */}
                {t(`calendar.weekdayShort.${isoWeekday(date) as 1 | 2 | 3 | 4 | 5 | 6 | 7}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {range.weeks.map((week, row) => (
            <tr key={week[0]}>
              {week.map((date, column) => (
                <MonthDayCell
                  key={date}
                  date={date}
                  inMonth={date.startsWith(month)}
                  isToday={date === today}
                  posts={arranged.byDay.get(date) ?? []}
                  markers={markers.get(date) ?? []}
                  segments={bands.segments[row]?.filter((segment) => segment.column === column) ?? []}
                  lanes={bands.lanes[row] ?? 0}
                  onActivate={onActivate}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <CalendarLegend arranged={arranged} />
      {selected && selected >= range.first && selected <= range.last && (
        <DayDetails date={selected} posts={arranged.byDay.get(selected) ?? []} markers={markers.get(selected) ?? []} onAdd={() => addOn(selected)} />
      )}
    </>
  );
}
