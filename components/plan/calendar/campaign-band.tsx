/**
 * One stretch of a campaign band within a week: a coloured bar in the campaign's colour that runs
 * across the days it covers. Pressing it shows only that campaign's posts; pressing again shows all.
 */
import { useSignals } from '@preact/signals-react/runtime';
import type { CSSProperties } from 'react';
import { calendarFilters, setFilter } from '@/components/state/calendar';
import { useApp } from '@/components/ui/settings-context';
import { textColorOn, type BandSegment } from './campaign-lanes';
import { formatFullDate } from './day-format';

export function CampaignBand({ segment }: { segment: BandSegment }) {
  useSignals();
  const { t, locale } = useApp();
  const { campaign, lane, column, span, isFirst, startsHere, endsHere } = segment;
  const active = calendarFilters.value.campaignId === campaign.id;
  // The month places a band inside its first day and stretches it over `--span` days; the week's band
  // strip is a seven-column grid and places it with the grid lines.
  const style = {
    '--lane': lane,
    '--span': span,
    '--band': campaign.color,
    '--band-text': textColorOn(campaign.color),
    gridColumn: `${column + 1} / span ${span}`,
    gridRow: lane + 1,
  } as CSSProperties;
  const name = t('calendar.band.name', { name: campaign.name, start: formatFullDate(locale, campaign.start), end: formatFullDate(locale, campaign.end) });
  return (
    <button
      type="button"
      className="campaign-band"
      style={style}
      data-starts={startsHere}
      data-ends={endsHere}
      data-campaign={campaign.id}
      aria-pressed={active}
      aria-label={name}
      title={name}
      // The same campaign continues in the next weeks: one tab stop for it is enough.
      tabIndex={isFirst ? undefined : -1}
      aria-hidden={isFirst ? undefined : true}
      onClick={() => setFilter('campaignId', active ? '' : campaign.id)}
    >
      {campaign.name}
    </button>
  );
}
