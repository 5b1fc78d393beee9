/** Create or edit a hook: the offer or trigger a segment responds to, its kind and its call to action. */
import { useId, useState } from 'react';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { useApp } from '@/components/ui/settings-context';
import { HOOK_KINDS, type Hook, type Segment } from '@/storage/schemas';
import { createHook, updateHook, type HookInput } from '@/storage/strategy';
import { problemOf } from './errors';

export function HookForm({ hook, segmentId, segments, onDone }: { hook: Hook | null; segmentId: string; segments: readonly Segment[]; onDone: (notice: string) => void }) {
  const { t } = useApp();
  const idPrefix = useId();
  const id = (name: string) => `${idPrefix}-${name}`;
  const [form, setForm] = useState<HookInput>(() =>
    hook
      ? { segmentId: hook.segmentId, title: hook.title, offer: hook.offer, kind: hook.kind, callToAction: hook.callToAction, active: hook.active }
      : { segmentId, title: '', offer: '', kind: 'discount', callToAction: '', active: true },
  );
  const [problem, setProblem] = useState('');
  const change = (patch: Partial<HookInput>) => setForm((current) => ({ ...current, ...patch }));

  async function save() {
    try {
      if (!hook) {
        await createHook(form);
        onDone(t('strategy.audience.hook.saved'));
        return;
      }
      const { movedPosts } = await updateHook(hook.id, form);
      onDone(movedPosts ? t('strategy.audience.hook.savedMoved', { count: movedPosts }) : t('strategy.audience.hook.saved'));
    } catch (error) {
      setProblem(problemOf(t, error));
    }
  }

  return (
    <div className="audience-form" role="group" aria-labelledby={id('heading')}>
      <h4 id={id('heading')}>{hook ? t('strategy.audience.hook.editTitle') : t('strategy.audience.hook.newTitle')}</h4>
      <form
        className="post-fields"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Field id={id('title')} label={t('strategy.audience.field.hookTitle')}>
          <input autoFocus value={form.title} onChange={(e) => change({ title: e.target.value })} />
        </Field>
        <Field id={id('offer')} label={t('strategy.audience.field.offer')}>
          <textarea rows={3} value={form.offer} onChange={(e) => change({ offer: e.target.value })} />
        </Field>
        <Field id={id('kind')} label={t('strategy.audience.field.kind')}>
          <Select value={form.kind} options={HOOK_KINDS.map((kind) => ({ value: kind, label: t(`strategy.audience.kind.${kind}`) }))} onChange={(v) => change({ kind: v as Hook['kind'] })} />
        </Field>
        <Field id={id('cta')} label={t('strategy.audience.field.callToAction')}>
          <input value={form.callToAction} onChange={(e) => change({ callToAction: e.target.value })} />
        </Field>
        {hook && (
          <Field id={id('segment')} label={t('strategy.audience.field.segment')} help={t('strategy.audience.hook.moveNote')}>
            <Select value={form.segmentId} options={segments.map((s) => ({ value: s.id, label: s.name }))} onChange={(v) => change({ segmentId: v })} />
          </Field>
        )}
        <label className="choice">
          <input type="checkbox" checked={form.active} onChange={(e) => change({ active: e.target.checked })} />
          {t('strategy.audience.field.active')}
        </label>
        <div className="actions">
          <button type="submit" className="button button--primary">{t('strategy.audience.hook.save')}</button>
          <button type="button" className="button button--quiet" onClick={() => onDone('')}>{t('strategy.audience.cancel')}</button>
        </div>
      </form>
      <p role="alert" className="status status--error">{problem}</p>
    </div>
  );
}
