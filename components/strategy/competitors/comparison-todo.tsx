/**
 * What an empty cell of the comparison says instead of a number: what to do so the figure appears
 * ("Open their profile on Instagram"), as a link to that profile when one account is concerned.
 */
import { useApp } from '@/components/ui/settings-context';
import type { Account } from '@/storage/schemas';
import { profileAddress } from './profile-address';

export type TodoKind = 'profile' | 'growth' | 'posts' | 'latest' | 'formats';

/** "Instagram, X and TikTok" in the UI language. */
export function usePlatformList(): (accounts: readonly Account[]) => string {
  const { t, locale } = useApp();
  return (accounts) => {
    const names = [...new Set(accounts.map((account) => account.platform))].map((platform) => t(`platform.${platform}`));
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
  };
}

export function Todo({ kind, whose, accounts }: { kind: TodoKind; whose: 'you' | 'competitor'; accounts: readonly Account[] }) {
  const { t } = useApp();
  const platformList = usePlatformList();
  const text = t(`strategy.competitors.todo.${kind}.${whose === 'you' ? 'yours' : 'theirs'}`, { platforms: platformList(accounts) });
  const only = accounts.length === 1 ? accounts[0] : undefined;
  return (
    <span className="comparison__todo">
      {only ? (
        <a href={profileAddress(only)} target="_blank" rel="noreferrer">
          {text}
        </a>
      ) : (
        text
      )}
    </span>
  );
}
