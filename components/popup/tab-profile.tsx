/**
 * The profile read on the tab ("Instagram · @kahawabora · 4,210 followers") and how it is tracked: three
 * one-click buttons while it is not, its role with a way to change it once it is.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { findAccount, type AccountRole } from '@/storage/accounts';
import { formatNumber, type MessageKey } from '@/utils/i18n/translate';
import type { ProfileObservation } from '@/utils/messaging';
import type { TabCapture } from '@/utils/tab-capture';
import { trackFromTab } from './track-from-tab';

const ROLES: readonly { role: AccountRole; track: MessageKey; tracked: MessageKey }[] = [
  { role: 'own', track: 'popup.tab.track.own', tracked: 'popup.tab.tracked.own' },
  { role: 'competitor', track: 'popup.tab.track.competitor', tracked: 'popup.tab.tracked.competitor' },
  { role: 'partner', track: 'popup.tab.track.partner', tracked: 'popup.tab.tracked.partner' },
];

/** Exact counts in full; an abbreviated one ("12.5K" on the page) stays abbreviated. */
function formatCount(locale: string, value: number, step: number | undefined): string {
  return step === undefined ? formatNumber(locale, value) : new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

export function TabProfile({ tabId, record, profile }: { tabId: number; record: TabCapture; profile: ProfileObservation }) {
  const { t, locale } = useApp();
  // null: known not to be tracked; undefined: still looking.
  const account = useLiveQuery(async () => (await findAccount(record.platform, profile.handle)) ?? null, [record.platform, profile.handle]);
  const [changing, setChanging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);

  async function track(role: AccountRole) {
    setBusy(true);
    try {
      const posts = await trackFromTab(tabId, record, role);
      setNote({ ok: true, text: posts > 0 ? t('popup.tab.saved', { count: posts }) : t('popup.tab.savedProfile') });
      setChanging(false);
    } catch (error) {
      setNote({ ok: false, text: t('popup.tab.trackFailed', { detail: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  }

  const details = [t(`platform.${record.platform}`), `@${profile.handle}`];
  if (profile.followers !== null) {
    details.push(t('popup.tab.followers', { count: profile.followers, shown: formatCount(locale, profile.followers, profile.precision.followers) }));
  }
  const role = account ? ROLES.find((entry) => entry.role === account.role) : undefined;
  return (
    <div className="tab-profile" data-testid="this-tab-profile">
      {profile.name && <p className="tab-profile__name">{profile.name}</p>}
      <p className="tab-profile__meta">{details.join(' · ')}</p>
      {account === undefined ? null : role && !changing ? (
        <div className="tab-profile__tracked">
          <span className="status status--ok">{t(role.tracked)}</span>
          <button type="button" className="button button--quiet" onClick={() => setChanging(true)}>
            {t('popup.tab.change')}
          </button>
        </div>
      ) : (
        <div className="tab-profile__actions" role="group" aria-label={t('popup.tab.trackLabel', { handle: profile.handle })}>
          {ROLES.map((entry) => (
            <button
              key={entry.role}
              type="button"
              className="button"
              aria-pressed={role ? entry.role === role.role : undefined}
              disabled={busy}
              onClick={() => void track(entry.role)}
            >
              {t(entry.track)}
            </button>
          ))}
        </div>
      )}
      {note && (
        <p role="status" className={note.ok ? 'status status--ok' : 'status status--error'}>
          {note.text}
        </p>
      )}
    </div>
  );
}
