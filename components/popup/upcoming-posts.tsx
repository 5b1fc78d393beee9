/** The popup's list: the next five posts to publish with the time left, and how many are overdue. */
import { useLiveQuery } from 'dexie-react-hooks';
import { formatTimeLeft } from '@/components/ui/relative-time';
import { useApp } from '@/components/ui/settings-context';
import { listOverduePosts, listUpcomingPosts } from '@/storage/posts';
import type { Post } from '@/storage/schemas';

export function UpcomingPosts({ now, onOpen }: { now: number; onOpen: (post: Post) => void }) {
  const { t, locale, settings } = useApp();
  const upcoming = useLiveQuery(() => listUpcomingPosts(now, 5), [now]);
  const overdue = useLiveQuery(() => listOverduePosts(now), [now]);
  if (!upcoming || !overdue) return null;
  const time = new Intl.DateTimeFormat(locale, { weekday: 'short', hour: '2-digit', minute: '2-digit', timeZone: settings.timeZone });
  return (
    <section className="card" aria-labelledby="popup-next">
      <h2 id="popup-next">{t('popup.next')}</h2>
      {overdue.length > 0 && (
        <button type="button" className="status status--error link-button" onClick={() => onOpen(overdue[0]!)}>
          {t('popup.overdue', { count: overdue.length })}
        </button>
      )}
      {upcoming.length === 0 ? (
        <p className="help">{t('popup.nothingNext')}</p>
      ) : (
        <ul className="post-list" data-testid="popup-upcoming">
          {upcoming.map((post) => {
            const title = post.title.trim() || t('reminder.untitled');
            return (
              <li key={post.id}>
                <button type="button" className="post-line" data-platform={post.platform} aria-label={t('popup.openPost', { title })} onClick={() => onOpen(post)}>
                  <span className="post-line__time">{time.format(post.scheduledAt!)}</span>
                  <span className="post-line__title">{title}</span>
                  <span className="post-line__meta">
                    {t(`platform.${post.platform}`)} · {formatTimeLeft(locale, post.scheduledAt! - now)}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
