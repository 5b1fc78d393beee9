/** An area whose features are still to come: it says what will appear, and what the workspace holds. */
import { useApp } from '@/components/ui/settings-context';
import { EmptyState } from '@/components/ui/empty-state';
import { WorkspaceSummary } from '@/components/ui/workspace-summary';
import { openArea, type Area } from '@/components/state/navigation';

export function UnbuiltArea({ area }: { area: Exclude<Area, 'settings'> }) {
  const { t } = useApp();
  return (
    <>
      <EmptyState title={t(`empty.${area}.title`)} body={t(`empty.${area}.body`)} badge={t('empty.badge')} />
      {area === 'today' && <WorkspaceSummary onOpenSettings={() => openArea('settings')} />}
    </>
  );
}
