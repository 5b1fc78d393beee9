/**
 * Tracking an account: a platform, what the manager has at hand (an @handle or the profile's address
 * copied from the browser), a role and an optional name. Input that names no account on that platform
 * gets a clear message and writes nothing; an account already tracked takes the new role.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { useApp } from '@/components/ui/settings-context';
import { trackAccount, type AccountRole } from '@/storage/accounts';
import { ACCOUNT_ROLES, LIMITS, type Account } from '@/storage/schemas';
import { handleFromInput, platformOfAddress } from '@/utils/accounts/handle-input';
import { PLATFORMS, type Platform } from '@/utils/platforms';
import { describeFailure } from '@/components/ui/describe-validation';


export function AccountForm({ accounts }: { accounts: readonly Account[] }) {
  const { t } = useApp();
  const id = useId();
  const [platform, setPlatform] = useState<Platform>('instagram');
  const [role, setRole] = useState<AccountRole>('own');
  const [input, setInput] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const platforms = useMemo(() => PLATFORMS.map((value) => ({ value, label: t(`platform.${value}`) })), [t]);
  const roles = useMemo(() => ACCOUNT_ROLES.map((value) => ({ value, label: t(`accounts.role.${value}`) })), [t]);

  function explainBadInput(): string {
    if (!input.trim()) return t('accounts.handleMissing');
    const other = platformOfAddress(input);
    if (other && other !== platform) return t('accounts.otherPlatform', { platform: t(`platform.${platform}`), other: t(`platform.${other}`) });
    return t('accounts.invalidHandle', { input: input.trim(), platform: t(`platform.${platform}`) });
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    const handle = handleFromInput(platform, input);
    if (!handle) {
      setError(explainBadInput());
      return;
    }
    setError('');
    const known = accounts.some((account) => account.platform === platform && account.handle === handle);
    try {
      await trackAccount({ platform, handle, role, ...(displayName.trim() ? { displayName } : {}) });
    } catch (failure) {
      setError(t('accounts.failed', { detail: describeFailure(failure, t) }));
      return;
    }
    setInput('');
    setDisplayName('');
    const params = { handle, platform: t(`platform.${platform}`), role: t(`accounts.role.${role}`) };
    setStatus(t(known ? 'accounts.updated' : 'accounts.added', params));
  }

  return (
    <form className="account-form" noValidate aria-labelledby={`${id}-title`} onSubmit={(event) => void onSubmit(event)}>
      <h3 id={`${id}-title`}>{t('accounts.add.title')}</h3>
      <Field id={`${id}-platform`} label={t('accounts.field.platform')}>
        <Select value={platform} options={platforms} onChange={(value) => setPlatform(value as Platform)} />
      </Field>
      <Field id={`${id}-handle`} label={t('accounts.field.handle')} help={t('accounts.field.handleHelp')}>
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
      {error && (
        <p id={`${id}-error`} role="alert" className="status status--error">
          {error}
        </p>
      )}
      <Field id={`${id}-role`} label={t('accounts.field.role')}>
        <Select value={role} options={roles} onChange={(value) => setRole(value as AccountRole)} />
      </Field>
      <Field id={`${id}-name`} label={t('accounts.field.displayName')}>
        <input type="text" value={displayName} maxLength={LIMITS.name} onChange={(event) => setDisplayName(event.target.value)} />
      </Field>
      <button type="submit" className="button button--primary">
        {t('accounts.add.submit')}
      </button>
      <p role="status" className="status">
        {status}
      </p>
    </form>
  );
}
