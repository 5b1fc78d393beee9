/**
 * One day of the month grid: its campaign bands, its number (a button named with the full date, what
 * is planned and what the day is), holidays and other marks, and its posts: a count with coloured dots
 * in a narrow panel, up to three chips where there is room (theme.css switches on the grid's width).
 */
import { useSignals } from '@preact/signals-react/runtime';
import type { CSSProperties, MouseEvent } from 'react';
import { selectedDay } from '@/components/state/calendar';
import { useApp } from '@/components/ui/settings-context';
import type { PlacedPost } from './arrange-posts';
import { CampaignBand } from './campaign-band';
import type { BandSegment } from './campaign-lanes';
import { formatFullDate } from './day-format';
import { describeMarkers } from './describe-markers';
import { postDropTarget } from './drag-post';
import { useMovePost } from './move-post';
import { PostChip } from './post-chip';
import type { DayMarker } from './use-day-markers';

const CHIPS = 3;
const DOTS = 4;

export interface DayCellProps {
  date: string;
  inMonth: boolean;
  isToday: boolean;
  posts: readonly PlacedPost[];
  markers: readonly DayMarker[];
  segments: readonly BandSegment[];
  lanes: number;
  /** A day with posts opens its details; an empty one starts a new post there. */
  onActivate: (date: string, isEmpty: boolean) => void;
}

export function MonthDayCell({ date, inMonth, isToday, posts, markers, segments, lanes, onActivate }: DayCellProps) {
  useSignals();
  const { t, locale } = useApp();
  const { drop } = useMovePost();
  const isEmpty = posts.length === 0;
  const parts = [formatFullDate(locale, date)];
  if (isToday) parts.push(t('calendar.today'));
  parts.push(isEmpty ? t('calendar.day.empty') : t('calendar.day.posts', { count: posts.length }), ...describeMarkers(markers, t));
  const activate = () => onActivate(date, isEmpty);
  // A click on the day's free space acts like its number; clicks on chips and bands are theirs.
  const onCellClick = (event: MouseEvent) => {
    if (!(event.target as Element).closest('button')) activate();
  };

  return (
    <td
      className="month-day"
      data-date={date}
      data-outside={!inMonth || undefined}
      data-today={isToday || undefined}
      data-holiday={markers.some((marker) => marker.kind === 'holiday') || undefined}
      data-selected={selectedDay.value === date || undefined}
      style={{ '--lanes': lanes } as CSSProperties}
      onClick={onCellClick}
      {...postDropTarget((postId) => void drop(postId, date))}
    >
      <div className="month-day__bands">
        {segments.map((segment) => (
          <CampaignBand key={segment.campaign.id} segment={segment} />
        ))}
      </div>
      <button type="button" className="month-day__head" aria-label={parts.join(', ')} aria-current={isToday ? 'date' : undefined} onClick={activate}>
        <span className="month-day__number">{Number(date.slice(8))}</span>
        {!isEmpty && <span className="month-day__count">{posts.length}</span>}
      </button>
      {markers.length > 0 && (
        <ul className="month-day__marks" aria-hidden="true">
          {markers.map((marker) => (
            <li key={`${marker.kind}:${marker.name}`} data-kind={marker.kind} title={marker.name}>
              {marker.name}
            </li>
          ))}
        </ul>
      )}
      {!isEmpty && (
        <span className="month-day__dots" aria-hidden="true">
          {posts.slice(0, DOTS).map((placed) => (
            <span key={placed.post.id} className="dot" data-color={placed.color} />
          ))}
        </span>
      )}
      {!isEmpty && (
        <ul className="month-day__chips">
          {posts.slice(0, CHIPS).map((placed) => (
            <PostChip key={placed.post.id} placed={placed} where="cell" />
          ))}
          {posts.length > CHIPS && (
            <li>
              <button type="button" className="month-day__more" onClick={activate}>
                {t('calendar.day.more', { count: posts.length - CHIPS })}
              </button>
            </li>
          )}
        </ul>
      )}
    </td>
  );
}
