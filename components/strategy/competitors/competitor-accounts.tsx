/**
 * A competitor's accounts on each platform: tracked accounts (role 'competitor', linked to it), so the
 * collectors keep their numbers. Added from an @handle or a profile address (the parsing of the
 * Tracked accounts form); removed after a confirmation, their captured history kept.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { AccountLine } from '@/components/accounts/account-line';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { useApp } from '@/components/ui/settings-context';
import { AccountTakenError, accountsOfCompetitor, getCompetitor, trackCompetitorAccount } from '@/storage/competitors';
import type { Competitor } from '@/storage/schemas';
import { handleFromInput, platformOfAddress } from '@/utils/accounts/handle-input';
import { PLATFORMS, type Platform } from '@/utils/platforms';
import { describeFailure } from '@/components/ui/describe-validation';


export function CompetitorAccounts({ competitor, platform: initialPlatform }: { competitor: Competitor; platform?: Platform }) {
  const { t } = useApp();
  const id = useId();
  const accounts = useLiveQuery(() => accountsOfCompetitor(competitor.id), [competitor.id]);
  const [platform, setPlatform] = useState<Platform>(initialPlatform ?? 'instagram');
  const [input, setInput] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const platformName = t(`platform.${platform}`);

  async function explainTaken(failure: AccountTakenError): Promise<string> {
    const params = { handle: failure.account.handle, platform: t(`platform.${failure.account.platform}`) };
    if (failure.account.role === 'own') return t('strategy.competitors.takenOwn', params);
    if (failure.account.role === 'partner') return t('strategy.competitors.takenPartner', params);
    const owner = failure.account.competitorId ? await getCompetitor(failure.account.competitorId) : undefined;
    return t('strategy.competitors.takenOther', { ...params, name: owner?.name ?? failure.account.competitorId ?? '' });
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    const handle = handleFromInput(platform, input);
    if (!handle) {
      const other = platformOfAddress(input);
      setError(
        !input.trim()
          ? t('accounts.handleMissing')
          : other && other !== platform
            ? t('accounts.otherPlatform', { platform: platformName, other: t(`platform.${other}`) })
            : t('accounts.invalidHandle', { input: input.trim(), platform: platformName }),
      );
      return;
    }
    try {
      await trackCompetitorAccount(competitor.id, { platform, handle });
    } catch (failure) {
      if (failure instanceof AccountTakenError) setError(await explainTaken(failure));
      else setError(t('accounts.failed', { detail: describeFailure(failure, t) }));
      return;
    }
    setError('');
    setInput('');
    setStatus(t('strategy.competitors.accountAdded', { handle, platform: platformName, name: competitor.name }));
  }

  return (
    <div className="competitor-accounts">
      <h3 id={`${id}-title`}>{t('strategy.competitors.accountsTitle')}</h3>
      {accounts && accounts.length === 0 && <p className="help">{t('strategy.competitors.accountsNone')}</p>}
      {accounts && accounts.length > 0 && (
        <ul className="account-list" aria-labelledby={`${id}-title`}>
          {accounts.map((account) => (
            <AccountLine key={account.id} account={account} onRemoved={setStatus} />
          ))}
        </ul>
      )}
      <form className="competitor-accounts__add" noValidate aria-label={t('strategy.competitors.accountAdd')} onSubmit={(event) => void onSubmit(event)}>
        <Field id={`${id}-platform`} label={t('accounts.field.platform')}>
          <Select value={platform} options={PLATFORMS.map((value) => ({ value, label: t(`platform.${value}`) }))} onChange={(value) => setPlatform(value as Platform)} />
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
        <button type="submit" className="button">
          {t('strategy.competitors.accountAdd')}
        </button>
      </form>
      <p role="status" className="status competitor-accounts__status">
        {status}
      </p>
    </div>
  );
}
