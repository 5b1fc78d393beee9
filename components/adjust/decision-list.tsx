/**
 * History: the re-plans applied from this page and the suggestions dismissed, newest first. An applied
 * re-plan can be undone (rows edited since are kept, and the page says which); a dismissed suggestion
 * can be shown again.
 */
import { useId, useState } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { restoreSuggestion, undoPlanChange, type Decision } from '@/storage/adjust';
import { presentParams, type Names } from './present';

const SHOWN = 20;

export function DecisionList({ decisions, names }: { decisions: readonly Decision[]; names: Names }) {
  const { t, locale } = useApp();
  const id = useId();
  const [message, setMessage] = useState('');
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

  async function undo(decision: Decision) {
    try {
      const result = await undoPlanChange(decision.id);
      setMessage(result.keptIds.length ? t('adjust.history.undoneKept', { count: result.restored, kept: result.keptIds.length }) : t('adjust.history.undone', { count: result.restored }));
    } catch (error) {
      setMessage(t('adjust.applyFailed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="adjust-history">
      <h2 id={`${id}-title`}>{t('adjust.history.title')}</h2>
      <p role="status" className="status" data-testid="adjust-history-status">
        {message}
      </p>
      {decisions.length === 0 ? (
        <p className="help">{t('adjust.history.empty')}</p>
      ) : (
        <ul className="adjust-history">
          {decisions.slice(0, SHOWN).map((decision) => (
            <li key={decision.id} data-decision={decision.id} data-status={decision.status}>
              <span className="adjust-history__title">
                {decision.kind === 'bulk' ? t(`adjust.bulk.done.${decision.title.key}` as never, presentParams(decision.title.params, names, t, locale)) : t(`suggest.title.${decision.title.key}` as never, presentParams(decision.title.params, names, t, locale))}
              </span>
              <span className="help">
                {t(`adjust.history.status.${decision.status}`, { date: date.format(decision.at), count: decision.changed })}
                {decision.reason && ` — ${decision.reason}`}
              </span>
              {decision.status === 'applied' && decision.changed > 0 && (
                <button type="button" className="button button--quiet" onClick={() => void undo(decision)}>
                  {t('adjust.history.undo')}
                </button>
              )}
              {decision.status === 'dismissed' && (
                <button type="button" className="button button--quiet" onClick={() => void restoreSuggestion(decision.id)}>
                  {t('adjust.history.restore')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
