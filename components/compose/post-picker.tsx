/**
 * The posts to compose: ideas, drafts and scheduled posts of the next weeks in time order, then the
 * ideas without a date. One line per idea (its variants are composed together).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { openComposer } from '@/components/state/navigation';
import { useApp } from '@/components/ui/settings-context';
import { listPostsBetween, listUnscheduledPosts } from '@/storage/posts';
import type { Post } from '@/storage/schemas';
import { formatDateTime } from '@/utils/i18n/format';

/** How far ahead the list looks: the plan's next three months. */
const AHEAD_MS = 92 * 24 * 60 * 60 * 1000;
const SHOWN = 50;
const COMPOSABLE: ReadonlySet<Post['status']> = new Set(['idea', 'draft', 'scheduled', 'ready']);

export async function listComposablePosts(now: number): Promise<Post[]> {
  const [upcoming, undated] = await Promise.all([listPostsBetween(now, now + AHEAD_MS), listUnscheduledPosts()]);
  const seenGroups = new Set<string>();
  const ideas: Post[] = [];
  for (const post of [...upcoming, ...undated]) {
    if (!COMPOSABLE.has(post.status)) continue;
    if (post.groupId) {
      if (seenGroups.has(post.groupId)) continue;
      seenGroups.add(post.groupId);
    }
    ideas.push(post);
    if (ideas.length === SHOWN) break;
  }
  return ideas;
}

export function PostPicker() {
  const { t, locale, settings } = useApp();
  // The list is read once per opening (a minute's drift of "now" does not matter here).
  const posts = useLiveQuery(() => listComposablePosts(Date.now()));
  if (posts === undefined) return null;
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: settings.timeZone });
  return (
    <section className="card" aria-labelledby="compose-choose">
      <h2 id="compose-choose">{t('compose.choose')}</h2>
      {posts.length === 0 ? (
        <p className="help">{t('compose.noPosts')}</p>
      ) : (
        <ul className="post-list">
          {posts.map((post) => (
            <li key={post.id}>
              <button type="button" className="post-line" data-platform={post.platform} onClick={() => openComposer(post.id)}>
                <span className="post-line__time">{post.scheduledAt === null ? '—' : day.format(post.scheduledAt)}</span>
                <span className="post-line__title">{post.title.trim() || post.topic.trim() || post.text.trim().slice(0, 60) || t('reminder.untitled')}</span>
                <span className="post-line__meta">
                  {t(`platform.${post.platform}`)} · {t(`status.${post.status}`)} ·{' '}
                  {post.scheduledAt === null ? t('plan.noTime') : formatDateTime(locale, post.scheduledAt, settings.timeZone)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
