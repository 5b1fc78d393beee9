/** The fields of a campaign; the editor owns the state. */
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { useApp } from '@/components/ui/settings-context';
import type { CampaignInput } from '@/storage/campaigns';
import { CAMPAIGN_KINDS } from '@/storage/schemas';

export function CampaignFields({ form, onChange, idPrefix }: { form: CampaignInput; onChange: (patch: Partial<CampaignInput>) => void; idPrefix: string }) {
  const { t } = useApp();
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <div className="post-fields">
      <Field id={id('name')} label={t('campaign.field.name')}>
        <input value={form.name} onChange={(e) => onChange({ name: e.target.value })} />
      </Field>
      <div className="field-row">
        <Field id={id('kind')} label={t('campaign.field.kind')}>
          <Select value={form.kind} options={CAMPAIGN_KINDS.map((k) => ({ value: k, label: t(`campaignKind.${k}`) }))} onChange={(v) => onChange({ kind: v as CampaignInput['kind'] })} />
        </Field>
        <Field id={id('color')} label={t('campaign.field.color')}>
          <input type="color" value={form.color} onChange={(e) => onChange({ color: e.target.value })} />
        </Field>
      </div>
      <div className="field-row">
        <Field id={id('start')} label={t('campaign.field.start')}>
          <input type="date" value={form.start} onChange={(e) => onChange({ start: e.target.value })} />
        </Field>
        <Field id={id('end')} label={t('campaign.field.end')}>
          <input type="date" value={form.end} onChange={(e) => onChange({ end: e.target.value })} />
        </Field>
      </div>
      <Field id={id('notes')} label={t('campaign.field.notes')}>
        <textarea rows={3} value={form.notes} onChange={(e) => onChange({ notes: e.target.value })} />
      </Field>
    </div>
  );
}
