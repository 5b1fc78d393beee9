/** A campaign drafted from a marked day: named after it, on that day, of the kind it suggests. */
import type { CampaignInput } from '@/storage/campaigns';
import type { DayMarker } from './use-day-markers';

/** Marketing days that are the Black Friday weekend's; other marketing days suggest a promotion. */
const BLACK_FRIDAY_DAYS = ['black-friday', 'small-business-saturday', 'cyber-monday'];

export function campaignDraftFrom(marker: DayMarker, localDate: string): Partial<CampaignInput> {
  const kind: CampaignInput['kind'] =
    marker.kind === 'holiday' ? 'holiday' : marker.kind === 'event' ? 'other' : BLACK_FRIDAY_DAYS.includes(marker.key ?? '') ? 'black-friday' : 'promotion';
  return { name: marker.name, kind, start: localDate, end: localDate };
}
