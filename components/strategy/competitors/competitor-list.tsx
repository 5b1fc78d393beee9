/** Every competitor with the platforms it is tracked on; activating one opens it, a button adds one. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useSignals } from '@preact/signals-react/runtime';
import { useId } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { listCompetitorAccounts, listCompetitors } from '@/storage/competitors';
import { competitorNotice, showCompetitor } from './competitor-state';
import { usePlatformList } from './comparison-todo';

export function CompetitorList() {
  useSignals();
  const { t } = useApp();
  const id = useId();
  const platformList = usePlatformList();
  const competitors = useLiveQuery(listCompetitors);
  const accounts = useLiveQuery(listCompetitorAccounts);
  if (!competitors || !accounts) return null;
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="competitor-list">
      <div className="card__head">
        <h2 id={`${id}-title`}>{t('strategy.competitors.title')}</h2>
        <button type="button" className="button" onClick={() => showCompetitor('new')}>
          {t('strategy.competitors.new')}
        </button>
      </div>
      <p role="status" className="status competitor-list__status">
        {competitorNotice.value}
      </p>
      {competitors.length === 0 && <p className="help">{t('strategy.competitors.empty')}</p>}
      <ul className="post-list">
        {competitors.map((competitor) => {
          const theirs = accounts.filter((account) => account.competitorId === competitor.id);
          return (
            <li key={competitor.id}>
              <button type="button" className="post-line competitor-line" onClick={() => showCompetitor(competitor.id)}>
                <span className="post-line__title">{competitor.name}</span>
                <span className="post-line__meta">{theirs.length ? platformList(theirs) : t('strategy.competitors.noAccounts')}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
