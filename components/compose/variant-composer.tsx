/**
 * One platform variant of an idea: its text with a live counter, what can be inserted into it, its
 * first comment, its images and video, and copying the text as it will be published (or filling the
 * platform's composer with it), after which it waits as ready to publish. Every change is autosaved.
 */
import { useEffect, useId, useState } from 'react';
import { useApp } from '@/components/ui/settings-context';
import type { Post } from '@/storage/schemas';
import { withUtm } from '@/utils/compose/utm';
import { markReady } from '@/storage/posts';
import { CopyButton } from './copy-button';
import { FillButton, canFill } from './fill-button';
import { HandoffStatus } from './handoff-status';
import { finalText, type UtmChoice } from './final-text';
import { InsertMenu } from './insert-menu';
import { MediaSection } from './media/media-section';
import { TextCounter } from './text-counter';
import { useAutosave, type SaveState } from './use-autosave';
import { describeFailure } from '@/components/ui/describe-validation';

export function VariantComposer({ variant, utm, flushers }: { variant: Post; utm: UtmChoice; flushers: Set<() => Promise<void>> }) {
  const { t } = useApp();
  const id = useId();
  // The draft lives here while it is typed; the row follows through autosave, never the other way
  // round (a live query echoing a save would move the caret mid-word).
  const [text, setText] = useState(variant.text);
  const [comment, setComment] = useState(variant.firstComment ?? '');
  const { schedule, flush, state } = useAutosave(variant.id);
  useEffect(() => {
    flushers.add(flush);
    return () => void flushers.delete(flush);
  }, [flushers, flush]);
  const platform = t(`platform.${variant.platform}`);
  const published = finalText(variant, text, utm);

  function changeText(next: string) {
    setText(next);
    schedule({ text: next });
  }
  // Handed to the platform: the text as typed is saved first, then the post waits as ready to publish.
  async function handOver() {
    await flush();
    await markReady(variant.id);
  }
  const handedOver = () => void handOver().catch((error: unknown) => console.warn('[mkakati] mark ready failed', error));
  function changeComment(next: string) {
    setComment(next);
    schedule({ firstComment: next });
  }

  return (
    <section className="card compose-variant" aria-labelledby={`${id}-heading`} data-platform={variant.platform}>
      <h3 id={`${id}-heading`}>{platform}</h3>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('compose.text', { platform })}</label>
        <textarea id={`${id}-text`} rows={6} value={text} aria-describedby={`${id}-count`} onChange={(event) => changeText(event.target.value)} />
        <TextCounter id={`${id}-count`} platform={variant.platform} text={published} />
      </div>
      <InsertMenu variant={variant} text={text} onInsert={changeText} />
      <div className="field">
        <label htmlFor={`${id}-comment`}>{t('compose.firstComment')}</label>
        <textarea id={`${id}-comment`} rows={2} value={comment} aria-describedby={`${id}-comment-count`} onChange={(event) => changeComment(event.target.value)} />
        {comment !== '' && <TextCounter id={`${id}-comment-count`} platform={variant.platform} text={comment} field="comment" />}
      </div>
      <div className="toolbar">
        <CopyButton label={t('compose.copy')} getText={() => published} onCopied={handedOver} />
        {canFill(variant.platform) && <FillButton platform={variant.platform} getText={() => published} onFilled={handedOver} />}
        {comment.trim() !== '' && (
          <CopyButton
            label={t('compose.copyComment')}
            getText={() => (utm.on ? withUtm(comment, { platform: variant.platform, campaignSlug: utm.campaignSlug, postId: variant.id }) : comment).trim()}
          />
        )}
      </div>
      <HandoffStatus post={variant} />
      <MediaSection variant={variant} />
      <p role="status" className="status compose-saved">{saveMessage(state, t)}</p>
    </section>
  );
}

function saveMessage(state: SaveState, t: ReturnType<typeof useApp>['t']): string {
  if (state.kind === 'saving') return t('compose.saving');
  if (state.kind === 'saved') return t('compose.saved');
  if (state.kind === 'error') return t('compose.notSaved', { detail: describeFailure(state.error, t) });
  return '';
}
