/** Templates: reusable texts the composer inserts into a draft, for one platform or for any. */
import { db } from './db';
import { newId } from './ids';
import { templateSchema, type Template } from './schemas';
import { parseRow } from './validation';

export type TemplateInput = Omit<Template, 'id' | 'createdAt' | 'updatedAt'>;

/** Every template, by name. */
export async function listTemplates(): Promise<Template[]> {
  return (await db.templates.toArray()).sort((a, b) => a.name.localeCompare(b.name));
}

export async function createTemplate(input: TemplateInput, now = Date.now()): Promise<Template> {
  const template = parseRow(templateSchema, { ...input, id: newId(), createdAt: now, updatedAt: now });
  await db.templates.add(template);
  return template;
}

/** Applies an edit; throws when the template is gone or the result is invalid (nothing is written then). */
export async function updateTemplate(id: string, patch: Partial<TemplateInput>, now = Date.now()): Promise<Template> {
  return db.transaction('rw', db.templates, async () => {
    const current = await db.templates.get(id);
    if (!current) throw new Error(`No template ${id}`);
    const template = parseRow(templateSchema, { ...current, ...patch, updatedAt: now });
    await db.templates.put(template);
    return template;
  });
}

/** Deletes a template; posts keep the text it gave them (nothing points at a template). */
export async function deleteTemplate(id: string): Promise<void> {
  await db.templates.delete(id);
}
