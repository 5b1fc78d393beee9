/**
 * The notification of a follow-up (storage/follow-ups.ts): which post to open again, on which platform,
 * and why — opening it lets the collector read its numbers again. Its Open button opens the post itself.
 */
import type { DueReminder } from '@/storage/reminders';
import { refreshUrlOf } from '@/storage/follow-ups';
import type { Settings } from '@/storage/schemas';
import { formatDateTime } from '@/utils/i18n/format';
import { localeFor, translate, type MessageKey } from '@/utils/i18n/translate';

export interface NotificationText {
  title: string;
  message: string;
  /** The first button's label; "Open" when absent. */
  open?: string;
}

/** Null when there is nothing to open any more (the post is gone, unpublished, or its address is not its platform's). */
export function describeFollowUp({ post }: Pick<DueReminder, 'post'>, settings: Settings): NotificationText | null {
  if (!post || refreshUrlOf(post) === null || post.publishedAt === null) return null;
  const locale = localeFor(settings.language, settings.country);
  const t = (key: MessageKey, params?: Record<string, string>) => translate(settings.language, locale, key, params);
  return {
    title: t('reminder.followUp.title', { title: post.title.trim() || t('reminder.untitled') }),
    message: t('reminder.followUp.body', { platform: t(`platform.${post.platform}`), when: formatDateTime(locale, post.publishedAt, settings.timeZone) }),
    open: t('reminder.followUp.open'),
  };
}
