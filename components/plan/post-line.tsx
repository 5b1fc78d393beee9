/** One planned post in a list: time, platform, format, status and title; activating it opens the editor. */
import { openPost } from '@/components/state/navigation';
import { useApp } from '@/components/ui/settings-context';
import type { Post } from '@/storage/schemas';

export function PostLine({ post }: { post: Post }) {
  const { t, locale, settings } = useApp();
  const time =
    post.scheduledAt === null
      ? t('plan.noTime')
      : new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: settings.timeZone }).format(post.scheduledAt);
  const title = post.title.trim() || post.text.trim().slice(0, 60) || t('reminder.untitled');
  return (
    <li>
      <button type="button" className="post-line" data-platform={post.platform} onClick={() => openPost(post.id)}>
        <span className="post-line__time">{time}</span>
        <span className="post-line__title">{title}</span>
        <span className="post-line__meta">
          {t(`platform.${post.platform}`)} · {t(`format.${post.format}`)} · <span className={`status-tag status-tag--${post.status}`}>{t(`status.${post.status}`)}</span>
        </span>
      </button>
    </li>
  );
}
