/**
 * Weekly publishing slots ("Tuesday 09:00, Instagram reel") turned into dated occurrences, the input
 * of "plan next month". A slot is a wall-clock rule, so each occurrence is computed from its own local
 * date and time: 09:00 stays 09:00 on the wall across DST changes, and two consecutive occurrences are
 * 7 × 24 h apart except across a change, where the week is shorter or longer by the shift.
 */
import type { Slot } from '@/storage/schemas';
import { addDays, compareLocalDates, isoWeekday } from '@/utils/time/local-date';
import { toInstant } from '@/utils/time/wall-clock';

export type Occurrence = Pick<Slot, 'platform' | 'format' | 'pillar' | 'localTime'> & {
  slotId: string;
  localDate: string;
  /**
   * The instant of `localDate` `localTime` in the zone. A slot time that the zone skips that day keeps
   * the slot's `localTime` here and its instant moves forward by the gap (see `toInstant`).
   */
  scheduledAt: number;
};

/**
 * The occurrences of the active slots between two local dates (both inclusive) in a zone, sorted by
 * instant, then by slot id so that equal times come out in the same order every time.
 */
export function expandSlots(slots: readonly Slot[], from: string, to: string, timeZone: string): Occurrence[] {
  const occurrences: Occurrence[] = [];
  for (const slot of slots) {
    if (!slot.active) continue;
    // The first date on or after `from` that falls on the slot's weekday; both weekdays are 1–7.
    let localDate = addDays(from, (slot.weekday - isoWeekday(from) + 7) % 7);
    for (; compareLocalDates(localDate, to) <= 0; localDate = addDays(localDate, 7)) {
      occurrences.push({
        slotId: slot.id,
        localDate,
        localTime: slot.localTime,
        scheduledAt: toInstant(localDate, slot.localTime, timeZone),
        platform: slot.platform,
        format: slot.format,
        pillar: slot.pillar,
      });
    }
  }
  return occurrences.sort((a, b) => a.scheduledAt - b.scheduledAt || compareIds(a.slotId, b.slotId));
}

function compareIds(a: string, b: string): number {
  // Code-unit order, not localeCompare: the order must not depend on the reader's language.
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
