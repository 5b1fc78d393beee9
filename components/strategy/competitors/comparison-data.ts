/**
 * What the comparison table stands on: one column for the brand's own accounts ("You", first) and one
 * per competitor, each with its tracked accounts on the chosen platform (or all), their figures taken
 * together, and each account's own figures (to say which profile still needs a visit).
 */
import { listAccounts } from '@/storage/accounts';
import { figuresByAccount, figuresOfAll } from '@/storage/account-figures';
import { listCompetitors } from '@/storage/competitors';
import type { Account, Platform } from '@/storage/schemas';
import type { AccountFigures } from '@/utils/strategy/figures';

export type PlatformFilter = Platform | 'all';

export interface AccountWithFigures {
  account: Account;
  figures: AccountFigures;
}

export interface ComparisonColumn {
  /** 'you', or the competitor's id. */
  key: string;
  kind: 'you' | 'competitor';
  name: string;
  accounts: AccountWithFigures[];
  /** The accounts' figures taken together; null when no account is tracked here. */
  figures: AccountFigures | null;
}

/** The columns of the comparison, with the platform and instant they were computed for. */
export interface Comparison {
  platform: PlatformFilter;
  now: number;
  columns: ComparisonColumn[];
}

export async function loadComparison(platform: PlatformFilter, now: number): Promise<Comparison> {
  const [competitors, all] = await Promise.all([listCompetitors(), listAccounts()]);
  const shown = all.filter((account) => platform === 'all' || account.platform === platform);
  const perAccount = await figuresByAccount(shown, now);
  const withFigures = (accounts: Account[]): AccountWithFigures[] =>
    accounts.map((account) => ({ account, figures: perAccount.get(`${account.platform}:${account.handle}`) as AccountFigures }));
  const columns: Omit<ComparisonColumn, 'figures'>[] = [
    { key: 'you', kind: 'you', name: '', accounts: withFigures(shown.filter((account) => account.role === 'own')) },
    ...competitors.map((competitor) => ({
      key: competitor.id,
      kind: 'competitor' as const,
      name: competitor.name,
      accounts: withFigures(shown.filter((account) => account.role === 'competitor' && account.competitorId === competitor.id)),
    })),
  ];
  const withTotals = await Promise.all(
    columns.map(async (column) => ({
      ...column,
      // One account's figures are its own; several (all platforms) are combined (utils/strategy/figures.ts).
      figures: column.accounts.length === 0 ? null : column.accounts.length === 1 ? (column.accounts[0] as AccountWithFigures).figures : await figuresOfAll(column.accounts.map((a) => a.account), now),
    })),
  );
  return { platform, now, columns: withTotals };
}
