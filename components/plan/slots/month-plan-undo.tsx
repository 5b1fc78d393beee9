/**
 * Undo of the last applied month plan. The batch is read from the database, so the button is still
 * there after the side panel was closed; posts edited since are kept and listed.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { announcePlanChange } from '@/components/ui/announce-plan-change';
import { useApp } from '@/components/ui/settings-context';
import { listMonthPlanBatches, undoMonthPlan, type UndoneMonthPlan } from '@/storage/plan-next-month';
import { formatDateTime } from '@/utils/i18n/format';
import { monthLabel } from './month-choices';

export function MonthPlanUndo({ onUndone }: { onUndone: () => void }) {
  const { t, locale, settings } = useApp();
  const batches = useLiveQuery(listMonthPlanBatches);
  const [result, setResult] = useState<UndoneMonthPlan | { error: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const last = batches?.find((batch) => batch.status === 'applied');

  async function undo(batchId: string) {
    setBusy(true);
    try {
      setResult(await undoMonthPlan(batchId));
      onUndone();
      await announcePlanChange();
    } catch (error) {
      setResult({ error: String(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="month-plan-undo">
      {last && (
        <div className="month-plan-undo__last">
          <p>{t('planMonth.lastBatch', { month: monthLabel(locale, last), count: last.postIds.length, when: formatDateTime(locale, last.appliedAt, settings.timeZone) })}</p>
          <button type="button" className="button" disabled={busy} onClick={() => void undo(last.id)}>
            {t('planMonth.undo')}
          </button>
        </div>
      )}
      <div role="status" className="status">
        {result && 'error' in result && <p className="status--error">{t('planMonth.failed', { detail: result.error })}</p>}
        {result && 'batchId' in result && <p>{t('planMonth.undone', { count: result.removedIds.length })}</p>}
        {result && 'batchId' in result && result.kept.length > 0 && (
          <>
            <p>{t('planMonth.kept', { count: result.kept.length })}</p>
            <ul className="month-plan-summary__list">
              {result.kept.map((post) => (
                <li key={post.id}>
                  {post.scheduledAt === null ? t('plan.noTime') : formatDateTime(locale, post.scheduledAt, post.timeZone)} · {post.title.trim() || t('reminder.untitled')}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
