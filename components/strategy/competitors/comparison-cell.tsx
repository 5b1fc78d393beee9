/**
 * One figure of one column of the comparison: the number, or what to do to get it. Unknown is never
 * shown as 0 (ARCHITECTURE.md, honest numbers); a total that leaves out an unread profile says so.
 */
import type { ReactNode } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { formatNumber } from '@/utils/i18n/translate';
import type { AccountFigures } from '@/utils/strategy/figures';
import type { ComparisonColumn } from './comparison-data';
import { Todo, usePlatformList } from './comparison-todo';

export const METRICS = ['followers', 'growth', 'postsPerWeek', 'medianEngagement', 'engagementRate', 'bestFormat'] as const;
export type Metric = (typeof METRICS)[number];

const lacking = (column: ComparisonColumn, test: (figures: AccountFigures) => boolean) => column.accounts.filter((a) => test(a.figures)).map((a) => a.account);

export function ComparisonCell({ column, figures, metric }: { column: ComparisonColumn; figures: AccountFigures; metric: Metric }) {
  const { t, locale } = useApp();
  const platformList = usePlatformList();
  const todo = (kind: Parameters<typeof Todo>[0]['kind'], test: (f: AccountFigures) => boolean) => {
    const accounts = lacking(column, test);
    return <Todo kind={kind} whose={column.kind} accounts={accounts.length ? accounts : column.accounts.map((a) => a.account)} />;
  };
  const decimals = (value: number, digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  const noFollowers = (f: AccountFigures) => f.followers === null;
  const noPosts = (f: AccountFigures) => f.postsPerWeek === null;
  const noCounts = (f: AccountFigures) => f.medianEngagement === null;

  /** Engagement figures: what is missing decides what to do. */
  const engagementTodo = (): ReactNode => {
    if (figures.postsPerWeek === null) return todo('posts', noPosts);
    if (figures.postsPerWeek === 0) return <span className="comparison__todo">{t('strategy.competitors.noRecentPosts')}</span>;
    return todo('latest', noCounts);
  };

  let value: ReactNode;
  let note: string | null = null;
  switch (metric) {
    case 'followers': {
      if (figures.followers === null) return todo('profile', noFollowers);
      value = formatNumber(locale, figures.followers);
      const unread = lacking(column, noFollowers);
      if (unread.length) note = t('strategy.competitors.notReadOn', { platforms: platformList(unread) });
      break;
    }
    case 'growth':
      if (figures.followers === null) return todo('profile', noFollowers);
      if (figures.growth === null) return todo('growth', (f) => f.growth === null);
      value = `${figures.growth > 0 ? '+' : ''}${formatNumber(locale, figures.growth)}`;
      if (figures.growthDays !== null && figures.growthDays < 30) note = t('strategy.competitors.growthDays', { count: figures.growthDays });
      break;
    case 'postsPerWeek':
      if (figures.postsPerWeek === null) return todo('posts', noPosts);
      value = decimals(figures.postsPerWeek, 1);
      break;
    case 'medianEngagement':
      if (figures.medianEngagement === null) return engagementTodo();
      value = decimals(figures.medianEngagement, 1);
      note = t('strategy.competitors.sample', { count: figures.sample });
      break;
    case 'engagementRate':
      if (figures.followers === null) return todo('profile', noFollowers);
      if (figures.engagementRate === null) return figures.medianEngagement === null ? engagementTodo() : todo('profile', noFollowers);
      value = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(figures.engagementRate / 100);
      break;
    case 'bestFormat':
      if (figures.bestFormat === null) return figures.medianEngagement === null ? engagementTodo() : todo('formats', () => true);
      value = figures.bestFormat === 'post' ? t('strategy.competitors.format.post') : t(`format.${figures.bestFormat}`);
      break;
  }
  return (
    <>
      <span className="comparison__value">{value}</span>
      {note && <span className="comparison__note">{note}</span>}
    </>
  );
}
