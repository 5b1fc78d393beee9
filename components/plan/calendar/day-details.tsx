/**
 * The picked day of the month, below the grid: every post of the day as a full-width chip (the only
 * place they all fit in a narrow panel), what marks the day (each a start for a campaign; a partner
 * collaboration opens on the Partners page), and a button for a new post on it.
 */
import { selectedDay } from '@/components/state/calendar';
import { startCampaign } from '@/components/state/campaigns';
import { useApp } from '@/components/ui/settings-context';
import type { PlacedPost } from './arrange-posts';
import { campaignDraftFrom } from './campaign-from-day';
import { formatFullDate } from './day-format';
import { OpenCollaboration } from './open-collaboration';
import { PostChip } from './post-chip';
import type { DayMarker } from './use-day-markers';

export function DayDetails({ date, posts, markers, onAdd }: { date: string; posts: readonly PlacedPost[]; markers: readonly DayMarker[]; onAdd: () => void }) {
  const { t, locale } = useApp();
  const headingId = `day-details-${date}`;
  return (
    <section className="day-details" aria-labelledby={headingId}>
      <div className="day-details__head">
        <h3 id={headingId}>{formatFullDate(locale, date)}</h3>
        <button type="button" className="button" onClick={onAdd}>
          {t('calendar.day.add')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => (selectedDay.value = null)}>
          {t('calendar.day.close')}
        </button>
      </div>
      {markers.length > 0 && (
        <ul className="day-details__marks">
          {markers.map((marker) => (
            <li key={`${marker.kind}:${marker.name}`} data-kind={marker.kind}>
              <span>
                {marker.name} <span className="help">· {t(`calendar.marker.${marker.kind}`)}</span>
              </span>
              {marker.collaboration ? (
                <OpenCollaboration marker={marker} collaboration={marker.collaboration} />
              ) : (
                <button type="button" className="link-button" aria-label={t('calendar.day.campaignFor', { name: marker.name })} onClick={() => startCampaign(campaignDraftFrom(marker, date))}>
                  {t('calendar.day.campaign')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {posts.length === 0 ? (
        <p className="help">{t('calendar.day.nothing')}</p>
      ) : (
        <ul className="day-details__posts">
          {posts.map((placed) => (
            <PostChip key={placed.post.id} placed={placed} where="details" />
          ))}
        </ul>
      )}
    </section>
  );
}
