/** One line that names a slot for people and screen readers: "Tuesday 18:00 · Instagram · Reel / short". */
import type { AppContext } from '@/components/ui/settings-context';
import type { Slot } from '@/storage/schemas';
import { weekdayName } from './weekday-names';

export function describeSlot(slot: Pick<Slot, 'weekday' | 'localTime' | 'platform' | 'format'>, { t, locale }: Pick<AppContext, 't' | 'locale'>): string {
  return `${weekdayName(locale, slot.weekday, 'long')} ${slot.localTime} · ${t(`platform.${slot.platform}`)} · ${t(`format.${slot.format}`)}`;
}
