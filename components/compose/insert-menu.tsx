/** What a draft can take in one step: a hashtag set, a template, a hook of the post's audience segment. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { Select } from '@/components/ui/select';
import { listHashtagSets } from '@/storage/hashtag-sets';
import type { Post } from '@/storage/schemas';
import { listHooks } from '@/storage/strategy';
import { listTemplates } from '@/storage/templates';
import { insertHashtagSet } from '@/utils/compose/hashtags';
import { appendBlock } from './final-text';

export function InsertMenu({ variant, text, onInsert }: { variant: Post; text: string; onInsert: (text: string) => void }) {
  const { t } = useApp();
  const id = useId();
  const sets = useLiveQuery(listHashtagSets) ?? [];
  const templates = (useLiveQuery(listTemplates) ?? []).filter((template) => template.platform === null || template.platform === variant.platform);
  const segmentId = variant.segmentId;
  const hooks = (useLiveQuery(listHooks) ?? []).filter((hook) => segmentId !== null && hook.segmentId === segmentId && hook.active);

  function insertSet(setId: string) {
    const set = sets.find((candidate) => candidate.id === setId);
    // Tags the variant already carries in its hashtag field are published anyway: not twice.
    const own = new Set(variant.hashtags.map((tag) => tag.replace(/^#+/, '').toLocaleLowerCase()));
    if (set) onInsert(insertHashtagSet(text, set.tags.filter((tag) => !own.has(tag.toLocaleLowerCase()))));
  }
  function insertTemplate(templateId: string) {
    const template = templates.find((candidate) => candidate.id === templateId);
    if (template) onInsert(appendBlock(text, template.text));
  }
  function insertHook(hookId: string) {
    const hook = hooks.find((candidate) => candidate.id === hookId);
    if (hook) onInsert(appendBlock(text, [hook.offer.trim(), hook.callToAction.trim()].filter(Boolean).join('\n')));
  }

  const menus = [
    { key: 'set', label: t('compose.insertSet'), options: sets.map((set) => ({ value: set.id, label: set.name })), insert: insertSet },
    { key: 'template', label: t('compose.insertTemplate'), options: templates.map((template) => ({ value: template.id, label: template.name })), insert: insertTemplate },
    { key: 'hook', label: t('compose.insertHook'), options: hooks.map((hook) => ({ value: hook.id, label: hook.title })), insert: insertHook },
  ].filter((menu) => menu.options.length > 0);
  if (menus.length === 0) return null;

  return (
    <div className="toolbar compose-insert">
      {menus.map((menu) => (
        <span key={menu.key}>
          <label htmlFor={`${id}-${menu.key}`} className="sr-only">{menu.label}</label>
          {/* A choice inserts at once; the menu then shows its label again, ready for the next. */}
          <Select id={`${id}-${menu.key}`} value="" none={`${menu.label}…`} options={menu.options} onChange={(value) => value && menu.insert(value)} />
        </span>
      ))}
    </div>
  );
}
