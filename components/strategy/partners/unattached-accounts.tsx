/**
 * Partner accounts tracked without a partner — kept when their partner was deleted, or tracked in
 * Settings with the partner role — so none is forgotten: each can be linked to a partner or no longer
 * tracked. Nothing is shown when there are none.
 */
import { useId, useState } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { attachPartnerAccount, untrackPartnerAccount } from '@/storage/partners';
import type { Account, Partner } from '@/storage/schemas';
import { describeError } from './describe-error';

export function UnattachedAccounts({ accounts, partners }: { accounts: readonly Account[]; partners: readonly Partner[] }) {
  const { t } = useApp();
  const id = useId();
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  if (accounts.length === 0) return null;
  const options = partners.map((partner) => ({ value: partner.id, label: partner.name }));

  async function run(action: () => Promise<string>) {
    try {
      setStatus(await action());
      setError('');
    } catch (failure) {
      setError(describeError(failure, t));
    }
  }

  return (
    <section className="card unattached-accounts" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('strategy.partners.unattached.title')}</h3>
      <p className="help">{t('strategy.partners.unattached.help')}</p>
      <ul className="partner-accounts__list">
        {accounts.map((account) => {
          const params = { handle: account.handle, platform: t(`platform.${account.platform}`) };
          return (
            <li key={account.id} data-platform={account.platform}>
              <span>
                {params.platform} <span className="partner-accounts__handle">@{account.handle}</span>
              </span>
              <span className="unattached-accounts__actions">
                {options.length > 0 && (
                  <select
                    value=""
                    aria-label={t('strategy.partners.unattached.linkLabel', params)}
                    onChange={(event) => {
                      const partnerId = event.target.value;
                      const partner = options.find((option) => option.value === partnerId);
                      if (!partner) return;
                      void run(async () => {
                        await attachPartnerAccount(account.id, partnerId);
                        return t('strategy.partners.unattached.linked', { ...params, partner: partner.label });
                      });
                    }}
                  >
                    <option value="">{t('strategy.partners.unattached.link')}</option>
                    {options.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                )}
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t('strategy.partners.accounts.untrackLabel', params)}
                  onClick={() => void run(async () => {
                    await untrackPartnerAccount(account.id);
                    return t('strategy.partners.accounts.untracked', params);
                  })}
                >
                  {t('strategy.partners.accounts.untrack')}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      {error && (
        <p role="alert" className="status status--error">
          {error}
        </p>
      )}
      <p role="status" className="status">
        {status}
      </p>
    </section>
  );
}
