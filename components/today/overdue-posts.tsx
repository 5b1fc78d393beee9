/** Posts whose time passed without being published: shown only when there are some. */
import { useLiveQuery } from 'dexie-react-hooks';
import { PostLine } from '@/components/plan/post-line';
import { useApp } from '@/components/ui/settings-context';
import { listOverduePosts } from '@/storage/posts';

export function OverduePosts({ now }: { now: number }) {
  const { t } = useApp();
  const overdue = useLiveQuery(() => listOverduePosts(now), [now]);
  if (!overdue?.length) return null;
  return (
    <section className="card card--warning" aria-labelledby="overdue">
      <h2 id="overdue">{t('today.overdue', { count: overdue.length })}</h2>
      <ul className="post-list">
        {overdue.map((post) => (
          <PostLine key={post.id} post={post} />
        ))}
      </ul>
    </section>
  );
}
