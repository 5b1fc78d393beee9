/**
 * "Move…": rescheduling without a mouse. A step at a time (a day or an hour earlier or later) or to a
 * date and time typed in; the panel stays open so steps can be repeated, and Escape or Close gives the
 * focus back to the chip that opened it.
 */
import { useSignals } from '@preact/signals-react/runtime';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { focusChip, movingPost } from '@/components/state/calendar';
import { useApp } from '@/components/ui/settings-context';
import { getPost } from '@/storage/posts';
import type { CalendarEntry } from '@/storage/calendar-projection';
import { postTitle } from './arrange-posts';
import { formatFullDate, formatWallTime } from './day-format';
import { shiftWallClock, shownAt, useMovePost } from './move-post';

const STEPS = [
  ['calendar.move.earlierDay', -1, 0],
  ['calendar.move.laterDay', 1, 0],
  ['calendar.move.earlierHour', 0, -60],
  ['calendar.move.laterHour', 0, 60],
] as const;

export function MovePanel() {
  useSignals();
  const moving = movingPost.value;
  const post = useLiveQuery(async () => (moving ? ((await getPost(moving.postId)) ?? null) : null), [moving?.postId]);
  if (!moving || !post || post.scheduledAt === null) return null;
  const close = () => {
    movingPost.value = null;
    focusChip.value = { key: moving.chip };
  };
  return <MoveForm key={post.id} post={post} onClose={close} />;
}

function MoveForm({ post, onClose }: { post: CalendarEntry; onClose: () => void }) {
  const { t, locale, settings } = useApp();
  const { move } = useMovePost();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const at = shownAt(post, settings.timeZone);
  const [form, setForm] = useState({ ...at, from: `${at.localDate}T${at.localTime}` });
  // When a step (or another window) moves the post, the typed date and time follow it.
  if (form.from !== `${at.localDate}T${at.localTime}`) setForm({ ...at, from: `${at.localDate}T${at.localTime}` });
  // Focus moves into the panel in the same commit that shows it (a layout effect), so neither a screen
  // reader nor a fast keyboard user meets the panel while focus is still on the button that opened it.
  useLayoutEffect(() => heading.current?.focus(), []);
  const title = postTitle(post, t('reminder.untitled'));

  return (
    <div role="dialog" aria-modal="false" aria-labelledby={`${id}-title`} className="move-panel" onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('calendar.move.title', { title })}
      </h3>
      <p className="help">{t('calendar.move.now', { date: formatFullDate(locale, at.localDate), time: formatWallTime(locale, at.localTime) })}</p>
      <div className="move-panel__steps">
        {STEPS.map(([key, days, minutes]) => (
          <button key={key} type="button" className="button" onClick={() => void move(post, shiftWallClock(at, days, minutes))}>
            {t(key)}
          </button>
        ))}
      </div>
      <form
        className="move-panel__form"
        onSubmit={(event) => {
          event.preventDefault();
          if (form.localDate && form.localTime) void move(post, { localDate: form.localDate, localTime: form.localTime });
        }}
      >
        <label>
          {t('post.field.date')}
          <input type="date" required value={form.localDate} onChange={(e) => setForm({ ...form, localDate: e.target.value })} />
        </label>
        <label>
          {t('post.field.time')}
          <input type="time" required value={form.localTime} onChange={(e) => setForm({ ...form, localTime: e.target.value })} />
        </label>
        <button type="submit" className="button button--primary">{t('calendar.move.submit')}</button>
      </form>
      <p className="help">{t('calendar.move.keys')}</p>
      <button type="button" className="button button--quiet" onClick={onClose}>{t('post.close')}</button>
    </div>
  );
}
