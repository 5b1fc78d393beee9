/**
 * The planned posts a collaboration links: each opens in the post editor or is unlinked; a picker
 * offers the plan's posts with those on the collaboration's days on top, then nearby ones, then
 * undated ideas.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { openPost } from '@/components/state/navigation';
import { useApp } from '@/components/ui/settings-context';
import { linkPost, listLinkCandidates, listLinkedPosts, unlinkPost } from '@/storage/partners';
import type { Collaboration, Post } from '@/storage/schemas';
import { describeError } from './describe-error';

/** Which list a candidate comes from; 'nearToday' is 'nearby' for a collaboration without dates. */
type CandidateGroup = 'inRange' | 'nearby' | 'nearToday' | 'undated';

function usePostLabel(): (post: Post) => string {
  const { t, locale, settings } = useApp();
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: settings.timeZone });
  return (post) => {
    const title = post.title.trim() || post.text.trim().slice(0, 60) || t('reminder.untitled');
    const time = post.scheduledAt === null ? t('plan.noTime') : when.format(post.scheduledAt);
    return `${time} · ${t(`platform.${post.platform}`)} · ${title}`;
  };
}

export function CollaborationPosts({ collaboration }: { collaboration: Collaboration }) {
  const { t, settings } = useApp();
  const id = useId();
  const labelOf = usePostLabel();
  const [picked, setPicked] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const key = collaboration.postIds.join(' ');
  const linked = useLiveQuery(() => listLinkedPosts(collaboration), [key]);
  const candidates = useLiveQuery(() => listLinkCandidates(collaboration, settings.timeZone), [key, collaboration.start, collaboration.end, settings.timeZone]);
  if (!linked || !candidates) return null;
  const groups: { name: CandidateGroup; posts: Post[] }[] = [
    { name: 'inRange' as const, posts: candidates.inRange },
    { name: collaboration.start ? ('nearby' as const) : ('nearToday' as const), posts: candidates.nearby },
    { name: 'undated' as const, posts: candidates.undated },
  ].filter((group) => group.posts.length > 0);
  const offered = groups.flatMap((group) => group.posts);

  async function run(action: () => Promise<string>) {
    try {
      setStatus(await action());
      setError('');
    } catch (failure) {
      setError(describeError(failure, t));
    }
  }

  function link() {
    const post = offered.find((candidate) => candidate.id === picked);
    if (!post) {
      setStatus('');
      setError(t('strategy.partners.posts.pickFirst'));
      return;
    }
    void run(async () => {
      await linkPost(collaboration.id, post.id);
      setPicked('');
      return t('strategy.partners.posts.linked', { title: labelOf(post) });
    });
  }

  return (
    <div className="collaboration-posts">
      <h5 id={`${id}-title`}>{t('strategy.partners.posts.title')}</h5>
      {linked.length === 0 ? (
        <p className="help">{t('strategy.partners.posts.none')}</p>
      ) : (
        <ul className="collaboration-posts__list" aria-labelledby={`${id}-title`}>
          {linked.map((post) => (
            <li key={post.id} data-platform={post.platform}>
              <button type="button" className="link-button" onClick={() => openPost(post.id)}>
                {labelOf(post)}
              </button>
              <button
                type="button"
                className="button button--quiet"
                aria-label={t('strategy.partners.posts.unlinkLabel', { title: labelOf(post) })}
                onClick={() => void run(async () => {
                  await unlinkPost(collaboration.id, post.id);
                  return t('strategy.partners.posts.unlinked', { title: labelOf(post) });
                })}
              >
                {t('strategy.partners.posts.unlink')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {offered.length === 0 ? (
        <p className="help">{t('strategy.partners.posts.noCandidates')}</p>
      ) : (
        <div className="collaboration-posts__pick">
          <div className="field">
            <label htmlFor={`${id}-pick`}>{t('strategy.partners.posts.pick')}</label>
            <select id={`${id}-pick`} value={picked} onChange={(event) => setPicked(event.target.value)}>
              <option value="">{t('strategy.partners.posts.pickNone')}</option>
              {groups.map((group) => (
                <optgroup key={group.name} label={t(`strategy.partners.posts.group.${group.name}`)}>
                  {group.posts.map((post) => (
                    <option key={post.id} value={post.id}>
                      {labelOf(post)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <button type="button" className="button" onClick={link}>
            {t('strategy.partners.posts.link')}
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="status status--error">
          {error}
        </p>
      )}
      <p role="status" className="status">
        {status}
      </p>
    </div>
  );
}
