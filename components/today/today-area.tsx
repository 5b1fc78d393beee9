/** Today: the date in the brand's time zone, what will appear here, and what the workspace holds. */
import { useState } from 'react';
import { openArea } from '@/components/state/navigation';
import { EmptyState } from '@/components/ui/empty-state';
import { useApp } from '@/components/ui/settings-context';
import { WorkspaceSummary } from '@/components/ui/workspace-summary';
import { formatDate } from '@/utils/i18n/format';

export function TodayArea() {
  const { t, locale, settings } = useApp();
  // Read once when the area opens: the side panel is reopened far more often than it spans midnight.
  const [now] = useState(Date.now);
  return (
    <>
      <p className="today-date" data-testid="today-date">
        {formatDate(locale, now, settings.timeZone)}
      </p>
      <EmptyState title={t('empty.today.title')} body={t('empty.today.body')} badge={t('empty.badge')} />
      <WorkspaceSummary onOpenSettings={() => openArea('settings')} />
    </>
  );
}
