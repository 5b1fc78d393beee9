/** "Fill composer" on LinkedIn: finds the post editor of the open share dialog (utils/collect/fill-composer.ts writes into it). */
import { SHARE_DIALOG, SHARE_EDITOR } from './selectors';

/** The Quill editor inside the share dialog; never a comment box (also Quill) elsewhere on the page. */
export function findComposer(doc: Document): HTMLElement | null {
  for (const dialog of doc.querySelectorAll(SHARE_DIALOG.join())) {
    const editor = dialog.querySelector<HTMLElement>(SHARE_EDITOR.join());
    if (editor) return editor;
  }
  return null;
}
