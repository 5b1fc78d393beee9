/**
 * Settings → Tracked accounts: whose numbers the collectors keep (grouped by role), a form to track
 * one more, and how well each platform is being read.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { listAccounts } from '@/storage/accounts';
import { AccountForm } from './account-form';
import { AccountList } from './account-list';
import { CollectorHealth } from './collector-health';

export function AccountsSection() {
  const { t } = useApp();
  const id = useId();
  const accounts = useLiveQuery(listAccounts);
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="accounts-section">
      <h2 id={`${id}-title`}>{t('accounts.title')}</h2>
      <p className="help">{t('accounts.help')}</p>
      {accounts && <AccountList accounts={accounts} />}
      <AccountForm accounts={accounts ?? []} />
      <CollectorHealth />
    </section>
  );
}
