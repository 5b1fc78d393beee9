/** Time, platform, format and pillar of a slot: shared by the add form and the edit form. */
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { useApp } from '@/components/ui/settings-context';
import { PLATFORMS, POST_FORMATS, type Slot } from '@/storage/schemas';

export type SlotFieldValues = Pick<Slot, 'localTime' | 'platform' | 'format' | 'pillar'>;

export function SlotFields({ values, onChange, idPrefix, pillars }: { values: SlotFieldValues; onChange: (patch: Partial<SlotFieldValues>) => void; idPrefix: string; pillars: readonly string[] }) {
  const { t } = useApp();
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <>
      <div className="field-row">
        <Field id={id('time')} label={t('post.field.time')}>
          <input type="time" required value={values.localTime} onChange={(e) => onChange({ localTime: e.target.value })} />
        </Field>
        <Field id={id('platform')} label={t('post.field.platform')}>
          <Select value={values.platform} options={PLATFORMS.map((p) => ({ value: p, label: t(`platform.${p}`) }))} onChange={(v) => onChange({ platform: v as Slot['platform'] })} />
        </Field>
        <Field id={id('format')} label={t('post.field.format')}>
          <Select value={values.format} options={POST_FORMATS.map((f) => ({ value: f, label: t(`format.${f}`) }))} onChange={(v) => onChange({ format: v as Slot['format'] })} />
        </Field>
      </div>
      <Field id={id('pillar')} label={t('post.field.pillar')} help={t('slots.pillarHelp')}>
        <input list={id('pillars')} maxLength={200} value={values.pillar} onChange={(e) => onChange({ pillar: e.target.value })} />
      </Field>
      {/* Pillars already in use, offered as suggestions so one pillar is not spelt three ways. */}
      <datalist id={id('pillars')}>
        {pillars.map((pillar) => (
          <option key={pillar} value={pillar} />
        ))}
      </datalist>
    </>
  );
}
