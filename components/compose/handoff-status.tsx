/**
 * Where a variant stands after the hand-off. Filling the composer or copying the text makes it "ready
 * to publish" (storage/posts.ts markReady); it turns published when the collector sees it on the
 * brand's profile, or when the manager pastes its address here.
 */
import { useId, useState, type FormEvent } from 'react';
import { announcePlanChange } from '@/components/ui/announce-plan-change';
import { useApp } from '@/components/ui/settings-context';
import { markPublished, WrongPlatformUrlError } from '@/storage/posts';
import type { Post } from '@/storage/schemas';
import { formatDateTime } from '@/utils/i18n/format';

export function HandoffStatus({ post }: { post: Post }) {
  const { t, locale, settings } = useApp();
  const id = useId();
  const [url, setUrl] = useState('');
  const [error, setError] = useState('');
  const platform = t(`platform.${post.platform}`);

  if (post.status === 'published') {
    return (
      <p className="status status--ok" data-testid="handoff-status">
        {post.publishedAt !== null ? t('compose.handoff.publishedAt', { platform, when: formatDateTime(locale, post.publishedAt, settings.timeZone) }) : t('status.published')}
        {post.publishedUrl && (
          <>
            {' · '}
            <a href={post.publishedUrl} target="_blank" rel="noreferrer noopener">{t('compose.handoff.open')}</a>
          </>
        )}
      </p>
    );
  }
  if (post.status !== 'ready') return null;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    try {
      await markPublished(post.id, url);
      // The background sets the alarms of the follow-up reminders the publication created.
      await announcePlanChange();
      setError('');
      setUrl('');
    } catch (failure) {
      setError(failure instanceof WrongPlatformUrlError ? t('compose.handoff.wrongUrl', { platform }) : t('compose.notSaved', { detail: String(failure) }));
    }
  }

  return (
    <div className="compose-handoff" data-testid="handoff-status">
      <p className="status"><strong>{t('status.ready')}</strong> — {t('compose.handoff.waiting', { platform })}</p>
      <form className="toolbar" noValidate onSubmit={(event) => void onSubmit(event)}>
        <label htmlFor={`${id}-url`} className="sr-only">{t('compose.handoff.url')}</label>
        <input id={`${id}-url`} type="url" inputMode="url" placeholder={t('compose.handoff.url')} value={url} aria-invalid={error !== ''} aria-describedby={error ? `${id}-error` : undefined} onChange={(event) => setUrl(event.target.value)} />
        <button type="submit" className="button" disabled={url.trim() === ''}>{t('compose.handoff.markPublished')}</button>
      </form>
      {error && <p id={`${id}-error`} role="alert" className="status status--error">{error}</p>}
    </div>
  );
}
