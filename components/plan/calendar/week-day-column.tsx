/**
 * One day of the week view: a heading with a button for a new post that day, the day's marks, and its
 * hours. A post dropped on an hour takes that hour (keeping its minutes); dropped on the heading, it
 * keeps its time. Clicking an empty hour starts a post there — a mouse shortcut; from the keyboard
 * the heading's button does the same and the editor takes the time.
 */
import { addPostAt, setFilter } from '@/components/state/calendar';
import { useApp } from '@/components/ui/settings-context';
import type { Campaign } from '@/storage/schemas';
import type { PlacedPost } from './arrange-posts';
import { formatFullDate, formatShortDate, formatWallTime, formatWeekdayAndDay } from './day-format';
import { defaultTimeOn } from './default-time';
import { postDropTarget } from './drag-post';
import { useMovePost } from './move-post';
import { OpenCollaboration } from './open-collaboration';
import { PostChip } from './post-chip';
import type { DayMarker } from './use-day-markers';
import { hourLabel, hourOf } from './week-hours';

interface WeekDayProps {
  date: string;
  /** 0 for Monday: the wide layout's grid column (after the hours), so the band strip can share row 2. */
  column: number;
  isToday: boolean;
  posts: readonly PlacedPost[];
  markers: readonly DayMarker[];
  campaigns: readonly Campaign[];
  hours: readonly number[];
}

export function WeekDayColumn({ date, column, isToday, posts, markers, campaigns, hours }: WeekDayProps) {
  const { t, locale, settings } = useApp();
  const { drop } = useMovePost();
  const fullDate = formatFullDate(locale, date);
  const headingId = `week-day-${date}`;
  return (
    <section className="week-day" style={{ gridColumn: column + 2 }} data-today={isToday || undefined} aria-labelledby={headingId}>
      <div className="week-day__head" {...postDropTarget((postId) => void drop(postId, date))}>
        <h3 id={headingId} aria-current={isToday ? 'date' : undefined}>
          <span aria-hidden="true" className="week-day__date">{formatShortDate(locale, date)}</span>
          <span aria-hidden="true" className="week-day__date week-day__date--compact">{formatWeekdayAndDay(locale, date)}</span>
          <span className="sr-only">
            {fullDate}
            {isToday && `, ${t('calendar.today')}`}
          </span>
        </h3>
        <button type="button" className="week-day__add" aria-label={t('calendar.day.addOn', { date: fullDate })} onClick={() => addPostAt(date, defaultTimeOn(date, settings.timeZone, Date.now()))}>
          <span aria-hidden="true">+</span>
        </button>
        {(markers.length > 0 || campaigns.length > 0) && (
          <ul className="week-day__marks">
            {markers.map((marker) => (
              <li key={`${marker.kind}:${marker.name}`} data-kind={marker.kind}>
                {marker.collaboration ? <OpenCollaboration marker={marker} collaboration={marker.collaboration} label="name" /> : marker.name}
                <span className="sr-only"> ({t(`calendar.marker.${marker.kind}`)})</span>
              </li>
            ))}
            {campaigns.map((campaign) => (
              <li key={campaign.id} className="week-day__campaign">
                <button type="button" style={{ borderColor: campaign.color }} onClick={() => setFilter('campaignId', campaign.id)}>
                  {campaign.name}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <ol className="week-day__slots">
        {hours.map((hour) => {
          const inHour = posts.filter((placed) => hourOf(placed) === hour);
          const empty = inHour.length === 0;
          return (
            <li
              key={hour}
              className="week-slot"
              data-hour={hour}
              data-empty={empty || undefined}
              title={empty ? t('calendar.addAt', { time: formatWallTime(locale, hourLabel(hour)) }) : undefined}
              onClick={empty ? () => addPostAt(date, hourLabel(hour)) : undefined}
              {...postDropTarget((postId) => void drop(postId, date, hour))}
            >
              {!empty && (
                <ul className="week-slot__posts">
                  {inHour.map((placed) => (
                    <PostChip key={placed.post.id} placed={placed} where="week" />
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
