/**
 * "Fill composer" on Threads: finds the editor of the open "New thread" dialog (utils/collect/fill-composer.ts
 * writes into it, as a paste: the editor is Lexical). The selectors live here, not in selectors.ts.
 */
import { findDialogEditor, type DialogComposer } from '@/utils/collect/fill-composer';

/**
 * The "New thread" dialog's Lexical editor (aria-label "Empty text field. Type to compose a new post.",
 * placeholder "What's new?"). Reply boxes carry the same label: the one under a post on its page sits in no
 * dialog, and the reply and quote dialogs show the post they answer, with its link (/@user/post/…).
 */
export const COMPOSER: DialogComposer = {
  editor: ['[contenteditable="true"][role="textbox"][data-lexical-editor="true"]'],
  dialog: ['[role="dialog"]'],
  notComposer: ['a[href*="/post/"]'],
  notComposerLabel: /\b(comment|reply|maoni|jibu)/i,
};

export function findComposer(doc: Document): HTMLElement | null {
  return findDialogEditor(doc, COMPOSER);
}
