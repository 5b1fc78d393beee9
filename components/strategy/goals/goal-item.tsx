/**
 * One goal with its progress: the value against the target, the baseline and where it came from, the
 * forecast for the last day with its status, and what is missing when the data cannot say.
 */
import { useId } from 'react';
import { useApp } from '@/components/ui/settings-context';
import type { Goal } from '@/storage/schemas';
import { isCapturedMetric, type GoalProgress } from '@/utils/strategy/goal-progress';
import { formatGoalValue, formatLocalDay, formatPeriod, formatShare, labelOf } from './goal-format';

type T = ReturnType<typeof useApp>['t'];

/** What the goal cannot say yet, and what to do about it. */
function notesOf(goal: Goal, progress: GoalProgress, t: T): string[] {
  const notes: string[] = [];
  if (progress.phase === 'upcoming') return notes;
  const platform = goal.platform === 'all' ? null : t(`platform.${goal.platform}`);
  if (isCapturedMetric(goal.metric) && progress.ownAccounts === 0) {
    notes.push(platform ? t('strategy.goals.noOwnAccount', { platform }) : t('strategy.goals.noOwnAccountAll'));
  } else if (progress.current === null) {
    if (goal.metric === 'custom') notes.push(t('strategy.goals.noManualValue'));
    else if (goal.metric === 'followers') notes.push(platform ? t('strategy.goals.noReadings', { platform }) : t('strategy.goals.noReadingsAll'));
    else notes.push(platform ? t('strategy.goals.noPosts', { platform }) : t('strategy.goals.noPostsAll'));
  }
  if (progress.unknownPosts > 0) notes.push(t('strategy.goals.hiddenCounts', { count: progress.unknownPosts }));
  if (progress.missingAccounts > 0 && progress.ownAccounts > 0) notes.push(t('strategy.goals.missingAccounts', { count: progress.missingAccounts }));
  if (progress.phase === 'active' && progress.status === 'not-enough-data' && progress.current !== null && progress.kind !== 'manual') {
    notes.push(t('strategy.goals.needsDays', { count: progress.dataDays }));
  }
  return notes;
}

function baselineLine(progress: GoalProgress, value: (n: number) => string, t: T): string | null {
  if (progress.kind === 'total') return null; // always 0: the help in the form says so
  if (progress.baseline === null) return t('strategy.goals.baselineUnknown');
  if (progress.baselineFromData) return t('strategy.goals.baselineData', { value: value(progress.baseline) });
  if (progress.dataBaseline !== null) return t('strategy.goals.baselineHandData', { value: value(progress.baseline), data: value(progress.dataBaseline) });
  return t('strategy.goals.baselineHand', { value: value(progress.baseline) });
}

export function GoalItem({ goal, progress, onEdit, onDelete }: { goal: Goal; progress: GoalProgress; onEdit: () => void; onDelete: () => void }) {
  const { t, locale } = useApp();
  const id = useId();
  const value = (n: number) => formatGoalValue(locale, goal.metric, n);
  const label = labelOf(progress);
  const notes = notesOf(goal, progress, t);
  const baseline = baselineLine(progress, value, t);
  const where = goal.platform === 'all' ? t('strategy.goals.platform.all') : t(`platform.${goal.platform}`);
  return (
    <article
      className="goal"
      aria-labelledby={`${id}-title`}
      data-testid="goal"
      data-goal-id={goal.id}
      data-status={progress.status}
      data-current={progress.current ?? ''}
      data-baseline={progress.baseline ?? ''}
      data-progress={progress.progress ?? ''}
      data-forecast={progress.forecast ?? ''}
    >
      <div className="goal__head">
        <h3 id={`${id}-title`} className="goal__title">{goal.title}</h3>
        <span className="goal-status" data-status={label}>
          {t(`strategy.goals.status.${label}`)}
        </span>
      </div>
      <p className="goal__meta">
        {t(`strategy.goals.metric.${goal.metric}`)} · {where} · {formatPeriod(locale, goal.periodStart, goal.periodEnd)}
      </p>
      {progress.phase === 'upcoming' ? (
        <p>{t('strategy.goals.startsOn', { date: formatLocalDay(locale, goal.periodStart) })}</p>
      ) : (
        progress.current !== null && (
          <p className="goal__value" data-testid="goal-value">
            <strong>{t('strategy.goals.of', { current: value(progress.current), target: value(goal.target) })}</strong>
            {progress.progress !== null && <> · {t('strategy.goals.progress', { percent: formatShare(locale, progress.progress) })}</>}
          </p>
        )
      )}
      {progress.progress !== null && <progress max={1} value={Math.min(1, Math.max(0, progress.progress))} aria-hidden="true" />}
      {baseline && <p className="goal__line">{baseline}</p>}
      {progress.forecast !== null && (
        <p className="goal__line" data-testid="goal-forecast">
          {progress.phase === 'ended'
            ? t('strategy.goals.final', { value: value(progress.forecast) })
            : t('strategy.goals.forecast', { date: formatLocalDay(locale, goal.periodEnd), value: value(progress.forecast) })}
        </p>
      )}
      {progress.phase === 'active' && (
        <p className="goal__line">{progress.daysLeft === 0 ? t('strategy.goals.endsToday') : t('strategy.goals.daysLeft', { count: progress.daysLeft })}</p>
      )}
      {notes.length > 0 && (
        <ul className="goal__notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <div className="goal__actions">
        <button type="button" className="button button--quiet" aria-label={t('strategy.goals.edit', { title: goal.title })} onClick={onEdit}>
          ✎
        </button>
        <button type="button" className="button button--quiet" aria-label={t('strategy.goals.delete', { title: goal.title })} onClick={onDelete}>
          ✕
        </button>
      </div>
    </article>
  );
}
