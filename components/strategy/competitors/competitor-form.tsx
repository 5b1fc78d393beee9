/**
 * A competitor's name, website, notes and SWOT in one form with one Save; Delete (asking what becomes
 * of its tracked accounts) and Close. Bad input says which field and why, and nothing is written.
 */
import { useId, useState, type FormEvent } from 'react';
import { invalidMessage } from '@/components/strategy/concept/invalid-message';
import { SwotEditor } from '@/components/strategy/concept/swot-editor';
import { Field } from '@/components/ui/field';
import { useApp } from '@/components/ui/settings-context';
import { emptySwot } from '@/storage/brand';
import { createCompetitor, updateCompetitor, type CompetitorInput } from '@/storage/competitors';
import { LIMITS, type Competitor } from '@/storage/schemas';
import { ValidationError } from '@/storage/validation';
import { adoptCompetitor, showCompetitor } from './competitor-state';
import { DeleteCompetitor } from './delete-competitor';
import { websiteFromInput } from './website';

type FormState = Omit<CompetitorInput, 'website'> & { website: string };

function formOf(competitor: Competitor | null): FormState {
  if (!competitor) return { name: '', website: '', notes: '', swot: emptySwot() };
  return { name: competitor.name, website: competitor.website ?? '', notes: competitor.notes, swot: competitor.swot };
}

export function CompetitorForm({ competitor }: { competitor: Competitor | null }) {
  const { t } = useApp();
  const id = useId();
  const [form, setForm] = useState<FormState>(() => formOf(competitor));
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const labels = { name: t('strategy.competitors.field.name'), website: t('strategy.competitors.field.website'), notes: t('strategy.competitors.field.notes') };

  function change(patch: Partial<FormState>) {
    setForm((current) => ({ ...current, ...patch }));
    setStatus('');
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    const input: CompetitorInput = { ...form, website: websiteFromInput(form.website) };
    try {
      const saved = competitor ? await updateCompetitor(competitor.id, input) : await createCompetitor(input);
      if (!competitor) adoptCompetitor(saved.id);
      setForm(formOf(saved));
      setError('');
      setStatus(t('strategy.competitors.saved', { name: saved.name }));
    } catch (failure) {
      if (failure instanceof ValidationError && failure.field === 'website') setError(t('strategy.competitors.invalidWebsite', { input: form.website.trim() }));
      else if (failure instanceof ValidationError) setError(invalidMessage(t, failure, labels));
      else setError(t('strategy.concept.failed', { detail: String(failure) }));
    }
  }

  return (
    <form className="post-fields" noValidate onSubmit={(event) => void onSubmit(event)}>
      <Field id={`${id}-name`} label={labels.name}>
        <input type="text" value={form.name} maxLength={LIMITS.name} onChange={(event) => change({ name: event.target.value })} />
      </Field>
      <Field id={`${id}-website`} label={labels.website} help={t('strategy.competitors.field.websiteHelp')}>
        <input type="text" inputMode="url" autoComplete="off" spellCheck={false} value={form.website} onChange={(event) => change({ website: event.target.value })} />
      </Field>
      <Field id={`${id}-notes`} label={labels.notes}>
        <textarea rows={3} value={form.notes} maxLength={LIMITS.longText} onChange={(event) => change({ notes: event.target.value })} />
      </Field>
      <h3 className="concept__swot-title">{t('strategy.competitors.swotTitle')}</h3>
      <SwotEditor swot={form.swot} idPrefix={id} label={t('strategy.competitors.swotTitle')} onChange={(swot) => change({ swot })} />
      {error && (
        <p role="alert" className="status status--error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button--primary">
          {t('strategy.competitors.save')}
        </button>
        {competitor && <DeleteCompetitor competitor={competitor} />}
        <button type="button" className="button button--quiet" onClick={() => showCompetitor(null)}>
          {t('strategy.competitors.close')}
        </button>
      </div>
      <p role="status" className="status status--ok">
        {status}
      </p>
    </form>
  );
}
