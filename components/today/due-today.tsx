/**
 * What is due today in the brand's time zone, in time order. A post whose time has passed unpublished is
 * listed once, under Overdue (overdue-posts.tsx), not here as well: this card is what is still ahead
 * today, and what went out or was marked missed earlier today.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { PostLine } from '@/components/plan/post-line';
import { useApp } from '@/components/ui/settings-context';
import { listPostsBetween } from '@/storage/posts';
import { isOverdue } from '@/storage/schemas';

export function DueToday({ range: [from, to], now }: { range: [number, number]; now: number }) {
  const { t } = useApp();
  const posts = useLiveQuery(() => listPostsBetween(from, to), [from, to]);
  if (!posts) return null;
  const listed = posts.filter((post) => post.status !== 'cancelled');
  const due = listed.filter((post) => !isOverdue(post, now));
  return (
    <section className="card" aria-labelledby="due-today">
      <h2 id="due-today">{t('today.dueToday')}</h2>
      {due.length === 0 ? (
        <p className="help">{t(due.length === listed.length ? 'today.nothingToday' : 'today.nothingElseToday')}</p>
      ) : (
        <ul className="post-list">
          {due.map((post) => (
            <PostLine key={post.id} post={post} />
          ))}
        </ul>
      )}
    </section>
  );
}
