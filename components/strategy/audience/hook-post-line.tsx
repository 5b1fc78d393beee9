/** One post that used a hook: when, where, its status and its engagement (or that none was captured). */
import { openPost } from '@/components/state/navigation';
import { useApp } from '@/components/ui/settings-context';
import type { HookPost } from './hook-board';

export function HookPostLine({ entry, date }: { entry: HookPost; date: (at: number) => string }) {
  const { t } = useApp();
  const { post } = entry;
  const title = post.title.trim() || post.text.trim().slice(0, 60) || t('reminder.untitled');
  const engagement =
    entry.engagement !== null
      ? t('strategy.audience.post.engagement', { count: entry.engagement })
      : post.status === 'published'
        ? t('strategy.audience.post.noNumbers')
        : null;
  return (
    <li>
      <button type="button" className="post-line audience-post" data-platform={post.platform} onClick={() => openPost(post.id)}>
        <span className="post-line__title">{title}</span>
        <span className="post-line__meta">
          {entry.at === null ? t('plan.noTime') : date(entry.at)} · {t(`platform.${post.platform}`)} · <span className={`status-tag status-tag--${post.status}`}>{t(`status.${post.status}`)}</span>
          {engagement && ` · ${engagement}`}
        </span>
      </button>
    </li>
  );
}
