/**
 * The way a collaboration moves on: one button for its next status ("Mark as agreed"), Decline while it
 * is still open, Reopen once declined. Scheduling needs a start date: that is said before the click,
 * and the repository refuses it anyway.
 */
import { useState } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { allowedMoves, moveCollaboration, needsStartFor } from '@/storage/partners';
import type { Collaboration } from '@/storage/schemas';
import { describeError } from './describe-error';

export function CollaborationStatus({ collaboration, onMoved }: { collaboration: Collaboration; onMoved: (message: string) => void }) {
  const { t } = useApp();
  const [error, setError] = useState('');
  const moves = allowedMoves(collaboration.status);
  const waitsForDate = moves.some((to) => to !== 'declined' && needsStartFor(collaboration, to));

  async function move(to: (typeof moves)[number]) {
    try {
      await moveCollaboration(collaboration.id, to);
      setError('');
      onMoved(t('strategy.partners.moved', { title: collaboration.title, status: t(`strategy.partners.status.${to}`) }));
    } catch (failure) {
      setError(describeError(failure, t));
    }
  }

  if (moves.length === 0) return null;
  return (
    <div className="collaboration-status">
      <div className="collaboration-status__buttons">
        {moves.map((to) => (
          <button
            key={to}
            type="button"
            className={to === 'declined' ? 'button button--quiet' : 'button'}
            aria-label={t('strategy.partners.moveLabel', { action: t(`strategy.partners.move.${to}`), title: collaboration.title })}
            onClick={() => void move(to)}
          >
            {t(`strategy.partners.move.${to}`)}
          </button>
        ))}
      </div>
      {waitsForDate && !error && <p className="help">{t('strategy.partners.move.needsStart')}</p>}
      {error && (
        <p role="alert" className="status status--error">
          {error}
        </p>
      )}
    </div>
  );
}
