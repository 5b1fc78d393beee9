/**
 * Strategy → Audience (step 3): the segments the brand posts for, and the hooks-per-segment board —
 * per segment its hooks, and per hook the posts that used it, their median engagement and when it was
 * last used; from a hook, a new draft in the Plan area's editor.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { useClock } from '@/components/ui/use-clock';
import { loadAudienceRows } from '@/storage/strategy';
import { buildHookBoard } from './hook-board';
import { SegmentCard } from './segment-card';
import { SegmentFormCard } from './segment-form';
import './audience.css';

export function AudienceSection() {
  const { t } = useApp();
  const id = useId();
  const rows = useLiveQuery(loadAudienceRows);
  // "Last used" and "next use" split at now; a panel left open moves the split along.
  const now = useClock(600_000);
  const board = useMemo(() => (rows ? buildHookBoard(rows, now) : null), [rows, now]);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState('');
  if (!rows || !board) return null;

  return (
    <>
      <section className="card" aria-labelledby={`${id}-title`} data-testid="audience-section">
        <div className="card__head">
          <h2 id={`${id}-title`}>{t('strategy.audience.title')}</h2>
          {!adding && (
            <button type="button" className="button" onClick={() => setAdding(true)}>
              {t('strategy.audience.newSegment')}
            </button>
          )}
        </div>
        <p className="help">{t('strategy.audience.help')}</p>
        {board.length === 0 && !adding && <p>{t('strategy.audience.empty')}</p>}
        <p role="status" className="status">{notice}</p>
      </section>
      {adding && (
        <SegmentFormCard
          segment={null}
          onDone={(text) => {
            setAdding(false);
            if (text) setNotice(text);
          }}
        />
      )}
      {board.map((column) => (
        <SegmentCard key={column.segment.id} column={column} segments={rows.segments} hooks={rows.hooks} onNotice={setNotice} />
      ))}
    </>
  );
}
