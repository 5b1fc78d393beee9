/** Templates: create, edit and delete the reusable texts the composer inserts, for one platform or any. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { Confirm } from '@/components/ui/confirm';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { useApp } from '@/components/ui/settings-context';
import { PLATFORMS, type Platform, type Template } from '@/storage/schemas';
import { createTemplate, deleteTemplate, listTemplates, updateTemplate } from '@/storage/templates';
import { ValidationError } from '@/storage/validation';
import { describeValidation } from '@/components/ui/describe-validation';

interface TemplateForm {
  id: string | null;
  name: string;
  platform: Platform | '';
  text: string;
}
const BLANK: TemplateForm = { id: null, name: '', platform: '', text: '' };

export function TemplatesSection() {
  const { t } = useApp();
  const id = useId();
  const templates = useLiveQuery(listTemplates) ?? [];
  const [form, setForm] = useState<TemplateForm>(BLANK);
  const [deleting, setDeleting] = useState<Template | null>(null);
  const [status, setStatus] = useState('');

  async function save() {
    try {
      const input = { name: form.name, platform: form.platform || null, text: form.text };
      if (form.id) await updateTemplate(form.id, input);
      else await createTemplate(input);
      setForm(BLANK);
      setStatus(t('compose.saved'));
    } catch (error) {
      setStatus(error instanceof ValidationError ? t('compose.notSaved', { detail: describeValidation(error, t) }) : String(error));
    }
  }

  return (
    <details className="card compose-library">
      <summary>{t('compose.templates')}</summary>
      <ul className="compose-library__list">
        {templates.map((template) => (
          <li key={template.id}>
            <span>
              <strong>{template.name}</strong> {template.platform ? `(${t(`platform.${template.platform}`)})` : ''}
            </span>
            <span className="toolbar">
              <button type="button" className="button button--quiet" aria-label={`${t('compose.edit')}: ${template.name}`} onClick={() => setForm({ id: template.id, name: template.name, platform: template.platform ?? '', text: template.text })}>
                {t('compose.edit')}
              </button>
              <button type="button" className="button button--quiet" aria-label={`${t('post.delete')}: ${template.name}`} onClick={() => setDeleting(template)}>
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
          onConfirm={() => void deleteTemplate(deleting.id).then(() => setDeleting(null))}
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
        <Field id={`${id}-name`} label={t('compose.templateName')}>
          <input value={form.name} onChange={(event) => setForm({ ...form, name: event.target.value })} />
        </Field>
        <Field id={`${id}-platform`} label={t('post.field.platform')}>
          <Select value={form.platform} none={t('compose.anyPlatform')} options={PLATFORMS.map((p) => ({ value: p, label: t(`platform.${p}`) }))} onChange={(v) => setForm({ ...form, platform: v as Platform | '' })} />
        </Field>
        <Field id={`${id}-text`} label={t('compose.templateText')}>
          <textarea rows={4} value={form.text} onChange={(event) => setForm({ ...form, text: event.target.value })} />
        </Field>
        <div className="toolbar">
          <button type="submit" className="button">{form.id ? t('post.save') : t('compose.addTemplate')}</button>
          {form.id && <button type="button" className="button button--quiet" onClick={() => setForm(BLANK)}>{t('dialog.cancel')}</button>}
        </div>
      </form>
      <p role="status" className="status">{status}</p>
    </details>
  );
}
