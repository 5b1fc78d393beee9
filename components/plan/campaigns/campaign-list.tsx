/** Every campaign with its dates, kind, colour and number of posts; activating one opens it. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, type CSSProperties } from 'react';
import { useSignals } from '@preact/signals-react/runtime';
import { campaignNotice, openCampaign } from '@/components/state/campaigns';
import { useApp } from '@/components/ui/settings-context';
import { listCampaigns } from '@/storage/campaigns';
import { countPostsByCampaign } from '@/storage/posts';
import { formatLocalDateRange } from './date-range';

export function CampaignList() {
  useSignals();
  const { t, locale } = useApp();
  const id = useId();
  const campaigns = useLiveQuery(listCampaigns);
  const counts = useLiveQuery(countPostsByCampaign);
  if (!campaigns || !counts) return null;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <div className="card__head">
        <h2 id={`${id}-title`}>{t('campaigns.title')}</h2>
        <button type="button" className="button" onClick={() => openCampaign('new')}>{t('campaigns.new')}</button>
      </div>
      <p role="status" className="status">{campaignNotice.value}</p>
      {campaigns.length === 0 && <p className="help">{t('campaigns.empty')}</p>}
      <ul className="post-list">
        {campaigns.map((campaign) => (
          <li key={campaign.id}>
            <button type="button" className="post-line campaign-line" style={{ '--platform': campaign.color } as CSSProperties} onClick={() => openCampaign(campaign.id)}>
              <span className="post-line__title">{campaign.name}</span>
              <span className="post-line__meta">
                {formatLocalDateRange(locale, campaign.start, campaign.end)} · {t(`campaignKind.${campaign.kind}`)} · {t('campaigns.postCount', { count: counts.get(campaign.id) ?? 0 })}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
