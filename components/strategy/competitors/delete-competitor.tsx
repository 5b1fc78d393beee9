/**
 * Deleting a competitor. One with tracked accounts asks what becomes of them — stop tracking them, or
 * keep tracking them as unattached competitor accounts — and either is one transaction; one without
 * asks a plain confirmation. What was captured stays in the history either way.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { Confirm } from '@/components/ui/confirm';
import { useApp } from '@/components/ui/settings-context';
import { accountsOfCompetitor, deleteCompetitor, type AccountChoice } from '@/storage/competitors';
import type { Competitor } from '@/storage/schemas';
import { competitorNotice, showCompetitor } from './competitor-state';

function AccountsChoice({ competitor, count, onChoose, onCancel }: { competitor: Competitor; count: number; onChoose: (choice: AccountChoice) => void; onCancel: () => void }) {
  const { t } = useApp();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  const message = t('strategy.competitors.deleteAsk', { name: competitor.name, count });
  return (
    <div role="alertdialog" aria-modal="false" aria-label={message} className="confirm">
      <p>{message}</p>
      <div className="confirm__actions">
        <button type="button" className="button button--danger" onClick={() => onChoose('untrack')}>
          {t('strategy.competitors.deleteUntrack', { count })}
        </button>
        <button type="button" className="button button--danger" onClick={() => onChoose('keep')}>
          {t('strategy.competitors.deleteKeep', { count })}
        </button>
        <button type="button" ref={cancel} className="button button--quiet" onClick={onCancel}>
          {t('dialog.cancel')}
        </button>
      </div>
    </div>
  );
}

export function DeleteCompetitor({ competitor }: { competitor: Competitor }) {
  const { t } = useApp();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const accounts = useLiveQuery(() => accountsOfCompetitor(competitor.id), [competitor.id]);
  const count = accounts?.length ?? 0;

  async function remove(choice?: AccountChoice) {
    try {
      const { untracked, kept } = await deleteCompetitor(competitor.id, choice);
      showCompetitor(null);
      competitorNotice.value = untracked
        ? t('strategy.competitors.deletedUntracked', { name: competitor.name, count: untracked })
        : kept
          ? t('strategy.competitors.deletedKept', { name: competitor.name, count: kept })
          : t('strategy.competitors.deleted', { name: competitor.name });
    } catch (failure) {
      setAsking(false);
      setError(t('strategy.competitors.deleteFailed', { detail: failure instanceof Error ? failure.message : String(failure) }));
    }
  }

  const cancel = () => {
    setAsking(false);
    button.current?.focus();
  };

  return (
    <>
      <button type="button" ref={button} className="button button--quiet" disabled={accounts === undefined} onClick={() => setAsking(true)}>
        {t('strategy.competitors.delete')}
      </button>
      {asking &&
        (count > 0 ? (
          <AccountsChoice competitor={competitor} count={count} onChoose={(choice) => void remove(choice)} onCancel={cancel} />
        ) : (
          <Confirm message={t('strategy.competitors.confirmDelete', { name: competitor.name })} confirmLabel={t('strategy.competitors.delete')} onConfirm={() => void remove()} onCancel={cancel} />
        ))}
      {error && (
        <p role="alert" className="status status--error">
          {error}
        </p>
      )}
    </>
  );
}
