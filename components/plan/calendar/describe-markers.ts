/** A day's marks as words for its accessible name: "Jamhuri Day (public holiday)". */
import type { AppContext } from '@/components/ui/settings-context';
import type { DayMarker } from './use-day-markers';

export function describeMarkers(markers: readonly DayMarker[], t: AppContext['t']): string[] {
  return markers.map((marker) => t('calendar.marker.named', { name: marker.name, kind: t(`calendar.marker.${marker.kind}`) }));
}
