/** The agenda: the next 30 days day by day in the brand's time zone, then the ideas without a date. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { listPostsBetween, listUnscheduledPosts } from '@/storage/posts';
import type { Post } from '@/storage/schemas';
import { formatDate } from '@/utils/i18n/format';
import { addDays, toInstant, toWallClock, todayIn } from '@/utils/time/wall-clock';
import { PostLine } from './post-line';

const DAYS = 30;

function groupByLocalDate(posts: Post[], timeZone: string): [string, Post[]][] {
  const days = new Map<string, Post[]>();
  for (const post of posts) {
    const { localDate } = toWallClock(post.scheduledAt!, timeZone);
    days.set(localDate, [...(days.get(localDate) ?? []), post]);
  }
  return [...days];
}

export function AgendaView() {
  const { t, locale, settings } = useApp();
  const { timeZone } = settings;
  // The window starts at the beginning of the brand's today, when the view opens.
  const [today] = useState(() => todayIn(timeZone, Date.now()));
  const from = toInstant(today, '00:00', timeZone);
  const to = toInstant(addDays(today, DAYS), '00:00', timeZone);
  const posts = useLiveQuery(() => listPostsBetween(from, to), [from, to]);
  const ideas = useLiveQuery(listUnscheduledPosts);
  if (!posts || !ideas) return null;

  return (
    <section className="card" aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t('plan.agenda.title')}</h2>
      {posts.length === 0 && <p className="help">{t('plan.agenda.empty')}</p>}
      {groupByLocalDate(posts, timeZone).map(([localDate, dayPosts]) => (
        <div key={localDate} className="agenda-day">
          <h3>{formatDate(locale, toInstant(localDate, '12:00', timeZone), timeZone)}</h3>
          <ul className="post-list">
            {dayPosts.map((post) => (
              <PostLine key={post.id} post={post} />
            ))}
          </ul>
        </div>
      ))}
      {ideas.length > 0 && (
        <div className="agenda-day">
          <h3>{t('plan.unscheduled')}</h3>
          <ul className="post-list">
            {ideas.map((post) => (
              <PostLine key={post.id} post={post} />
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
