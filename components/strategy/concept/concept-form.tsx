/**
 * The concept's fields and the brand's SWOT in one form with one Save. Saving validates everything
 * first: bad input says which field and why, and nothing is written; a good save says "Saved.".
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { Field } from '@/components/ui/field';
import { useApp } from '@/components/ui/settings-context';
import { DEFAULT_BRAND_COLOR, emptyBrand, saveBrand, type BrandInput } from '@/storage/brand';
import { LIMITS, type Brand } from '@/storage/schemas';
import { ValidationError } from '@/storage/validation';
import { invalidMessage } from './invalid-message';
import { SwotEditor } from './swot-editor';

const TEXT_FIELDS = ['idea', 'mission', 'usp', 'toneOfVoice'] as const;

function formOf(brand: Brand | null): BrandInput {
  if (!brand) return emptyBrand();
  const { name, idea, mission, usp, toneOfVoice, swot, color } = brand;
  return { name, idea, mission, usp, toneOfVoice, swot, color: color ?? DEFAULT_BRAND_COLOR };
}

export function ConceptForm({ brand }: { brand: Brand | null }) {
  const { t } = useApp();
  const id = useId();
  const [form, setForm] = useState<BrandInput>(() => formOf(brand));
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const saving = useRef(false);
  const labels = { name: t('strategy.concept.field.name'), ...Object.fromEntries(TEXT_FIELDS.map((field) => [field, t(`strategy.concept.field.${field}`)])) };
  // The concept the form stands on. When the row's concept changes — a backup import, another panel,
  // this form's own save (tidied) — the form shows it; a change of other fields (the Networks page's
  // platforms) leaves what the manager is typing alone.
  const rowConcept = brand ? JSON.stringify(formOf(brand)) : null;
  const [basedOn, setBasedOn] = useState(rowConcept);
  if (rowConcept !== basedOn) {
    setBasedOn(rowConcept);
    setForm(formOf(brand));
  }

  function change(patch: Partial<BrandInput>) {
    setForm((current) => ({ ...current, ...patch }));
    setStatus('');
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (saving.current) return;
    saving.current = true;
    setStatus('');
    try {
      // The saved row is tidied (blank SWOT items dropped): the form shows what was kept.
      setForm(formOf(await saveBrand(form)));
      setError('');
      setStatus(t('strategy.concept.saved'));
    } catch (failure) {
      setError(failure instanceof ValidationError ? invalidMessage(t, failure, labels) : t('strategy.concept.failed', { detail: String(failure) }));
    } finally {
      saving.current = false;
    }
  }

  return (
    <section className="card concept" aria-labelledby={`${id}-title`} data-testid="strategy-concept">
      <h2 id={`${id}-title`}>{t('strategy.concept.title')}</h2>
      <p className="help">{brand ? t('strategy.concept.help') : t('strategy.concept.empty')}</p>
      <form className="post-fields" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Field id={`${id}-name`} label={labels.name}>
          <input type="text" value={form.name} maxLength={LIMITS.name} autoComplete="organization" onChange={(event) => change({ name: event.target.value })} />
        </Field>
        {TEXT_FIELDS.map((field) => (
          <Field key={field} id={`${id}-${field}`} label={t(`strategy.concept.field.${field}`)} help={t(`strategy.concept.help.${field}`)}>
            <textarea rows={field === 'idea' ? 3 : 2} value={form[field]} maxLength={LIMITS.longText} onChange={(event) => change({ [field]: event.target.value })} />
          </Field>
        ))}
        <Field id={`${id}-color`} label={t('strategy.concept.field.color')} help={t('strategy.concept.help.color')}>
          <input type="color" value={form.color ?? DEFAULT_BRAND_COLOR} onChange={(event) => change({ color: event.target.value })} />
        </Field>
        <h3 className="concept__swot-title">{t('strategy.concept.swotTitle')}</h3>
        <p className="help">{t('strategy.concept.swotHelp')}</p>
        <SwotEditor swot={form.swot} idPrefix={id} label={t('strategy.concept.swotTitle')} onChange={(swot) => change({ swot })} />
        {error && (
          <p role="alert" className="status status--error">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button button--primary">
            {t('strategy.concept.save')}
          </button>
        </div>
        <p role="status" className="status status--ok">
          {status}
        </p>
      </form>
    </section>
  );
}
