/** A partner collaboration marked on a calendar day: a button that opens it on the Partners page. */
import { showCollaboration } from '@/components/strategy/partners/partners-state';
import { useApp } from '@/components/ui/settings-context';
import type { DayMarker } from './use-day-markers';

export function OpenCollaboration({ marker, collaboration, label = 'action' }: { marker: DayMarker; collaboration: { id: string; partnerId: string }; label?: 'action' | 'name' }) {
  const { t } = useApp();
  return (
    <button
      type="button"
      className="link-button"
      aria-label={t('calendar.day.openPartnersFor', { name: marker.name })}
      onClick={() => showCollaboration(collaboration.partnerId, collaboration.id)}
    >
      {label === 'name' ? marker.name : t('calendar.day.openPartners')}
    </button>
  );
}
