/** One segment on the board: who they are, then its hooks with their figures, and a form to add one. */
import { useId, useState, type CSSProperties } from 'react';
import { useApp } from '@/components/ui/settings-context';
import type { Hook, Segment } from '@/storage/schemas';
import { DeleteSegmentDialog } from './delete-segment';
import type { SegmentColumn } from './hook-board';
import { HookForm } from './hook-form';
import { HookItem } from './hook-item';
import { SegmentFormCard } from './segment-form';

/** "Ages 24–35", "Ages 28+", "Up to 40", or nothing when no age is set. */
function agesOf(t: ReturnType<typeof useApp>['t'], segment: Segment): string | null {
  const { ageMin: min, ageMax: max } = segment;
  if (min !== null && max !== null) return t('strategy.audience.segment.ages', { min, max });
  if (min !== null) return t('strategy.audience.segment.agesFrom', { min });
  if (max !== null) return t('strategy.audience.segment.agesTo', { max });
  return null;
}

export function SegmentCard({ column, segments, hooks, onNotice }: { column: SegmentColumn; segments: readonly Segment[]; hooks: readonly Hook[]; onNotice: (notice: string) => void }) {
  const { t } = useApp();
  const id = useId();
  const [mode, setMode] = useState<'view' | 'edit' | 'delete' | 'add-hook'>('view');
  const { segment } = column;
  const done = (notice: string | null) => {
    setMode('view');
    if (notice) onNotice(notice);
  };

  if (mode === 'edit') return <SegmentFormCard segment={segment} onDone={done} />;

  const meta = [agesOf(t, segment), segment.location.trim() || null, segment.platforms.map((p) => t(`platform.${p}`)).join(', ') || null].filter(Boolean);
  return (
    <section className="card audience-segment" aria-labelledby={`${id}-name`} style={{ '--segment': segment.color } as CSSProperties}>
      <div className="audience-segment__head">
        <span className="audience-swatch" aria-hidden="true" />
        <h3 id={`${id}-name`}>{segment.name}</h3>
      </div>
      {meta.length > 0 && <p className="help">{meta.join(' · ')}</p>}
      {segment.description && <p>{segment.description}</p>}
      {(segment.interests.length > 0 || segment.pains.length > 0) && (
        <dl className="audience-traits">
          {segment.interests.length > 0 && (
            <>
              <dt>{t('strategy.audience.segment.interests')}</dt>
              <dd>{segment.interests.join(', ')}</dd>
            </>
          )}
          {segment.pains.length > 0 && (
            <>
              <dt>{t('strategy.audience.segment.pains')}</dt>
              <dd>{segment.pains.join(', ')}</dd>
            </>
          )}
        </dl>
      )}
      <div className="actions">
        <button type="button" className="button" aria-describedby={`${id}-name`} onClick={() => setMode('edit')}>{t('strategy.audience.segment.edit')}</button>
        <button type="button" className="button button--quiet" aria-describedby={`${id}-name`} onClick={() => setMode('delete')}>{t('strategy.audience.segment.delete')}</button>
      </div>
      {mode === 'delete' && <DeleteSegmentDialog segment={segment} segments={segments} onDone={done} />}

      <h4 className="audience-hooks-title" id={`${id}-hooks`}>{t('strategy.audience.hooksFor', { name: segment.name })}</h4>
      {column.hooks.length === 0 ? (
        <p className="help">{t('strategy.audience.segment.noHooks')}</p>
      ) : (
        <ul className="audience-hooks" aria-labelledby={`${id}-hooks`}>
          {column.hooks.map((card) => (
            <HookItem key={card.hook.id} card={card} segment={segment} segments={segments} hooks={hooks} onNotice={onNotice} />
          ))}
        </ul>
      )}
      {mode === 'add-hook' ? (
        <HookForm hook={null} segmentId={segment.id} segments={segments} onDone={done} />
      ) : (
        <button type="button" className="button" aria-describedby={`${id}-name`} onClick={() => setMode('add-hook')}>{t('strategy.audience.addHook')}</button>
      )}
    </section>
  );
}
