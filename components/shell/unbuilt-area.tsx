/** An area whose features are still to come: it says, plainly, what will appear here. */
import type { Area } from '@/components/state/navigation';
import { EmptyState } from '@/components/ui/empty-state';
import { useApp } from '@/components/ui/settings-context';

export function UnbuiltArea({ area }: { area: Exclude<Area, 'settings' | 'today' | 'plan' | 'compose' | 'strategy' | 'analytics'> }) {
  const { t } = useApp();
  return <EmptyState title={t(`empty.${area}.title`)} body={t(`empty.${area}.body`)} badge={t('empty.badge')} />;
}
