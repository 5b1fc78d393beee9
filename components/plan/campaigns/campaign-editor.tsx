/** Create, edit and delete a campaign, and see its posts with their status. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useSignals } from '@preact/signals-react/runtime';
import { useId, useState } from 'react';
import { campaignDraft, campaignNotice, editingCampaign, openCampaign } from '@/components/state/campaigns';
import { announcePlanChange } from '@/components/ui/announce-plan-change';
import { Confirm } from '@/components/ui/confirm';
import { useApp } from '@/components/ui/settings-context';
import { createCampaign, deleteCampaign, getCampaign, updateCampaign, type CampaignInput } from '@/storage/campaigns';
import type { Campaign } from '@/storage/schemas';
import { ValidationError } from '@/storage/validation';
import { todayIn } from '@/utils/time/wall-clock';
import { CampaignFields } from './campaign-fields';
import { CampaignPosts } from './campaign-posts';
import { validationParams } from '@/components/ui/describe-validation';

export function CampaignEditor() {
  useSignals();
  const { t } = useApp();
  const id = editingCampaign.value;
  const campaign = useLiveQuery(async () => (!id || id === 'new' ? null : ((await getCampaign(id)) ?? false)), [id]);
  if (!id || campaign === undefined) return null;
  if (campaign === false) return <p role="alert" className="card">{t('campaign.notFound')}</p>;
  return <CampaignForm key={campaign?.id ?? 'new'} campaign={campaign} draft={campaignDraft.value} />;
}

function CampaignForm({ campaign, draft }: { campaign: Campaign | null; draft: Partial<CampaignInput> | null }) {
  const { t, settings } = useApp();
  const idPrefix = useId();
  const [form, setForm] = useState<CampaignInput>(() => {
    if (campaign) return campaign;
    const today = todayIn(settings.timeZone, Date.now());
    return { name: '', kind: 'promotion', start: today, end: today, goalIds: [], color: '#f59e0b', notes: '', ...draft };
  });
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);

  async function run(action: () => Promise<string>) {
    try {
      setStatus(await action());
      await announcePlanChange();
    } catch (error) {
      setStatus(error instanceof ValidationError ? t('campaign.invalid', validationParams(error, t)) : String(error));
    }
  }

  const save = () =>
    run(async () => {
      if (campaign) await updateCampaign(campaign.id, form);
      else openCampaign((await createCampaign(form)).id);
      return t('campaign.saved');
    });

  return (
    <section className="card" aria-labelledby={`${idPrefix}-heading`}>
      <h2 id={`${idPrefix}-heading`}>{campaign ? t('campaign.editTitle') : t('campaign.newTitle')}</h2>
      <form onSubmit={(event) => { event.preventDefault(); void save(); }}>
        <CampaignFields form={form} onChange={(patch) => setForm((current) => ({ ...current, ...patch }))} idPrefix={idPrefix} />
        <div className="actions">
          <button type="submit" className="button button--primary">{t('campaign.save')}</button>
          {campaign && <button type="button" className="button button--quiet" onClick={() => setConfirming(true)}>{t('campaign.delete')}</button>}
          <button type="button" className="button button--quiet" onClick={() => openCampaign(null)}>{t('campaign.close')}</button>
        </div>
      </form>
      {confirming && campaign && (
        <Confirm
          message={t('campaign.confirmDelete')}
          confirmLabel={t('campaign.delete')}
          onConfirm={() => void run(async () => {
            const { unlinkedPosts } = await deleteCampaign(campaign.id);
            openCampaign(null);
            campaignNotice.value = t('campaign.deleted', { count: unlinkedPosts });
            return '';
          })}
          onCancel={() => setConfirming(false)}
        />
      )}
      <p role="status" className="status">{status}</p>
      {campaign && <CampaignPosts campaignId={campaign.id} />}
    </section>
  );
}
