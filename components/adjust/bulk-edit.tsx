/**
 * Changing the strategy: one change across the upcoming plan — re-tag a pillar or topic, reassign a
 * segment, a hook or a campaign for the posts a filter selects, or move a campaign with its posts.
 * Previewed row by row, applied in one transaction, undone from History (utils/suggest/bulk-edit.ts).
 */
import { useId, useState } from 'react';
import { Select } from '@/components/ui/select';
import { useApp } from '@/components/ui/settings-context';
import { applyPlanChange, BULK_PREFIX, StalePreviewError, type ChangeLabel } from '@/storage/adjust';
import { loadBulkPosts, type AdjustData } from '@/storage/adjust-data';
import type { Campaign } from '@/storage/schemas';
import { bulkChanges, BULK_FIELDS, type BulkEdit as Edit, type BulkField, type BulkFilter } from '@/utils/suggest/bulk-edit';
import type { RowChange } from '@/utils/suggest/replan';
import { PLATFORMS, type Platform } from '@/utils/platforms';
import { addDays, compareLocalDates, toInstant, todayIn } from '@/utils/time/wall-clock';
import { ChangeList } from './change-list';
import type { Names } from './present';

const DEFAULT_DAYS = 28;
type EditKind = `set-${BulkField}` | 'move-campaign';
const EDIT_KINDS: readonly EditKind[] = [...BULK_FIELDS.map((field) => `set-${field}` as const), 'move-campaign'];

interface Form {
  platform: Platform | 'all';
  from: string;
  to: string;
  matchField: BulkField | '';
  matchValue: string;
  edit: EditKind;
  value: string;
  days: string;
}

export function BulkEdit({ data, names, campaigns }: { data: AdjustData; names: Names; campaigns: readonly Campaign[] }) {
  const { t } = useApp();
  const id = useId();
  const today = todayIn(data.timeZone, data.now);
  const [form, setForm] = useState<Form>({ platform: 'all', from: today, to: addDays(today, DEFAULT_DAYS - 1), matchField: '', matchValue: '', edit: 'set-pillar', value: '', days: '7' });
  const [preview, setPreview] = useState<{ changes: RowChange[]; label: ChangeLabel } | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const change = (patch: Partial<Form>) => {
    setForm((current) => ({ ...current, ...patch }));
    setPreview(null);
  };

  const pillars = [...new Set([...data.plan.map((post) => post.pillar), ...data.slots.map((slot) => slot.pillar)].filter((pillar) => pillar.trim() !== ''))].sort();
  const optionsFor = (field: BulkField) =>
    field === 'segmentId'
      ? [...names.segment].map(([value, label]) => ({ value, label }))
      : field === 'hookId'
        ? [...names.hook].map(([value, label]) => ({ value, label }))
        : field === 'campaignId'
          ? campaigns.map((row) => ({ value: row.id, label: row.name }))
          : null;
  // Pillars and topics are free text (a rebrand brings new ones); the known pillars are offered as you type.
  const pillarList = form.edit === 'set-pillar' || form.matchField === 'pillar' ? `${id}-pillars` : undefined;

  async function showPreview() {
    setMessage(null);
    const days = Number(form.days);
    const edit: Edit | null =
      form.edit === 'move-campaign' ? (form.value && Number.isInteger(days) && days !== 0 && Math.abs(days) <= 366 ? { kind: 'move-campaign', campaignId: form.value, days } : null) : { kind: 'set', field: form.edit.slice(4) as BulkField, to: form.value || null };
    if (!edit) return setMessage({ text: t('adjust.bulk.invalidMove'), error: true });
    if (form.edit !== 'move-campaign' && (!form.from || !form.to || compareLocalDates(form.from, form.to) > 0)) return setMessage({ text: t('adjust.bulk.invalidRange'), error: true });
    const filter: BulkFilter = { platform: form.platform, from: form.from, to: form.to, ...(form.matchField ? { match: { field: form.matchField, value: form.matchValue || null } } : {}) };
    const now = Date.now();
    const start = Math.max(now, toInstant(form.from, '00:00', data.timeZone));
    const end = toInstant(addDays(form.to, 1), '00:00', data.timeZone);
    const posts = await loadBulkPosts(start, Math.max(start, end), edit.kind === 'move-campaign' ? edit.campaignId : null);
    const changes = bulkChanges(edit, filter, { posts, campaigns, hooks: data.hooks, now });
    const campaignName = campaigns.find((row) => row.id === form.value)?.name ?? '';
    const to = form.edit === 'set-campaignId' ? campaignName : form.value;
    const params: Record<string, string | number> = edit.kind === 'move-campaign' ? { campaign: campaignName, days } : { to, count: changes.length };
    if (form.edit === 'set-segmentId') params.segment = form.value;
    if (form.edit === 'set-hookId') params.hook = form.value;
    setPreview({ changes, label: { kind: 'bulk', fingerprint: '', rule: 'bulk', title: { key: form.edit, params } } });
  }

  async function apply() {
    if (!preview) return;
    const now = Date.now();
    try {
      const decision = await applyPlanChange(`${BULK_PREFIX}${now}`, preview.label, preview.changes, now);
      setPreview(null);
      setMessage({ text: t('adjust.applied', { count: decision.changed }), error: false });
    } catch (error) {
      setPreview(null);
      setMessage({ text: error instanceof StalePreviewError ? t('adjust.stale') : t('adjust.applyFailed', { reason: error instanceof Error ? error.message : String(error) }), error: true });
    }
  }

  const valueOptions = form.edit === 'move-campaign' ? campaigns.map((row) => ({ value: row.id, label: row.name })) : optionsFor(form.edit.slice(4) as BulkField);
  const matchOptions = form.matchField ? optionsFor(form.matchField) : null;
  return (
    <section className="card adjust-bulk" aria-labelledby={`${id}-title`} data-testid="adjust-bulk">
      <h2 id={`${id}-title`}>{t('adjust.bulk.title')}</h2>
      <p className="help">{t('adjust.bulk.help')}</p>
      <div className="adjust-bulk__grid">
        <div className="field">
          <label htmlFor={`${id}-edit`}>{t('adjust.bulk.change')}</label>
          <Select id={`${id}-edit`} value={form.edit} options={EDIT_KINDS.map((value) => ({ value, label: t(`adjust.bulk.kind.${value}`) }))} onChange={(value) => change({ edit: value as EditKind, value: '' })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-value`}>{form.edit === 'move-campaign' ? t('adjust.bulk.campaign') : t('adjust.bulk.to')}</label>
          {valueOptions ? (
            <Select id={`${id}-value`} value={form.value} none={form.edit === 'move-campaign' ? t('adjust.bulk.choose') : t('adjust.bulk.clear')} options={valueOptions} onChange={(value) => change({ value })} />
          ) : (
            <input id={`${id}-value`} type="text" maxLength={200} list={form.edit === 'set-pillar' ? pillarList : undefined} value={form.value} onChange={(event) => change({ value: event.target.value })} />
          )}
        </div>
        {form.edit === 'move-campaign' ? (
          <div className="field">
            <label htmlFor={`${id}-days`}>{t('adjust.bulk.days')}</label>
            <input id={`${id}-days`} type="number" step={1} min={-366} max={366} value={form.days} onChange={(event) => change({ days: event.target.value })} />
          </div>
        ) : (
          <>
            <div className="field">
              <label htmlFor={`${id}-platform`}>{t('adjust.bulk.platform')}</label>
              <Select id={`${id}-platform`} value={form.platform} options={[{ value: 'all', label: t('adjust.bulk.allPlatforms') }, ...PLATFORMS.map((p) => ({ value: p, label: t(`platform.${p}`) }))]} onChange={(value) => change({ platform: value as Platform | 'all' })} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-from`}>{t('adjust.bulk.from')}</label>
              <input id={`${id}-from`} type="date" value={form.from} onChange={(event) => change({ from: event.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-to`}>{t('adjust.bulk.until')}</label>
              <input id={`${id}-to`} type="date" value={form.to} onChange={(event) => change({ to: event.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-match`}>{t('adjust.bulk.only')}</label>
              <Select id={`${id}-match`} value={form.matchField} none={t('adjust.bulk.anyPost')} options={BULK_FIELDS.map((value) => ({ value, label: t(`adjust.change.field.${value}`) }))} onChange={(value) => change({ matchField: value as BulkField | '', matchValue: '' })} />
            </div>
            {form.matchField && (
              <div className="field">
                <label htmlFor={`${id}-match-value`}>{t('adjust.bulk.is')}</label>
                {matchOptions ? (
                  <Select id={`${id}-match-value`} value={form.matchValue} none={t('adjust.bulk.empty')} options={matchOptions} onChange={(matchValue) => change({ matchValue })} />
                ) : (
                  <input id={`${id}-match-value`} type="text" maxLength={200} list={form.matchField === 'pillar' ? pillarList : undefined} value={form.matchValue} onChange={(event) => change({ matchValue: event.target.value })} />
                )}
              </div>
            )}
          </>
        )}
      </div>
      {pillarList && (
        <datalist id={pillarList}>
          {pillars.map((pillar) => (
            <option key={pillar} value={pillar} />
          ))}
        </datalist>
      )}
      <div className="toolbar">
        <button type="button" className="button" onClick={() => void showPreview()}>
          {t('adjust.preview.show')}
        </button>
        {preview && preview.changes.length > 0 && (
          <button type="button" className="button button--primary" onClick={() => void apply()}>
            {t('adjust.apply', { count: preview.changes.length })}
          </button>
        )}
      </div>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={`status ${message.error ? 'status--error' : 'status--ok'}`}>
          {message.text}
        </p>
      )}
      {preview && (preview.changes.length ? <ChangeList changes={preview.changes} names={names} campaigns={new Map(campaigns.map((row) => [row.id, row.name]))} /> : <p className="help">{t('adjust.bulk.nothing')}</p>)}
    </section>
  );
}
