/** The fields of a collaboration (kind, title, dates, notes); the form owns the state. */
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { useApp } from '@/components/ui/settings-context';
import type { CollaborationInput } from '@/storage/partners';
import { COLLABORATION_KINDS, LIMITS } from '@/storage/schemas';

export function CollaborationFields({ form, onChange, idPrefix }: { form: CollaborationInput; onChange: (patch: Partial<CollaborationInput>) => void; idPrefix: string }) {
  const { t } = useApp();
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <div className="post-fields">
      <Field id={id('title')} label={t('strategy.partners.field.title')}>
        <input type="text" value={form.title} maxLength={LIMITS.name} autoComplete="off" onChange={(event) => onChange({ title: event.target.value })} />
      </Field>
      <Field id={id('kind')} label={t('strategy.partners.field.kind')}>
        <Select
          value={form.kind}
          options={COLLABORATION_KINDS.map((kind) => ({ value: kind, label: t(`strategy.partners.kind.${kind}`) }))}
          onChange={(value) => onChange({ kind: value as CollaborationInput['kind'] })}
        />
      </Field>
      <div className="field-row">
        <Field id={id('start')} label={t('strategy.partners.field.start')} help={t('strategy.partners.field.startHelp')}>
          <input type="date" value={form.start ?? ''} onChange={(event) => onChange({ start: event.target.value || null })} />
        </Field>
        <Field id={id('end')} label={t('strategy.partners.field.end')}>
          <input type="date" value={form.end ?? ''} min={form.start ?? undefined} onChange={(event) => onChange({ end: event.target.value || null })} />
        </Field>
      </div>
      <Field id={id('notes')} label={t('strategy.partners.field.collaborationNotes')}>
        <textarea rows={3} value={form.notes} maxLength={LIMITS.longText} onChange={(event) => onChange({ notes: event.target.value })} />
      </Field>
    </div>
  );
}
