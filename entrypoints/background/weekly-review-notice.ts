/**
 * The weekly review's notification: how many suggestions wait in the Adjust area (and how many are
 * highly confident), with the week behind and ahead; its button opens the Adjust area. Null for a
 * review of a week gone by (the worker was asleep past it): the next one is already waiting.
 */
import type { Reminder, Settings } from '@/storage/schemas';
import { reviewDigest } from '@/storage/weekly-review';
import { localeFor, translate, type MessageKey } from '@/utils/i18n/translate';
import type { NotificationText } from './follow-up-notice';

const STALE_AFTER_MS = 24 * 60 * 60_000;

export async function describeWeeklyReview(reminder: Reminder, settings: Settings, now: number): Promise<NotificationText | null> {
  if (now - reminder.dueAt > STALE_AFTER_MS) return null;
  const locale = localeFor(settings.language, settings.country);
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(settings.language, locale, key, params);
  const digest = await reviewDigest(now);
  return {
    title: digest.open ? t('reminder.weekly.title', { count: digest.open }) : t('reminder.weekly.titleNone'),
    message: [digest.high ? t('reminder.weekly.high', { count: digest.high }) : '', t('reminder.weekly.week', { published: digest.published, missed: digest.missed, planned: digest.planned })].filter(Boolean).join('\n'),
    open: t('reminder.weekly.open'),
  };
}
