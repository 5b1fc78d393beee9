/**
 * Deleting a hook that posts use asks what becomes of them: clear the hook from them, or move them to
 * another hook (and its segment). One transaction in the repository.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { Select } from '@/components/ui/select';
import { useApp } from '@/components/ui/settings-context';
import type { Hook, Segment } from '@/storage/schemas';
import { countHookUsage, deleteHook } from '@/storage/strategy';
import { Choices, DeleteDialog } from './delete-dialog';

export function DeleteHookDialog({ hook, hooks, segments, onDone }: { hook: Hook; hooks: readonly Hook[]; segments: readonly Segment[]; onDone: (notice: string | null) => void }) {
  const { t } = useApp();
  const id = useId();
  const used = useLiveQuery(() => countHookUsage(hook.id), [hook.id]);
  const segmentName = new Map(segments.map((s) => [s.id, s.name]));
  // Hooks of the same segment first, then the others by segment.
  const others = hooks
    .filter((h) => h.id !== hook.id)
    .sort((a, b) => Number(b.segmentId === hook.segmentId) - Number(a.segmentId === hook.segmentId) || (segmentName.get(a.segmentId) ?? '').localeCompare(segmentName.get(b.segmentId) ?? '') || a.title.localeCompare(b.title));
  const [kind, setKind] = useState<'clear' | 'move'>('clear');
  const [to, setTo] = useState(others[0]?.id ?? '');
  if (used === undefined) return null;
  const label = t('strategy.audience.hook.delete');

  if (used === 0) {
    return (
      <DeleteDialog
        message={t('strategy.audience.deleteHook.simple', { title: hook.title })}
        confirmLabel={label}
        onCancel={() => onDone(null)}
        onConfirm={async () => {
          await deleteHook(hook.id, { kind: 'clear' });
          onDone(t('strategy.audience.deleteHook.done', { title: hook.title }));
        }}
      />
    );
  }
  return (
    <DeleteDialog
      message={t('strategy.audience.deleteHook.question', { title: hook.title, count: used })}
      confirmLabel={label}
      onCancel={() => onDone(null)}
      onConfirm={async () => {
        if (kind === 'move') {
          const { posts } = await deleteHook(hook.id, { kind: 'move', to });
          onDone(t('strategy.audience.deleteHook.doneMoved', { title: hook.title, target: others.find((h) => h.id === to)?.title ?? '', count: posts }));
        } else {
          const { posts } = await deleteHook(hook.id, { kind: 'clear' });
          onDone(t('strategy.audience.deleteHook.doneCleared', { title: hook.title, count: posts }));
        }
      }}
    >
      <Choices
        name={`${id}-choice`}
        value={kind}
        onChange={setKind}
        options={[
          { kind: 'clear', label: t('strategy.audience.deleteHook.clear') },
          {
            kind: 'move',
            label: others.length ? t('strategy.audience.deleteHook.move') : t('strategy.audience.deleteHook.noOther'),
            disabled: others.length === 0,
            extra: (
              <div className="field audience-target">
                <label htmlFor={`${id}-to`}>{t('strategy.audience.deleteHook.moveTo')}</label>
                <Select
                  id={`${id}-to`}
                  value={to}
                  options={others.map((h) => ({ value: h.id, label: t('strategy.audience.hookOption', { segment: segmentName.get(h.segmentId) ?? '', hook: h.title }) }))}
                  onChange={setTo}
                />
              </div>
            ),
          },
        ]}
      />
    </DeleteDialog>
  );
}
