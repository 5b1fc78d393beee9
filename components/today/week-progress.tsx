/** This week's published against planned posts (cancelled ones are not part of the plan). */
import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '@/components/ui/settings-context';
import { listPostsBetween } from '@/storage/posts';

export function WeekProgress({ range: [from, to] }: { range: [number, number] }) {
  const { t } = useApp();
  const posts = useLiveQuery(() => listPostsBetween(from, to), [from, to]);
  if (!posts) return null;
  const planned = posts.filter((post) => post.status !== 'cancelled');
  const published = planned.filter((post) => post.status === 'published').length;
  return (
    <section className="card" aria-labelledby="week-progress">
      <h2 id="week-progress">{t('today.week')}</h2>
      {planned.length === 0 ? (
        <p className="help">{t('today.weekEmpty')}</p>
      ) : (
        <>
          <p data-testid="week-progress">{t('today.weekProgress', { published, count: planned.length })}</p>
          <progress max={planned.length} value={published} aria-hidden="true" />
        </>
      )}
    </section>
  );
}
