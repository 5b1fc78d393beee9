/** "Fill composer" on X: finds the post composer the user has opened (utils/collect/fill-composer.ts writes into it). */
import { COMPOSER_DIALOG, COMPOSER_EDITOR } from './selectors';

/** The focused composer editor, else the first in the compose dialog, else the first on the page (the home timeline's). */
export function findComposer(doc: Document): HTMLElement | null {
  const editors = [...doc.querySelectorAll<HTMLElement>(COMPOSER_EDITOR.join())];
  const active = doc.activeElement;
  return (
    editors.find((editor) => active !== null && (editor === active || editor.contains(active))) ??
    editors.find((editor) => editor.closest(COMPOSER_DIALOG.join()) !== null) ??
    editors[0] ??
    null
  );
}
