/**
 * Strategy → Goals (step 2): what the brand wants to reach in a month, a quarter or a year, each goal
 * with its progress from the captured numbers and the plan, and a forecast from the trend to its last
 * day (utils/strategy/goal-progress.ts has the rules). Goals are added, edited and deleted in place.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { listGoalProgress } from '@/storage/goals';
import { todayIn } from '@/utils/time/wall-clock';
import { GoalDelete } from './goal-delete';
import { GoalForm } from './goal-form';
import { GoalItem } from './goal-item';
import './goals.css';

export function GoalsSection() {
  const { t, settings } = useApp();
  const id = useId();
  // Read once when the page opens, like Today: progress is "as of now", and now moves slowly here.
  const [now] = useState(Date.now);
  const today = todayIn(settings.timeZone, now);
  const rows = useLiveQuery(() => listGoalProgress(now), [now]);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  if (!rows) return null;

  const done = (message: string) => {
    setEditing(null);
    setDeleting(null);
    setNotice(message);
  };

  return (
    <section className="card goals" aria-labelledby={`${id}-title`} data-testid="goals-section">
      <div className="card__head">
        <h2 id={`${id}-title`}>{t('strategy.goals.title')}</h2>
        <button type="button" className="button" onClick={() => { setEditing('new'); setNotice(''); }}>{t('strategy.goals.new')}</button>
      </div>
      <p className="help">{t('strategy.goals.intro')}</p>
      {editing === 'new' && <GoalForm goal={null} today={today} onDone={done} />}
      {editing && editing !== 'new' && !rows.some((row) => row.goal.id === editing) && <p role="alert">{t('strategy.goals.notFound')}</p>}
      {rows.length === 0 && editing !== 'new' && <p className="help">{t('strategy.goals.empty')}</p>}
      {rows.length > 0 && (
        <ul className="goal-list" aria-label={t('strategy.goals.list')}>
          {rows.map(({ goal, progress }) => (
            <li key={goal.id}>
              {editing === goal.id ? (
                <GoalForm goal={goal} today={today} onDone={done} />
              ) : (
                <GoalItem goal={goal} progress={progress} onEdit={() => { setEditing(goal.id); setNotice(''); }} onDelete={() => { setDeleting(goal.id); setNotice(''); }} />
              )}
              {deleting === goal.id && <GoalDelete goal={goal} onDone={done} />}
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="status">{notice}</p>
    </section>
  );
}
