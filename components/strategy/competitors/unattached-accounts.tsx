/**
 * Competitor accounts tracked without a competitor (kept when theirs was deleted, or tracked from
 * Settings): listed so they are not forgotten, each attachable to a competitor or no longer tracked.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState } from 'react';
import { Confirm } from '@/components/ui/confirm';
import { Select } from '@/components/ui/select';
import { useApp } from '@/components/ui/settings-context';
import { untrackAccount } from '@/storage/accounts';
import { attachAccount, listCompetitorAccounts, listCompetitors } from '@/storage/competitors';
import type { Account, Competitor } from '@/storage/schemas';

function UnattachedLine({ account, competitors, onDone }: { account: Account; competitors: readonly Competitor[]; onDone: (message: string) => void }) {
  const { t } = useApp();
  const id = useId();
  const [choice, setTo] = useState('');
  // The first competitor until one is chosen (and again if the chosen one is deleted).
  const to = competitors.some((c) => c.id === choice) ? choice : (competitors[0]?.id ?? '');
  const [confirming, setConfirming] = useState(false);
  const remove = useRef<HTMLButtonElement>(null);
  const params = { handle: account.handle, platform: t(`platform.${account.platform}`) };

  async function attach() {
    const competitor = competitors.find((c) => c.id === to);
    if (!competitor) return;
    try {
      await attachAccount(account.id, competitor.id);
      onDone(t('strategy.competitors.attached', { ...params, name: competitor.name }));
    } catch (failure) {
      onDone(t('accounts.failed', { detail: failure instanceof Error ? failure.message : String(failure) }));
    }
  }

  return (
    <li className="account-line unattached__line" data-platform={account.platform}>
      <span className="account-line__who">
        <span className="account-line__platform">{params.platform}</span> <span className="account-line__handle">@{account.handle}</span>
      </span>
      {competitors.length > 0 && (
        <span className="unattached__attach">
          <label htmlFor={`${id}-to`} className="sr-only">
            {t('strategy.competitors.attachTo', params)}
          </label>
          <Select id={`${id}-to`} value={to} options={competitors.map((c) => ({ value: c.id, label: c.name }))} onChange={setTo} />
          <button type="button" className="button" aria-label={t('strategy.competitors.attachLabel', params)} onClick={() => void attach()}>
            {t('strategy.competitors.attach')}
          </button>
        </span>
      )}
      <button type="button" ref={remove} className="button button--quiet" aria-label={t('accounts.removeLabel', params)} onClick={() => setConfirming(true)}>
        {t('accounts.remove')}
      </button>
      {confirming && (
        <Confirm
          message={t('accounts.confirmRemove', params)}
          confirmLabel={t('accounts.confirmButton')}
          onConfirm={() => void untrackAccount(account.id).then(() => onDone(t('accounts.removed', params)))}
          onCancel={() => {
            setConfirming(false);
            remove.current?.focus();
          }}
        />
      )}
    </li>
  );
}

export function UnattachedAccounts() {
  const { t } = useApp();
  const id = useId();
  const [status, setStatus] = useState('');
  const accounts = useLiveQuery(listCompetitorAccounts);
  const competitors = useLiveQuery(listCompetitors);
  if (!accounts || !competitors) return null;
  const loose = accounts.filter((account) => !account.competitorId || !competitors.some((c) => c.id === account.competitorId));
  if (loose.length === 0 && !status) return null;
  return (
    <section className="card unattached" aria-labelledby={`${id}-title`} data-testid="unattached-accounts">
      <h2 id={`${id}-title`}>{t('strategy.competitors.unattachedTitle')}</h2>
      {loose.length > 0 && <p className="help">{t('strategy.competitors.unattachedHelp')}</p>}
      <ul className="account-list" aria-labelledby={`${id}-title`}>
        {loose.map((account) => (
          <UnattachedLine key={account.id} account={account} competitors={competitors} onDone={setStatus} />
        ))}
      </ul>
      <p role="status" className="status">
        {status}
      </p>
    </section>
  );
}
