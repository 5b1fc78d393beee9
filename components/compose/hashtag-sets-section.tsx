/** Hashtag sets: create, edit and delete the named groups of tags the composer inserts. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { Confirm } from '@/components/ui/confirm';
import { Field } from '@/components/ui/field';
import { useApp } from '@/components/ui/settings-context';
import { createHashtagSet, deleteHashtagSet, listHashtagSets, updateHashtagSet } from '@/storage/hashtag-sets';
import type { HashtagSet } from '@/storage/schemas';
import { ValidationError } from '@/storage/validation';
import { describeValidation } from '@/components/ui/describe-validation';

interface SetForm {
  id: string | null;
  name: string;
  tags: string;
}
const BLANK: SetForm = { id: null, name: '', tags: '' };

export function HashtagSetsSection() {
  const { t } = useApp();
  const id = useId();
  const sets = useLiveQuery(listHashtagSets) ?? [];
  const [form, setForm] = useState<SetForm>(BLANK);
  const [deleting, setDeleting] = useState<HashtagSet | null>(null);
  const [status, setStatus] = useState('');

  async function save() {
    try {
      const input = { name: form.name, tags: form.tags.split(/[\s,]+/) };
      if (form.id) await updateHashtagSet(form.id, input);
      else await createHashtagSet(input);
      setForm(BLANK);
      setStatus(t('compose.saved'));
    } catch (error) {
      setStatus(error instanceof ValidationError ? t('compose.notSaved', { detail: describeValidation(error, t) }) : String(error));
    }
  }

  return (
    <details className="card compose-library">
      <summary>{t('compose.hashtagSets')}</summary>
      <ul className="compose-library__list">
        {sets.map((set) => (
          <li key={set.id}>
            <span>
              <strong>{set.name}</strong> {set.tags.map((tag) => `#${tag}`).join(' ')}
            </span>
            <span className="toolbar">
              <button type="button" className="button button--quiet" aria-label={`${t('compose.edit')}: ${set.name}`} onClick={() => setForm({ id: set.id, name: set.name, tags: set.tags.join(' ') })}>
                {t('compose.edit')}
              </button>
              <button type="button" className="button button--quiet" aria-label={`${t('post.delete')}: ${set.name}`} onClick={() => setDeleting(set)}>
                {t('post.delete')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      {deleting && (
        <Confirm
          message={t('compose.confirmDelete', { name: deleting.name })}
          confirmLabel={t('post.delete')}
          onConfirm={() => void deleteHashtagSet(deleting.id).then(() => setDeleting(null))}
          onCancel={() => setDeleting(null)}
        />
      )}
      <form
        className="post-fields"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Field id={`${id}-name`} label={t('compose.setName')}>
          <input value={form.name} onChange={(event) => setForm({ ...form, name: event.target.value })} />
        </Field>
        <Field id={`${id}-tags`} label={t('post.field.hashtags')}>
          <input value={form.tags} onChange={(event) => setForm({ ...form, tags: event.target.value })} />
        </Field>
        <div className="toolbar">
          <button type="submit" className="button">{form.id ? t('post.save') : t('compose.addSet')}</button>
          {form.id && <button type="button" className="button button--quiet" onClick={() => setForm(BLANK)}>{t('dialog.cancel')}</button>}
        </div>
      </form>
      <p role="status" className="status">{status}</p>
    </details>
  );
}
