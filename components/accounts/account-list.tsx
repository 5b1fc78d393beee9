/** The tracked accounts grouped by role (mine, competitors, partners), each with a confirmed Remove. */
import { useId, useState } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { ACCOUNT_ROLES, type Account } from '@/storage/schemas';
import { AccountLine } from './account-line';

export function AccountList({ accounts }: { accounts: readonly Account[] }) {
  const { t } = useApp();
  const id = useId();
  const [status, setStatus] = useState('');
  const groups = ACCOUNT_ROLES.map((role) => ({ role, members: accounts.filter((account) => account.role === role) })).filter(
    ({ members }) => members.length > 0,
  );
  return (
    <>
      {groups.length === 0 ? (
        <p className="help">{t('accounts.none')}</p>
      ) : (
        groups.map(({ role, members }) => (
          <div key={role} className="account-group">
            <h3 id={`${id}-${role}`}>{t(`accounts.group.${role}`)}</h3>
            <ul className="account-list" aria-labelledby={`${id}-${role}`}>
              {members.map((account) => (
                <AccountLine key={account.id} account={account} onRemoved={setStatus} />
              ))}
            </ul>
          </div>
        ))
      )}
      <p role="status" className="status account-list__status">
        {status}
      </p>
    </>
  );
}
