/**
 * Delivering reminders. One alarm points at the earliest waiting reminder; on every start, alarm and
 * `plan-changed` the service runs once: it notifies every due reminder, marks them fired, re-arms.
 *
 * Exactly once: a notification's id is its reminder's id, so creating it again (after the worker was
 * stopped between notifying and marking) replaces the one on screen instead of adding a second; a
 * reminder is marked fired only after its notification exists.
 */
import { browser } from 'wxt/browser';
import { refreshUrlOf } from '@/storage/follow-ups';
import { getSettings } from '@/storage/settings';
import { getReminder, listDueReminders, markRemindersFired, nextReminderDueAt, snoozeReminder, syncDigestReminder, type DueReminder } from '@/storage/reminders';
import { getPost, listPostsBetween } from '@/storage/posts';
import { syncWeeklyReviewReminder } from '@/storage/weekly-review';
import { awaitsPublication, type Reminder, type Settings } from '@/storage/schemas';
import { formatDateTime } from '@/utils/i18n/format';
import { REMINDER_ALARM } from '@/utils/reminder-alarm';
import { loadCatalog, localeFor, translate, type MessageKey } from '@/utils/i18n/translate';
import { addDays, toInstant, toWallClock, todayIn } from '@/utils/time/wall-clock';
import { describeFollowUp, type NotificationText } from './follow-up-notice';
import { describeWeeklyReview } from './weekly-review-notice';


function translator(settings: Settings) {
  const locale = localeFor(settings.language, settings.country);
  return { locale, t: (key: MessageKey, params?: Record<string, string | number>) => translate(settings.language, locale, key, params) };
}

/** The words of a reminder's notification, in the UI language and the brand's time zone. */
export function describeReminder({ post, late, reminder }: DueReminder, settings: Settings, now: number): NotificationText {
  const { t, locale } = translator(settings);
  const at = post?.scheduledAt ?? reminder.dueAt;
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: settings.timeZone }).format(at);
  const params = { time, platform: post ? t(`platform.${post.platform}`) : '', title: post?.title.trim() || t('reminder.untitled') };
  const minutes = Math.round((at - now) / 60_000);
  return {
    title: t(late ? 'reminder.titleLate' : 'reminder.title', params),
    message: late
      ? t('reminder.bodyLate', { when: formatDateTime(locale, at, settings.timeZone) })
      : minutes > 0
        ? t('reminder.body', { count: minutes })
        : t('reminder.bodyNow'),
  };
}

/** The morning digest: what is due today in the brand's zone; null for a digest of a day gone by. */
export async function describeDigest(reminder: Reminder, settings: Settings, now: number): Promise<NotificationText | null> {
  const { t, locale } = translator(settings);
  const today = todayIn(settings.timeZone, now);
  if (toWallClock(reminder.dueAt, settings.timeZone).localDate !== today) return null;
  const posts = (await listPostsBetween(toInstant(today, '00:00', settings.timeZone), toInstant(addDays(today, 1), '00:00', settings.timeZone))).filter(
    (post) => awaitsPublication(post.status),
  );
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: settings.timeZone });
  const lines = posts.slice(0, 4).map((post) => `${time.format(post.scheduledAt!)} ${t(`platform.${post.platform}`)}: ${post.title.trim() || t('reminder.untitled')}`);
  return { title: t('reminder.digestTitle', { count: posts.length }), message: posts.length ? lines.join('\n') : t('reminder.digestNone') };
}

export function createReminderService(clock: () => number = Date.now) {
  // Runs never overlap: an alarm and a plan change arriving together are handled one after the other.
  let queue: Promise<void> = Promise.resolve();

  async function notify(id: string, { title, message, open }: NotificationText, settings: Settings): Promise<void> {
    const locale = localeFor(settings.language, settings.country);
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title,
      message,
      priority: 2,
      buttons: [{ title: open ?? translate(settings.language, locale, 'reminder.open') }, { title: translate(settings.language, locale, 'reminder.snooze') }],
    });
  }

  async function arm(): Promise<void> {
    const next = await nextReminderDueAt();
    if (next === null) await browser.alarms.clear(REMINDER_ALARM);
    else await browser.alarms.create(REMINDER_ALARM, { when: next });
  }

  async function runOnce(): Promise<void> {
    const now = clock();
    const settings = await getSettings();
    await loadCatalog(settings.language);
    const due = await listDueReminders(now);
    for (const item of due) {
      // A reminder whose post is gone, yesterday's digest, or a follow-up of a post no longer published
      // has nothing to say: it is marked fired silently.
      const { kind } = item.reminder;
      const text =
        kind === 'daily-digest'
          ? await describeDigest(item.reminder, settings, now)
          : kind === 'refresh-analytics'
            ? describeFollowUp(item, settings)
            : kind === 'weekly-review'
              ? await describeWeeklyReview(item.reminder, settings, now)
              : item.post
                ? describeReminder(item, settings, now)
                : null;
      if (text) await notify(item.reminder.id, text, settings);
    }
    await markRemindersFired(due, now);
    await syncDigestReminder(settings, now);
    await syncWeeklyReviewReminder(settings, now);
    await arm();
  }

  /** Delivers what is due and re-arms; resolves when this run (and any before it) is done. */
  function process(): Promise<void> {
    queue = queue.then(runOnce, runOnce).catch((error: unknown) => console.error('[mkakati] reminders failed', error));
    return queue;
  }

  /**
   * Open: a follow-up opens its published post in a new tab, so the collector reads its numbers — only
   * when the post's address is https on its platform (refreshUrlOf), read now from the database, never
   * from the notification. Otherwise the post (or Today for the digest, Adjust for the weekly review)
   * in the side panel, or in a tab where the panel cannot open.
   */
  async function open(notificationId: string): Promise<void> {
    const reminder = await getReminder(notificationId);
    if (!reminder) return;
    await browser.notifications.clear(notificationId);
    if (reminder.kind === 'refresh-analytics' && reminder.postId) {
      const post = await getPost(reminder.postId);
      const url = post ? refreshUrlOf(post) : null;
      if (url) {
        await browser.tabs.create({ url });
        return;
      }
    }
    const place = reminder.postId ? `plan/${encodeURIComponent(reminder.postId)}` : reminder.kind === 'weekly-review' ? 'adjust' : 'today';
    const path = `/sidepanel.html#${place}` as const;
    try {
      const window = await browser.windows.getLastFocused();
      await browser.sidePanel.setOptions({ path: path.slice(1) });
      await browser.sidePanel.open({ windowId: window.id! });
    } catch {
      // sidePanel.open needs a user gesture that a notification click does not always carry.
      await browser.tabs.create({ url: browser.runtime.getURL(path) });
    }
  }

  async function snooze(notificationId: string): Promise<void> {
    const reminder = await getReminder(notificationId);
    if (!reminder) return;
    await browser.notifications.clear(notificationId);
    await snoozeReminder(reminder.id, clock());
    await process();
  }

  return { process, open, snooze };
}
