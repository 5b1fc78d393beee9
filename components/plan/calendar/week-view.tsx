/**
 * The week: seven columns of hours (or, in a narrow panel, the days one under the other with only
 * their posts), from 06:00 or the earliest post to 22:00 or the latest. One query for the week.
 */
import { useSignals } from '@preact/signals-react/runtime';
import { useLiveQuery } from 'dexie-react-hooks';
import type { CSSProperties } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { listCampaigns } from '@/storage/campaigns';
import { CalendarLegend } from './calendar-legend';
import { visibleRange } from './calendar-range';
import { CALENDAR_TITLE_ID } from './calendar-toolbar';
import { CampaignBand } from './campaign-band';
import { layoutCampaignBands } from './campaign-lanes';
import { formatWallTime } from './day-format';
import { FilterBar } from './filter-bar';
import { useCalendarPosts } from './use-calendar-posts';
import { useDayMarkers } from './use-day-markers';
import { WeekDayColumn } from './week-day-column';
import { hourLabel, hoursToShow } from './week-hours';

export function WeekView({ anchor, today }: { anchor: string; today: string }) {
  useSignals();
  const { locale, settings } = useApp();
  const range = visibleRange('week', anchor, settings.timeZone);
  const arranged = useCalendarPosts(range.from, range.to);
  const markers = useDayMarkers(range.first, range.last, arranged !== undefined);
  const campaigns = useLiveQuery(listCampaigns);
  if (!arranged || !campaigns) return null;

  const week = range.weeks[0]!;
  const hours = hoursToShow([...arranged.byDay.values()].flat());
  const bands = layoutCampaignBands(campaigns, range.weeks);
  return (
    <>
      <FilterBar pillars={arranged.pillars} hidden={arranged.hidden} />
      <div className="week-grid" role="group" aria-labelledby={CALENDAR_TITLE_ID} style={{ '--hours': hours.length, '--lanes': bands.lanes[0] ?? 0 } as CSSProperties}>
        <div className="week-grid__hours" aria-hidden="true">
          {hours.map((hour) => (
            <span key={hour}>{formatWallTime(locale, hourLabel(hour))}</span>
          ))}
        </div>
        <div className="week-grid__bands">
          {bands.segments[0]?.map((segment) => (
            <CampaignBand key={segment.campaign.id} segment={segment} />
          ))}
        </div>
        {week.map((date, column) => (
          <WeekDayColumn
            key={date}
            date={date}
            column={column}
            isToday={date === today}
            posts={arranged.byDay.get(date) ?? []}
            markers={markers.get(date) ?? []}
            campaigns={campaigns.filter((c) => c.start <= date && c.end >= date)}
            hours={hours}
          />
        ))}
      </div>
      <CalendarLegend arranged={arranged} />
    </>
  );
}
