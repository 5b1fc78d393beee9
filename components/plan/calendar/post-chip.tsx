/**
 * A post on the calendar: a button that opens it, dragged to reschedule, or moved from the keyboard
 * (Alt+←/→ one day, Alt+↑/↓ one hour), with a "Move…" button for a panel that needs neither.
 */
import { useSignals } from '@preact/signals-react/runtime';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { focusChip, movingPost, selectedDay } from '@/components/state/calendar';
import { openPost } from '@/components/state/navigation';
import { useApp } from '@/components/ui/settings-context';
import { postTitle, type PlacedPost } from './arrange-posts';
import { formatWallTime } from './day-format';
import { startPostDrag } from './drag-post';
import { shiftWallClock, useMovePost } from './move-post';

/** Alt + arrow → [days, minutes]. Up is earlier, as in the week's columns of hours. */
const KEY_MOVES: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -60],
  ArrowDown: [0, 60],
};

export const KEYS_HINT_ID = 'calendar-keys-hint';

export function PostChip({ placed, where }: { placed: PlacedPost; where: 'cell' | 'details' | 'week' }) {
  useSignals();
  const { t, locale } = useApp();
  const { move } = useMovePost();
  const { post, localDate, localTime, color } = placed;
  const key = `${where}:${post.id}`;
  const button = useRef<HTMLButtonElement>(null);
  const wanted = focusChip.value;
  const wantsFocus = wanted?.key === key && (!wanted.at || wanted.at === `${localDate}T${localTime}`);
  useEffect(() => {
    if (!wantsFocus || !button.current) return;
    button.current.focus();
    focusChip.value = null;
  }, [wantsFocus]);

  const title = postTitle(post, t('reminder.untitled'));
  const time = formatWallTime(locale, localTime);
  const details = `${t(`platform.${post.platform}`)} · ${t(`format.${post.format}`)} · ${t(`status.${post.status}`)}${post.pillar ? ` · ${post.pillar}` : ''}`;

  async function onKeyDown(event: KeyboardEvent) {
    const step = event.altKey && !event.ctrlKey && !event.metaKey ? KEY_MOVES[event.key] : undefined;
    if (!step) return;
    // Alt+← is also the browser's Back: on a chip it means "a day earlier" and nothing else.
    event.preventDefault();
    const target = shiftWallClock({ localDate, localTime }, step[0], step[1]);
    if (!(await move(post, target))) return;
    // The day's details follow the post they were showing, so the focus has somewhere to land.
    if (where === 'details') selectedDay.value = target.localDate;
    focusChip.value = { key, at: `${target.localDate}T${target.localTime}` };
  }

  return (
    <li className={`chip chip--${where}`} data-color={color} data-status={post.status}>
      <button
        ref={button}
        type="button"
        className="chip__open"
        draggable
        onDragStart={(event) => startPostDrag(event, post.id)}
        onKeyDown={(event) => void onKeyDown(event)}
        onClick={() => openPost(post.id)}
        aria-describedby={KEYS_HINT_ID}
        aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowRight Alt+ArrowUp Alt+ArrowDown"
        title={`${time} ${title}\n${details}`}
      >
        <span className="chip__time">{time}</span> <span className="chip__title">{title}</span>
        <span className="sr-only">, {details}</span>
      </button>
      <button
        type="button"
        className="chip__move"
        aria-label={t('calendar.move.open', { title })}
        aria-haspopup="dialog"
        onClick={() => (movingPost.value = { postId: post.id, chip: key })}
      >
        {/* Words where there is room (a day's details), an ellipsis inside a small cell. */}
        <span aria-hidden="true">{where === 'details' ? t('calendar.move.button') : '⋯'}</span>
      </button>
    </li>
  );
}
