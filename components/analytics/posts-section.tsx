/** The top and bottom five posts by engagement; choosing one shows its growth curve. */
import { useId } from 'react';
import { useApp } from '@/components/ui/settings-context';
import type { DerivedPost } from '@/utils/analytics/report';
import { formatDateTime } from '@/utils/i18n/format';
import { formatCount, formatPercent } from './figures';

export function PostsSection({ top, bottom, chosen, onChoose }: { top: DerivedPost[]; bottom: DerivedPost[]; chosen: string | null; onChoose: (id: string) => void }) {
  const { t } = useApp();
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="analytics-posts">
      <h2 id={`${id}-title`}>{t('analytics.posts.title')}</h2>
      {top.length === 0 ? (
        <p className="help">{t('analytics.posts.none')}</p>
      ) : (
        <>
          <h3>{t('analytics.posts.top')}</h3>
          <PostList posts={top} chosen={chosen} onChoose={onChoose} testId="top-posts" />
          <h3>{t('analytics.posts.bottom')}</h3>
          <PostList posts={bottom} chosen={chosen} onChoose={onChoose} testId="bottom-posts" />
        </>
      )}
    </section>
  );
}

function PostList({ posts, chosen, onChoose, testId }: { posts: DerivedPost[]; chosen: string | null; onChoose: (id: string) => void; testId: string }) {
  const { t, locale, settings } = useApp();
  return (
    <ol className="analytics-posts" data-testid={testId}>
      {posts.map(({ post, engagement, approximate, erFollowers }) => (
        <li key={post.id}>
          <p className="analytics-posts__text">{post.text || post.url}</p>
          <p className="help">
            {t(`platform.${post.platform}`)} · {formatDateTime(locale, post.publishedAt, settings.timeZone)} · {t('analytics.posts.engagement', { value: formatCount(locale, engagement, approximate) })}
            {erFollowers !== null && ` · ${t('analytics.posts.er', { value: formatPercent(locale, erFollowers) })}`}
          </p>
          <div className="toolbar">
            <button type="button" className="button button--quiet" aria-pressed={chosen === post.id} onClick={() => onChoose(post.id)}>{t('analytics.posts.growth')}</button>
            <a href={post.url} target="_blank" rel="noreferrer noopener">{t('analytics.posts.open')}</a>
          </div>
        </li>
      ))}
    </ol>
  );
}
