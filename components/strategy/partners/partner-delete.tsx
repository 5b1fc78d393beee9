/**
 * Deleting a partner asks what to do with what depends on it. Its collaborations cannot outlive it:
 * the choice is to delete them with it or to cancel (their linked posts stay in the plan either way).
 * Its tracked accounts can stop being tracked or stay tracked as partner accounts without a partner.
 * A partner with nothing attached gets a plain confirmation. One transaction does it all.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { Confirm } from '@/components/ui/confirm';
import { useApp } from '@/components/ui/settings-context';
import { countPartnerDependents, deletePartner } from '@/storage/partners';
import type { Partner } from '@/storage/schemas';
import { describeError } from './describe-error';
import { editingCollaboration, partnersNotice } from './partners-state';

export function PartnerDelete({ partner, onCancel }: { partner: Partner; onCancel: () => void }) {
  const { t } = useApp();
  const id = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  const dependents = useLiveQuery(() => countPartnerDependents(partner.id), [partner.id]);
  const [accounts, setAccounts] = useState<'untrack' | 'keep'>('untrack');
  const [error, setError] = useState('');
  const ready = dependents !== undefined;
  useEffect(() => cancel.current?.focus(), [ready]);

  async function onConfirm() {
    try {
      const result = await deletePartner(partner.id, { accounts });
      if (editingCollaboration.peek()?.partnerId === partner.id) editingCollaboration.value = null;
      partnersNotice.value = [
        t('strategy.partners.delete.done', { name: partner.name }),
        ...(result.collaborations ? [t('strategy.partners.delete.doneCollaborations', { count: result.collaborations })] : []),
        ...(result.untracked ? [t('strategy.partners.delete.doneUntracked', { count: result.untracked })] : []),
        ...(result.kept ? [t('strategy.partners.delete.doneKept', { count: result.kept })] : []),
      ].join(' ');
    } catch (failure) {
      setError(describeError(failure, t));
    }
  }

  if (!dependents) return null;
  if (dependents.collaborations === 0 && dependents.accounts === 0) {
    return (
      <Confirm
        message={t('strategy.partners.delete.simple', { name: partner.name })}
        confirmLabel={t('strategy.partners.delete.confirm', { name: partner.name })}
        onConfirm={() => void onConfirm()}
        onCancel={onCancel}
      />
    );
  }
  return (
    <div role="alertdialog" aria-modal="false" aria-labelledby={`${id}-title`} className="confirm partner-delete">
      <p id={`${id}-title`}>
        <strong>{t('strategy.partners.delete.title', { name: partner.name })}</strong>
      </p>
      {dependents.collaborations > 0 && <p>{t('strategy.partners.delete.collaborations', { count: dependents.collaborations })}</p>}
      {dependents.accounts > 0 && (
        <fieldset className="field">
          <legend>{t('strategy.partners.delete.accounts', { count: dependents.accounts })}</legend>
          <label className="choice">
            <input type="radio" name={`${id}-accounts`} checked={accounts === 'untrack'} onChange={() => setAccounts('untrack')} />
            {t('strategy.partners.delete.untrack')}
          </label>
          <label className="choice">
            <input type="radio" name={`${id}-accounts`} checked={accounts === 'keep'} onChange={() => setAccounts('keep')} />
            {t('strategy.partners.delete.keep')}
          </label>
        </fieldset>
      )}
      {error && (
        <p role="alert" className="status status--error">
          {error}
        </p>
      )}
      <div className="confirm__actions">
        <button type="button" className="button button--danger" onClick={() => void onConfirm()}>
          {dependents.collaborations > 0
            ? t('strategy.partners.delete.confirmWithCollaborations', { name: partner.name, count: dependents.collaborations })
            : t('strategy.partners.delete.confirm', { name: partner.name })}
        </button>
        <button type="button" ref={cancel} className="button button--quiet" onClick={onCancel}>
          {t('dialog.cancel')}
        </button>
      </div>
    </div>
  );
}
