/**
 * Deleting a segment asks what becomes of its hooks and posts: move them to another segment, or delete
 * the hooks and clear segment and hook from the posts. Nothing is orphaned silently; the repository does
 * it in one transaction.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { Select } from '@/components/ui/select';
import { useApp } from '@/components/ui/settings-context';
import type { Segment } from '@/storage/schemas';
import { countSegmentUsage, deleteSegment } from '@/storage/strategy';
import { Choices, DeleteDialog } from './delete-dialog';

export function DeleteSegmentDialog({ segment, segments, onDone }: { segment: Segment; segments: readonly Segment[]; onDone: (notice: string | null) => void }) {
  const { t } = useApp();
  const id = useId();
  const usage = useLiveQuery(() => countSegmentUsage(segment.id), [segment.id]);
  const others = segments.filter((s) => s.id !== segment.id);
  const [kind, setKind] = useState<'move' | 'detach'>(others.length ? 'move' : 'detach');
  const [to, setTo] = useState(others[0]?.id ?? '');
  if (!usage) return null;
  const label = t('strategy.audience.segment.delete');

  if (usage.hooks === 0 && usage.posts === 0) {
    return (
      <DeleteDialog
        message={t('strategy.audience.deleteSegment.simple', { name: segment.name })}
        confirmLabel={label}
        onCancel={() => onDone(null)}
        onConfirm={async () => {
          await deleteSegment(segment.id, { kind: 'detach' });
          onDone(t('strategy.audience.deleteSegment.done', { name: segment.name }));
        }}
      />
    );
  }
  const hooks = t('strategy.audience.count.hooks', { count: usage.hooks });
  const posts = t('strategy.audience.count.posts', { count: usage.posts });
  return (
    <DeleteDialog
      message={t('strategy.audience.deleteSegment.question', { name: segment.name, hooks, posts })}
      confirmLabel={label}
      onCancel={() => onDone(null)}
      onConfirm={async () => {
        if (kind === 'move') {
          const done = await deleteSegment(segment.id, { kind: 'move', to });
          const target = others.find((s) => s.id === to)?.name ?? '';
          onDone(t('strategy.audience.deleteSegment.doneMoved', { name: segment.name, target, hooks: t('strategy.audience.count.hooks', { count: done.hooks }), posts: t('strategy.audience.count.posts', { count: done.posts }) }));
        } else {
          const done = await deleteSegment(segment.id, { kind: 'detach' });
          onDone(t('strategy.audience.deleteSegment.doneDetached', { name: segment.name, hooks: t('strategy.audience.count.hooks', { count: done.hooks }), posts: t('strategy.audience.count.posts', { count: done.posts }) }));
        }
      }}
    >
      <Choices
        name={`${id}-choice`}
        value={kind}
        onChange={setKind}
        options={[
          {
            kind: 'move',
            label: others.length ? t('strategy.audience.deleteSegment.move') : t('strategy.audience.deleteSegment.noOther'),
            disabled: others.length === 0,
            extra: (
              <div className="field audience-target">
                <label htmlFor={`${id}-to`}>{t('strategy.audience.deleteSegment.moveTo')}</label>
                <Select id={`${id}-to`} value={to} options={others.map((s) => ({ value: s.id, label: s.name }))} onChange={setTo} />
              </div>
            ),
          },
          { kind: 'detach', label: t('strategy.audience.deleteSegment.detach') },
        ]}
      />
    </DeleteDialog>
  );
}
