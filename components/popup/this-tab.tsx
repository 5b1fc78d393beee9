/**
 * The popup's "On this tab" card: what the collectors read on the page under the popup (posts read and
 * kept, posts they could not read), and the profile read there with one-click tracking.
 */
import { useApp } from '@/components/ui/settings-context';
import type { TabCapture } from '@/utils/tab-capture';
import { formatTimeLeft } from '@/components/ui/relative-time';
import { TabProfile } from './tab-profile';
import { useThisTab } from './use-this-tab';

function ReadCounts({ record, now }: { record: TabCapture; now: number }) {
  const { t, locale, settings } = useApp();
  const counts = { count: record.postsRead, kept: record.postsKept };
  const missing = record.seen - record.understood;
  // A profile page without posts (Instagram's grid holds links, not posts) has no counts to speak of.
  const hasPosts = record.postsRead > 0 || record.seen > 0;
  return (
    <>
      {hasPosts && (
        <p data-testid="this-tab-counts">
          {settings.captureScope === 'everything' ? t('popup.tab.readEverything', counts) : t('popup.tab.read', counts)}
        </p>
      )}
      {missing > 0 && (
        <p className="status status--error" data-testid="this-tab-unreadable">
          {t('popup.tab.unreadable', { count: missing, seen: record.seen })}
        </p>
      )}
      <p className="help">
        {t(`platform.${record.platform}`)} · {t('popup.tab.lastRead', { when: formatTimeLeft(locale, Math.min(0, record.lastCaptureAt - now)) })}
      </p>
    </>
  );
}

export function ThisTab({ now }: { now: number }) {
  const { t } = useApp();
  const tab = useThisTab();
  if (tab.kind === 'loading') return null;
  if (tab.kind === 'elsewhere') {
    return (
      <p className="help this-tab__quiet" data-testid="this-tab-elsewhere">
        {t('popup.tab.elsewhere')}
      </p>
    );
  }
  const { record } = tab;
  const hasReadSomething = record !== null && (record.postsRead > 0 || record.seen > 0 || record.profile !== null);
  return (
    <section className="card this-tab" aria-labelledby="this-tab-title" data-testid="this-tab">
      <h2 id="this-tab-title">{t('popup.tab.title')}</h2>
      {!hasReadSomething ? (
        <p className="help">{t('popup.tab.nothingYet', { platform: t(`platform.${tab.platform}`) })}</p>
      ) : (
        <>
          {record.profile && <TabProfile tabId={tab.tabId} record={record} profile={record.profile} />}
          <ReadCounts record={record} now={now} />
        </>
      )}
    </section>
  );
}
