/** The fields of a planned post; the editor owns the state, this renders it. */
import { useLiveQuery } from 'dexie-react-hooks';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { useApp } from '@/components/ui/settings-context';
import { listCampaigns } from '@/storage/campaigns';
import { PLATFORMS, POST_FORMATS, POST_STATUSES } from '@/storage/schemas';
import { listHooks, listSegments } from '@/storage/strategy';
import type { PostForm } from './post-form';

export function PostFields({ form, onChange, idPrefix }: { form: PostForm; onChange: (patch: Partial<PostForm>) => void; idPrefix: string }) {
  const { t, settings } = useApp();
  const segments = useLiveQuery(listSegments) ?? [];
  const hooks = (useLiveQuery(listHooks) ?? []).filter((hook) => !form.segmentId || hook.segmentId === form.segmentId);
  const campaigns = useLiveQuery(listCampaigns) ?? [];
  const id = (name: string) => `${idPrefix}-${name}`;

  return (
    <div className="post-fields">
      <Field id={id('title')} label={t('post.field.title')}>
        <input value={form.title} onChange={(e) => onChange({ title: e.target.value })} />
      </Field>
      <div className="field-row">
        <Field id={id('platform')} label={t('post.field.platform')}>
          <Select value={form.platform} options={PLATFORMS.map((p) => ({ value: p, label: t(`platform.${p}`) }))} onChange={(v) => onChange({ platform: v as PostForm['platform'] })} />
        </Field>
        <Field id={id('format')} label={t('post.field.format')}>
          <Select value={form.format} options={POST_FORMATS.map((f) => ({ value: f, label: t(`format.${f}`) }))} onChange={(v) => onChange({ format: v as PostForm['format'] })} />
        </Field>
      </div>
      <div className="field-row">
        <Field id={id('date')} label={t('post.field.date')}>
          <input type="date" value={form.localDate} onChange={(e) => onChange({ localDate: e.target.value })} />
        </Field>
        <Field id={id('time')} label={t('post.field.time')}>
          <input type="time" value={form.localTime} onChange={(e) => onChange({ localTime: e.target.value })} />
        </Field>
        <Field id={id('status')} label={t('post.field.status')}>
          <Select value={form.status} options={POST_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} onChange={(v) => onChange({ status: v as PostForm['status'] })} />
        </Field>
      </div>
      <p className="help">{t('post.zoneNote', { zone: settings.timeZone })}</p>
      <div className="field-row">
        <Field id={id('pillar')} label={t('post.field.pillar')}>
          <input value={form.pillar} onChange={(e) => onChange({ pillar: e.target.value })} />
        </Field>
        <Field id={id('topic')} label={t('post.field.topic')}>
          <input value={form.topic} onChange={(e) => onChange({ topic: e.target.value })} />
        </Field>
      </div>
      <div className="field-row">
        <Field id={id('segment')} label={t('post.field.segment')}>
          <Select value={form.segmentId} none={t('post.none')} options={segments.map((s) => ({ value: s.id, label: s.name }))} onChange={(v) => onChange({ segmentId: v, hookId: '' })} />
        </Field>
        <Field id={id('hook')} label={t('post.field.hook')}>
          <Select value={form.hookId} none={t('post.none')} options={hooks.map((h) => ({ value: h.id, label: h.title }))} onChange={(v) => onChange({ hookId: v })} />
        </Field>
      </div>
      <Field id={id('campaign')} label={t('post.field.campaign')}>
        <Select value={form.campaignId} none={t('post.none')} options={campaigns.map((c) => ({ value: c.id, label: c.name }))} onChange={(v) => onChange({ campaignId: v })} />
      </Field>
      <Field id={id('text')} label={t('post.field.text')}>
        <textarea rows={6} value={form.text} onChange={(e) => onChange({ text: e.target.value })} />
      </Field>
      <Field id={id('hashtags')} label={t('post.field.hashtags')}>
        <input value={form.hashtags} onChange={(e) => onChange({ hashtags: e.target.value })} />
      </Field>
      <Field id={id('notes')} label={t('post.field.notes')}>
        <textarea rows={3} value={form.notes} onChange={(e) => onChange({ notes: e.target.value })} />
      </Field>
      <Field id={id('lead')} label={t('post.field.lead', { minutes: settings.notificationLeadMinutes })}>
        <input type="number" min={0} max={10080} value={form.lead} onChange={(e) => onChange({ lead: e.target.value })} />
      </Field>
    </div>
  );
}
