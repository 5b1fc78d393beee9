/**
 * One quadrant of a SWOT as an editable list: each item is a text box with Move up, Move down and
 * Remove (the box grows with its text); a box at the end adds one (Enter adds too, without submitting the form). Focus stays where
 * the keyboard user is: on the moved item's button, on the next item after a removal, on the new box
 * after an addition. The parent owns the items; nothing is saved until the form is.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { useApp } from '@/components/ui/settings-context';
import type { SWOT_QUADRANTS } from '@/storage/brand';
import { LIMITS } from '@/storage/schemas';

export type Quadrant = (typeof SWOT_QUADRANTS)[number];

export function SwotList({ quadrant, items, onChange, idPrefix }: { quadrant: Quadrant; items: readonly string[]; onChange: (items: string[]) => void; idPrefix: string }) {
  const { t } = useApp();
  const [draft, setDraft] = useState('');
  const list = useRef<HTMLOListElement>(null);
  const newItem = useRef<HTMLInputElement>(null);
  const name = t(`strategy.concept.swot.${quadrant}`);
  const params = (index: number) => ({ quadrant: name, n: index + 1 });

  /** Focuses a control of the item at `index` once React has rendered the change. */
  function focusLater(index: number, control: 'input' | 'up' | 'down') {
    requestAnimationFrame(() => {
      const item = list.current?.children[index];
      const target = item?.querySelector<HTMLElement>(`[data-control='${control}']`);
      (target ?? newItem.current)?.focus();
    });
  }

  function move(index: number, by: -1 | 1) {
    const next = [...items];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item ?? '');
    onChange(next);
    // At the top or the bottom the button that moved it is gone; the other one is there.
    const to = index + by;
    focusLater(to, to === 0 ? 'down' : to === items.length - 1 ? 'up' : by < 0 ? 'up' : 'down');
  }

  function remove(index: number) {
    onChange(items.filter((_, i) => i !== index));
    focusLater(Math.min(index, items.length - 2), 'input');
  }

  function add() {
    if (!draft.trim()) {
      newItem.current?.focus();
      return;
    }
    onChange([...items, draft.trim()]);
    setDraft('');
    newItem.current?.focus();
  }

  function onDraftKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  }

  return (
    <fieldset className="swot-list" data-quadrant={quadrant}>
      <legend>{name}</legend>
      {items.length === 0 && <p className="help">{t('strategy.concept.swot.empty')}</p>}
      <ol ref={list} className="swot-list__items" aria-label={name}>
        {items.map((item, index) => (
          // Index keys: the inputs are controlled, so the values follow the items; focus is moved by hand.
          <li key={index} className="swot-list__item">
            {/* A text area that grows with its text (field-sizing), so a long item is read whole. */}
            <textarea rows={1} data-control="input" value={item} maxLength={LIMITS.shortText} aria-label={t('strategy.concept.swot.item', params(index))} onChange={(event) => onChange(items.map((old, i) => (i === index ? event.target.value : old)))} />
            {index > 0 && (
              <button type="button" data-control="up" className="swot-list__icon" aria-label={t('strategy.concept.swot.moveUp', params(index))} title={t('strategy.concept.swot.moveUp', params(index))} onClick={() => move(index, -1)}>
                ↑
              </button>
            )}
            {index < items.length - 1 && (
              <button type="button" data-control="down" className="swot-list__icon" aria-label={t('strategy.concept.swot.moveDown', params(index))} title={t('strategy.concept.swot.moveDown', params(index))} onClick={() => move(index, 1)}>
                ↓
              </button>
            )}
            <button type="button" data-control="remove" className="swot-list__icon" aria-label={t('strategy.concept.swot.remove', params(index))} title={t('strategy.concept.swot.remove', params(index))} onClick={() => remove(index)}>
              ✕
            </button>
          </li>
        ))}
      </ol>
      <div className="swot-list__add">
        <input
          ref={newItem}
          id={`${idPrefix}-${quadrant}-new`}
          type="text"
          value={draft}
          maxLength={LIMITS.shortText}
          aria-label={t('strategy.concept.swot.new', { quadrant: name })}
          placeholder={t('strategy.concept.swot.newPlaceholder')}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onDraftKey}
        />
        <button type="button" className="button" aria-label={t('strategy.concept.swot.add', { quadrant: name })} onClick={add}>
          {t('strategy.concept.swot.addShort')}
        </button>
      </div>
    </fieldset>
  );
}
