/**
 * A partner's tracked accounts (role 'partner', linked to it), each with Stop tracking, and a small
 * form to track one more from an @handle or a profile address — the same parsing as Settings → Tracked
 * accounts. An account already tracked for someone else is refused with who has it.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { useApp } from '@/components/ui/settings-context';
import { trackPartnerAccount, untrackPartnerAccount } from '@/storage/partners';
import type { Account, Partner } from '@/storage/schemas';
import { handleFromInput, platformOfAddress } from '@/utils/accounts/handle-input';
import { PLATFORMS, type Platform } from '@/utils/platforms';
import { describeError } from './describe-error';


export function PartnerAccounts({ partner, accounts }: { partner: Partner; accounts: readonly Account[] }) {
  const { t } = useApp();
  const id = useId();
  const [platform, setPlatform] = useState<Platform>('instagram');
  const [input, setInput] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const platforms = useMemo(() => PLATFORMS.map((value) => ({ value, label: t(`platform.${value}`) })), [t]);

  function explainBadInput(): string {
    if (!input.trim()) return t('strategy.partners.accounts.handleMissing');
    const other = platformOfAddress(input);
    if (other && other !== platform) return t('strategy.partners.accounts.otherPlatform', { platform: t(`platform.${platform}`), other: t(`platform.${other}`) });
    return t('strategy.partners.accounts.invalidHandle', { input: input.trim(), platform: t(`platform.${platform}`) });
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    const handle = handleFromInput(platform, input);
    if (!handle) return setError(explainBadInput());
    try {
      await trackPartnerAccount(partner.id, { platform, handle });
    } catch (failure) {
      return setError(describeError(failure, t));
    }
    setError('');
    setInput('');
    setStatus(t('strategy.partners.accounts.added', { handle, platform: t(`platform.${platform}`), partner: partner.name }));
  }

  async function untrack(account: Account) {
    await untrackPartnerAccount(account.id);
    setStatus(t('strategy.partners.accounts.untracked', { handle: account.handle, platform: t(`platform.${account.platform}`) }));
  }

  return (
    <div className="partner-accounts">
      <h4 id={`${id}-title`}>{t('strategy.partners.accounts.title')}</h4>
      {accounts.length === 0 ? (
        <p className="help">{t('strategy.partners.accounts.none')}</p>
      ) : (
        <ul className="partner-accounts__list" aria-labelledby={`${id}-title`}>
          {accounts.map((account) => {
            const params = { handle: account.handle, platform: t(`platform.${account.platform}`) };
            return (
              <li key={account.id} data-platform={account.platform}>
                <span>
                  {params.platform} <span className="partner-accounts__handle">@{account.handle}</span>
                </span>
                <button type="button" className="button button--quiet" aria-label={t('strategy.partners.accounts.untrackLabel', params)} onClick={() => void untrack(account)}>
                  {t('strategy.partners.accounts.untrack')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form className="partner-accounts__form" noValidate aria-label={t('strategy.partners.accounts.formLabel', { name: partner.name })} onSubmit={(event) => void onSubmit(event)}>
        <div className="field-row">
          <Field id={`${id}-platform`} label={t('strategy.partners.accounts.platform')}>
            <Select value={platform} options={platforms} onChange={(value) => setPlatform(value as Platform)} />
          </Field>
          <Field id={`${id}-handle`} label={t('strategy.partners.accounts.handle')}>
            <input
              type="text"
              value={input}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={error ? true : undefined}
              aria-errormessage={error ? `${id}-error` : undefined}
              onChange={(event) => setInput(event.target.value)}
            />
          </Field>
        </div>
        {error && (
          <p id={`${id}-error`} role="alert" className="status status--error">
            {error}
          </p>
        )}
        <button type="submit" className="button">
          {t('strategy.partners.accounts.track')}
        </button>
      </form>
      <p role="status" className="status">
        {status}
      </p>
    </div>
  );
}
