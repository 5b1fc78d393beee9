/** What is due today in the brand's time zone, in time order. */
import { useLiveQuery } from 'dexie-react-hooks';
import { PostLine } from '@/components/plan/post-line';
import { useApp } from '@/components/ui/settings-context';
import { listPostsBetween } from '@/storage/posts';

export function DueToday({ range: [from, to] }: { range: [number, number] }) {
  const { t } = useApp();
  const posts = useLiveQuery(() => listPostsBetween(from, to), [from, to]);
  if (!posts) return null;
  const due = posts.filter((post) => post.status !== 'cancelled');
  return (
    <section className="card" aria-labelledby="due-today">
      <h2 id="due-today">{t('today.dueToday')}</h2>
      {due.length === 0 ? (
        <p className="help">{t('today.nothingToday')}</p>
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
