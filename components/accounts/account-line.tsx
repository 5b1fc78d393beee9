/** One tracked account: platform, @handle, name, and Remove after a confirmation (its history stays). */
import { useRef, useState } from 'react';
import { Confirm } from '@/components/ui/confirm';
import { useApp } from '@/components/ui/settings-context';
import { untrackAccount } from '@/storage/accounts';
import type { Account } from '@/storage/schemas';

export function AccountLine({ account, onRemoved }: { account: Account; onRemoved: (message: string) => void }) {
  const { t } = useApp();
  const [confirming, setConfirming] = useState(false);
  const remove = useRef<HTMLButtonElement>(null);
  const params = { handle: account.handle, platform: t(`platform.${account.platform}`) };

  async function onConfirm() {
    await untrackAccount(account.id);
    onRemoved(t('accounts.removed', params));
  }

  return (
    <li className="account-line" data-platform={account.platform}>
      <span className="account-line__who">
        <span className="account-line__platform">{params.platform}</span>{' '}
        <span className="account-line__handle">@{account.handle}</span>
        {account.displayName && <span className="account-line__name">{account.displayName}</span>}
      </span>
      <button type="button" ref={remove} className="button button--quiet" aria-label={t('accounts.removeLabel', params)} onClick={() => setConfirming(true)}>
        {t('accounts.remove')}
      </button>
      {confirming && (
        <Confirm
          message={t('accounts.confirmRemove', params)}
          confirmLabel={t('accounts.confirmButton')}
          onConfirm={() => void onConfirm()}
          onCancel={() => {
            setConfirming(false);
            remove.current?.focus();
          }}
        />
      )}
    </li>
  );
}
