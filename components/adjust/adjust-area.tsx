/**
 * The Adjust area (step 9, and the re-planning of step 10): suggestions from the rules with their
 * evidence, each a re-plan to preview, apply and undo, or to dismiss with a reason; the tools for a
 * change of strategy (bulk edit of the upcoming plan, the rebranding checklist); and the history of
 * what was decided. Loaded on demand with its strings.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { useClock } from '@/components/ui/use-clock';
import { WithStrings } from '@/components/ui/with-strings';
import { undoPlanChange } from '@/storage/adjust';
import { listCampaigns } from '@/storage/campaigns';
import { BulkEdit } from './bulk-edit';
import { DecisionList } from './decision-list';
import { RebrandChecklist } from './rebrand-checklist';
import { SuggestionCard } from './suggestion-card';
import { useAdjust } from './use-adjust';
import './adjust.css';

export function AdjustArea() {
  return (
    <WithStrings part="adjust">
      <Adjust />
    </WithStrings>
  );
}

function Adjust() {
  const { t } = useApp();
  const id = useId();
  const now = useClock(60_000);
  const state = useAdjust(now);
  const campaignRows = useLiveQuery(listCampaigns, []);
  const campaigns = useMemo(() => new Map((campaignRows ?? []).map((row) => [row.id, row.name])), [campaignRows]);
  const [applied, setApplied] = useState<{ id: string; changed: number } | null>(null);
  const [notice, setNotice] = useState('');

  async function undoLast() {
    if (!applied) return;
    const result = await undoPlanChange(applied.id);
    setApplied(null);
    setNotice(result.keptIds.length ? t('adjust.history.undoneKept', { count: result.restored, kept: result.keptIds.length }) : t('adjust.history.undone', { count: result.restored }));
  }

  return (
    <>
      <section className="card" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('adjust.title')}</h2>
        <p className="help">{t('adjust.intro')}</p>
        <div role="status" className="status status--ok" data-testid="adjust-notice">
          {applied ? (
            <>
              {t('adjust.applied', { count: applied.changed })}{' '}
              <button type="button" className="button button--quiet" onClick={() => void undoLast()}>
                {t('adjust.history.undo')}
              </button>
            </>
          ) : (
            notice
          )}
        </div>
      </section>
      {state === undefined ? (
        <p className="help">{t('adjust.loading')}</p>
      ) : (
        <>
          <section aria-label={t('adjust.suggestions')} className="adjust-list" data-testid="adjust-suggestions">
            {state.open.length === 0 ? (
              <div className="card">
                <h3>{t('adjust.none.title')}</h3>
                <p className="help">{t('adjust.none.body')}</p>
              </div>
            ) : (
              state.open.map(({ id: stateId, suggestion }) => (
                <SuggestionCard
                  key={stateId}
                  id={stateId}
                  suggestion={suggestion}
                  data={state.data}
                  names={state.names}
                  campaigns={campaigns}
                  onApplied={(decision, changed) => {
                    setNotice('');
                    setApplied({ id: decision, changed });
                  }}
                />
              ))
            )}
          </section>
          <BulkEdit data={state.data} names={state.names} campaigns={campaignRows ?? []} />
          <RebrandChecklist />
          <DecisionList decisions={state.decisions} names={state.names} />
        </>
      )}
    </>
  );
}
