/** The competitor open on the page: its form, then its accounts once it is saved. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useSignals } from '@preact/signals-react/runtime';
import { useId } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { getCompetitor } from '@/storage/competitors';
import { CompetitorAccounts } from './competitor-accounts';
import { CompetitorForm } from './competitor-form';
import { openCompetitor } from './competitor-state';

export function CompetitorEditor() {
  useSignals();
  const { t } = useApp();
  const id = useId();
  const open = openCompetitor.value;
  const competitorId = open?.id ?? null;
  const session = open?.session ?? 0;
  // row null: a new competitor; false: the id names none (deleted elsewhere). The query says which
  // opening it answers: a live query shows its previous answer until the new one comes, and a form
  // must not start from another competitor's (or a blank) row.
  const result = useLiveQuery(
    async () => ({ session, row: !competitorId || competitorId === 'new' ? null : ((await getCompetitor(competitorId)) ?? (false as const)) }),
    [competitorId, session],
  );
  if (!open || !result || result.session !== open.session) return null;
  const competitor = result.row;
  if (competitor === false) {
    return (
      <p role="alert" className="card">
        {t('strategy.competitors.notFound')}
      </p>
    );
  }
  return (
    <section className="card competitor-editor" aria-labelledby={`${id}-title`} data-testid="competitor-editor">
      <h2 id={`${id}-title`}>{competitor ? competitor.name : t('strategy.competitors.newTitle')}</h2>
      <CompetitorForm key={open.session} competitor={competitor} />
      {competitor ? <CompetitorAccounts key={`${open.session}-accounts`} competitor={competitor} platform={open.platform} /> : <p className="help">{t('strategy.competitors.accountsAfterSave')}</p>}
    </section>
  );
}
