/**
 * Adding or editing a partner: name, contact, audience overlap (a percentage as the manager judges it,
 * empty while unknown) and notes. Bad input gets a message naming the field and writes nothing.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Field } from '@/components/ui/field';
import { useApp } from '@/components/ui/settings-context';
import { savePartner, type PartnerInput } from '@/storage/partners';
import { LIMITS, type Partner } from '@/storage/schemas';
import { describeError } from './describe-error';
import { editingPartner, partnersNotice } from './partners-state';

/** The overlap field's text as a percentage: '' is "not judged yet" (null), anything else must be 0–100. */
export function parseOverlap(text: string): number | null | 'invalid' {
  const trimmed = text.trim().replace(',', '.').replace(/\s*%$/, '');
  if (!trimmed) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value : 'invalid';
}

export function PartnerForm({ partner }: { partner: Partner | null }) {
  const { t } = useApp();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [name, setName] = useState(partner?.name ?? '');
  const [contact, setContact] = useState(partner?.contact ?? '');
  const [overlap, setOverlap] = useState(partner?.audienceOverlap === null || !partner ? '' : String(partner.audienceOverlap));
  const [notes, setNotes] = useState(partner?.notes ?? '');
  const [error, setError] = useState('');
  useEffect(() => heading.current?.focus(), []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const audienceOverlap = parseOverlap(overlap);
    if (!name.trim()) return setError(t('strategy.partners.nameMissing'));
    if (audienceOverlap === 'invalid') return setError(t('strategy.partners.overlapInvalid'));
    const input: PartnerInput = { name: name.trim(), contact: contact.trim(), notes, audienceOverlap };
    try {
      const saved = await savePartner(partner?.id ?? null, input);
      partnersNotice.value = t('strategy.partners.saved', { name: saved.name });
      editingPartner.value = null;
    } catch (failure) {
      setError(describeError(failure, t));
    }
  }

  return (
    <form className="partner-form" noValidate aria-labelledby={`${id}-title`} onSubmit={(event) => void onSubmit(event)}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {partner ? t('strategy.partners.form.editTitle', { name: partner.name }) : t('strategy.partners.form.newTitle')}
      </h3>
      <Field id={`${id}-name`} label={t('strategy.partners.field.name')}>
        <input type="text" value={name} maxLength={LIMITS.name} autoComplete="off" onChange={(event) => setName(event.target.value)} />
      </Field>
      <Field id={`${id}-contact`} label={t('strategy.partners.field.contact')} help={t('strategy.partners.field.contactHelp')}>
        <input type="text" value={contact} maxLength={LIMITS.shortText} autoComplete="off" onChange={(event) => setContact(event.target.value)} />
      </Field>
      <Field id={`${id}-overlap`} label={t('strategy.partners.field.overlap')} help={t('strategy.partners.field.overlapHelp')}>
        <input type="number" inputMode="decimal" min={0} max={100} step={1} value={overlap} onChange={(event) => setOverlap(event.target.value)} />
      </Field>
      <Field id={`${id}-notes`} label={t('strategy.partners.field.notes')}>
        <textarea rows={3} value={notes} maxLength={LIMITS.longText} onChange={(event) => setNotes(event.target.value)} />
      </Field>
      {error && (
        <p role="alert" className="status status--error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button--primary">
          {t('strategy.partners.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => (editingPartner.value = null)}>
          {t('strategy.partners.cancel')}
        </button>
      </div>
    </form>
  );
}
