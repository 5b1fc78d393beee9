/** Create, edit, duplicate and delete a planned post; every write re-arms the reminders. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState } from 'react';
import { useSignals } from '@preact/signals-react/runtime';
import { newPostAt } from '@/components/state/calendar';
import { adoptSavedPost, editorNotice, editorSession, newPostPreset, openComposer, openPost } from '@/components/state/navigation';
import { announcePlanChange } from '@/components/ui/announce-plan-change';
import { Confirm } from '@/components/ui/confirm';
import { useApp } from '@/components/ui/settings-context';
import { createPost, deletePost, duplicatePost, getPost, updatePost } from '@/storage/posts';
import type { Post } from '@/storage/schemas';
import { ValidationError } from '@/storage/validation';
import { nextFullHour } from '@/utils/time/wall-clock';
import { blankForm, formFromPost, postInputFromForm, type PostForm } from './post-form';
import { PostFields } from './post-fields';
import { PostVariants } from './post-variants';
import { validationParams } from '@/components/ui/describe-validation';

export function PostEditor({ postId }: { postId: string }) {
  useSignals();
  const { t } = useApp();
  const loaded = useLiveQuery<Post | false | null>(async () => (postId === 'new' ? null : ((await getPost(postId)) ?? false)), [postId]);
  // While a just-saved post loads under its new id, the form stays as it was instead of blinking out.
  const [shown, setShown] = useState<Post | false | null | undefined>(loaded);
  if (loaded !== undefined && loaded !== shown) setShown(loaded);
  const post = loaded ?? shown;
  if (post === undefined) return null;
  if (post === false) {
    return (
      <section className="card">
        <p role="alert">{t('post.notFound')}</p>
        <button type="button" className="button" onClick={() => openPost(null)}>{t('post.close')}</button>
      </section>
    );
  }
  // One form per opened post (openPost counts them): switching posts, or starting a new one on another
  // calendar day, starts from fresh values; saving a new post keeps the form it was typed in.
  return <EditorForm key={editorSession.value} post={post} />;
}

function EditorForm({ post }: { post: Post | null }) {
  const { t, settings } = useApp();
  const idPrefix = useId();
  const [form, setForm] = useState<PostForm>(() => {
    if (post) return formFromPost(post);
    const at = newPostAt.peek() ?? nextFullHour(Date.now(), settings.timeZone);
    return blankForm(at.localDate, at.localTime, newPostPreset.peek() ?? {});
  });
  useSignals();
  const setStatus = (text: string) => (editorNotice.value = text);
  const [confirming, setConfirming] = useState(false);

  async function run(action: () => Promise<void>) {
    try {
      await action();
      await announcePlanChange();
    } catch (error) {
      setStatus(error instanceof ValidationError ? t('post.invalid', validationParams(error, t)) : String(error));
    }
  }

  // A new post's id, from its first save until the editor has loaded it as `post`: a second Save in
  // between (a double click, or a quick edit) updates that post instead of creating a twin.
  const savedId = useRef<string | null>(null);
  // Saves run one after another, so two quick clicks cannot both create.
  const saving = useRef<Promise<void>>(Promise.resolve());

  const save = () =>
    (saving.current = saving.current.then(() =>
      run(async () => {
        if (form.localTime && !form.localDate) throw new ValidationError('localDate', t('post.timeWithoutDate'));
        const base = post ?? { groupId: null, mediaIds: [], publishedUrl: null, publishedAt: null, externalId: null, timeZone: settings.timeZone };
        const input = postInputFromForm(form, { ...base, timeZone: post?.timeZone ?? settings.timeZone });
        const id = post?.id ?? savedId.current;
        const saved = id ? await updatePost(id, input) : await createPost(input);
        if (!post && !savedId.current) {
          savedId.current = saved.id;
          adoptSavedPost(saved.id);
        }
        setStatus(t('post.saved'));
      }),
    ));

  return (
    <section className="card post-editor" aria-labelledby={`${idPrefix}-heading`}>
      <h2 id={`${idPrefix}-heading`}>{post ? t('post.editTitle') : t('post.newTitle')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <PostFields form={form} onChange={(patch) => setForm((current) => ({ ...current, ...patch }))} idPrefix={idPrefix} />
        <div className="actions">
          <button type="submit" className="button button--primary">{t('post.save')}</button>
          {post && (
            <button type="button" className="button" onClick={() => openComposer(post.id)}>{t('post.openComposer')}</button>
          )}
          {post && (
            <button type="button" className="button" onClick={() => void run(async () => openPost((await duplicatePost(post.id)).id))}>
              {t('post.duplicate')}
            </button>
          )}
          {post && (
            <button type="button" className="button button--quiet" onClick={() => setConfirming(true)}>{t('post.delete')}</button>
          )}
          <button type="button" className="button button--quiet" onClick={() => openPost(null)}>{t('post.close')}</button>
        </div>
      </form>
      {confirming && post && (
        <Confirm
          message={t('post.confirmDelete')}
          confirmLabel={t('post.delete')}
          onConfirm={() => void run(async () => { await deletePost(post.id); openPost(null); })}
          onCancel={() => setConfirming(false)}
        />
      )}
      <p role="status" className="status">{editorNotice.value}</p>
      {post && <PostVariants post={post} />}
    </section>
  );
}
