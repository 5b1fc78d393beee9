/**
 * What the workspace holds, counted live: real numbers, so an empty area never looks like data is lost.
 * The plan and the captures are counted over a window (storage/workspace.ts summariseWorkspace), so the
 * figures stay quick to read at any size, and after every capture, which re-reads them.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '@/components/ui/settings-context';
import { lastCaptureAt } from '@/storage/capture-health';
import { summariseWorkspace } from '@/storage/workspace';
import { formatDateTime } from '@/utils/i18n/format';

/** `onOpenSettings` offers a way to fill an empty workspace where Settings can be reached. */
export function WorkspaceSummary({ onOpenSettings }: { onOpenSettings?: () => void }) {
  const { t, locale, settings } = useApp();
  const counts = useLiveQuery(() => summariseWorkspace(Date.now()));
  const lastCapture = useLiveQuery(lastCaptureAt);
  if (!counts) return null;
  if (counts.empty) {
    return (
      <section className="card" aria-labelledby="workspace-title" data-testid="workspace-empty">
        <h2 id="workspace-title">{t('workspace.title')}</h2>
        <p>{t('workspace.empty')}</p>
        {onOpenSettings && (
          <button type="button" className="button" onClick={onOpenSettings}>
            {t('workspace.openSettings')}
          </button>
        )}
      </section>
    );
  }
  const lines = [
    t('workspace.count.posts', { count: counts.upcoming }),
    t('workspace.count.campaigns', { count: counts.campaigns }),
    t('workspace.count.segments', { count: counts.segments }),
    t('workspace.count.accounts', { count: counts.accounts }),
    t('workspace.count.observedPosts', { count: counts.captured }),
  ];
  return (
    <section className="card" aria-labelledby="workspace-title">
      <h2 id="workspace-title">{t('workspace.title')}</h2>
      <ul className="workspace-summary" data-testid="workspace-summary">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {lastCapture != null && (
        <p className="help">{t('workspace.lastCapture', { when: formatDateTime(locale, lastCapture, settings.timeZone) })}</p>
      )}
    </section>
  );
}
