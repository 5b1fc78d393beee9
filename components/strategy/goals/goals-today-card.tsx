/**
 * The goals running now, on Today: each with how far it has come and its status, and a way to the
 * Goals page. Loaded on demand by components/today/goals-today.tsx.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { openStrategy } from '@/components/state/navigation';
import { useApp } from '@/components/ui/settings-context';
import { listGoalProgress } from '@/storage/goals';
import { formatShare, labelOf } from './goal-format';
import './goals.css';

export function GoalsTodayCard({ now }: { now: number }) {
  const { t, locale } = useApp();
  const id = useId();
  const rows = useLiveQuery(() => listGoalProgress(now, { running: true }), [now]);
  if (!rows) return null;
  const active = rows.filter((row) => row.progress.phase === 'active');
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="goals-today">
      <div className="card__head">
        <h2 id={`${id}-title`}>{t('strategy.goals.today.title')}</h2>
        <button type="button" className="button button--quiet" onClick={() => openStrategy('goals')}>
          {active.length ? t('strategy.goals.today.open') : t('strategy.goals.today.set')}
        </button>
      </div>
      {active.length === 0 ? (
        <p className="help">{t('strategy.goals.today.empty')}</p>
      ) : (
        <ul className="goals-today" aria-labelledby={`${id}-title`}>
          {active.map(({ goal, progress }) => {
            const label = labelOf(progress);
            return (
              <li key={goal.id} className="goals-today__item" data-testid="goal-today" data-goal-id={goal.id} data-status={progress.status} data-progress={progress.progress ?? ''}>
                <div className="goals-today__line">
                  <span className="goals-today__title">{goal.title}</span>
                  <span className="goals-today__figures" data-status={label}>
                    {t('strategy.goals.today.line', {
                      percent: progress.progress === null ? t('strategy.goals.today.noData') : formatShare(locale, progress.progress),
                      status: t(`strategy.goals.status.${label}`),
                    })}
                  </span>
                </div>
                {progress.progress !== null && <progress max={1} value={Math.min(1, Math.max(0, progress.progress))} aria-hidden="true" />}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
