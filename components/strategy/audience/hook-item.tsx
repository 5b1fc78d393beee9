/**
 * One hook on the board: what it offers, how its posts did (median engagement, honest about posts
 * without captured numbers), when it was last used, its posts, and a button that starts a new draft
 * with it.
 */
import { useId, useState } from 'react';
import { newPostAt } from '@/components/state/calendar';
import { openPost } from '@/components/state/navigation';
import { useApp } from '@/components/ui/settings-context';
import type { Hook, Segment } from '@/storage/schemas';
import { DeleteHookDialog } from './delete-hook';
import { HookForm } from './hook-form';
import { draftFromHook, type HookCard } from './hook-board';
import { HookFigures } from './hook-figures';
import { HookPostLine } from './hook-post-line';

/** Opens the Plan area's editor on a new draft aimed at the hook's segment, with the hook's words in it. */
export function startDraftWithHook(hook: Hook, segment: Segment): void {
  // A day picked on the calendar earlier is not where this draft belongs: it starts at the next hour.
  newPostAt.value = null;
  openPost('new', draftFromHook(hook, segment));
}

export function HookItem({ card, segment, segments, hooks, onNotice }: { card: HookCard; segment: Segment; segments: readonly Segment[]; hooks: readonly Hook[]; onNotice: (notice: string) => void }) {
  const { t, locale, settings } = useApp();
  const id = useId();
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view');
  const { hook } = card;
  const done = (notice: string | null) => {
    setMode('view');
    if (notice) onNotice(notice);
  };
  const date = (at: number) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: settings.timeZone }).format(at);

  if (mode === 'edit') {
    return (
      <li className="audience-hook">
        <HookForm hook={hook} segmentId={hook.segmentId} segments={segments} onDone={done} />
      </li>
    );
  }

  return (
    <li className="audience-hook" aria-labelledby={`${id}-title`}>
      <div className="audience-hook__head">
        <h4 id={`${id}-title`}>{hook.title}</h4>
        <span className="badge audience-kind">{t(`strategy.audience.kind.${hook.kind}`)}</span>
        {!hook.active && <span className="badge audience-off">{t('strategy.audience.hook.inactive')}</span>}
      </div>
      {hook.offer && <p className="audience-hook__offer">{hook.offer}</p>}
      {hook.callToAction && <p className="help">{t('strategy.audience.hook.cta', { cta: hook.callToAction })}</p>}
      <HookFigures card={card} date={date} />
      <div className="actions">
        <button type="button" className="button button--primary" aria-describedby={`${id}-title`} onClick={() => startDraftWithHook(hook, segment)}>
          {t('strategy.audience.hook.draft')}
        </button>
        <button type="button" className="button" aria-describedby={`${id}-title`} onClick={() => setMode('edit')}>
          {t('strategy.audience.hook.edit')}
        </button>
        <button type="button" className="button button--quiet" aria-describedby={`${id}-title`} onClick={() => setMode('delete')}>
          {t('strategy.audience.hook.delete')}
        </button>
      </div>
      {mode === 'delete' && <DeleteHookDialog hook={hook} hooks={hooks} segments={segments} onDone={done} />}
      {card.posts.length > 0 && (
        <details className="audience-hook__posts">
          <summary>{t('strategy.audience.hook.showPosts', { count: card.posts.length })}</summary>
          <ul className="post-list" aria-label={t('strategy.audience.hook.postsOf', { title: hook.title })}>
            {card.posts.map((entry) => (
              <HookPostLine key={entry.post.id} entry={entry} date={date} />
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
