/** The fields of a planned post; the editor owns the state, this renders it. */
import { useLiveQuery } from 'dexie-react-hooks';
import { Field } from '@/components/ui/field';
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
          <select value={form.platform} onChange={(e) => onChange({ platform: e.target.value as PostForm['platform'] })}>
            {PLATFORMS.map((platform) => (
              <option key={platform} value={platform}>{t(`platform.${platform}`)}</option>
            ))}
          </select>
        </Field>
        <Field id={id('format')} label={t('post.field.format')}>
          <select value={form.format} onChange={(e) => onChange({ format: e.target.value as PostForm['format'] })}>
            {POST_FORMATS.map((format) => (
              <option key={format} value={format}>{t(`format.${format}`)}</option>
            ))}
          </select>
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
          <select value={form.status} onChange={(e) => onChange({ status: e.target.value as PostForm['status'] })}>
            {POST_STATUSES.map((status) => (
              <option key={status} value={status}>{t(`status.${status}`)}</option>
            ))}
          </select>
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
          <select value={form.segmentId} onChange={(e) => onChange({ segmentId: e.target.value, hookId: '' })}>
            <option value="">{t('post.none')}</option>
            {segments.map((segment) => (
              <option key={segment.id} value={segment.id}>{segment.name}</option>
            ))}
          </select>
        </Field>
        <Field id={id('hook')} label={t('post.field.hook')}>
          <select value={form.hookId} onChange={(e) => onChange({ hookId: e.target.value })}>
            <option value="">{t('post.none')}</option>
            {hooks.map((hook) => (
              <option key={hook.id} value={hook.id}>{hook.title}</option>
            ))}
          </select>
        </Field>
      </div>
      <Field id={id('campaign')} label={t('post.field.campaign')}>
        <select value={form.campaignId} onChange={(e) => onChange({ campaignId: e.target.value })}>
          <option value="">{t('post.none')}</option>
          {campaigns.map((campaign) => (
            <option key={campaign.id} value={campaign.id}>{campaign.name}</option>
          ))}
        </select>
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
