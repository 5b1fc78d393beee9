/**
 * "Fill composer" on Instagram: finds the caption editor of the open "Create new post" dialog
 * (utils/collect/fill-composer.ts writes into it, as a paste: the editor is Lexical). The selectors live
 * here, not in selectors.ts.
 */
import { findDialogEditor, type DialogComposer } from '@/utils/collect/fill-composer';

/**
 * The caption step's Lexical editor (aria-label "Write a caption..."). Comment boxes are textareas, in the
 * feed's articles or in the dialog a post opens in, which shows its link (/p/… or /reel/…); message boxes
 * are labelled as such.
 */
export const COMPOSER: DialogComposer = {
  editor: ['[contenteditable="true"][role="textbox"][data-lexical-editor="true"]'],
  dialog: ['[role="dialog"]'],
  notComposer: ['article', 'a[href*="/p/"]', 'a[href*="/reel/"]'],
  notComposerLabel: /\b(comment|reply|message|maoni|jibu|ujumbe)/i,
};

export function findComposer(doc: Document): HTMLElement | null {
  return findDialogEditor(doc, COMPOSER);
}
