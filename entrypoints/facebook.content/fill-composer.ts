/**
 * "Fill composer" on Facebook: finds the editor of the open "Create post" dialog (utils/collect/fill-composer.ts
 * writes into it, as a paste: the editor is Lexical). The selectors live here, not in selectors.ts.
 */
import { findDialogEditor, type DialogComposer } from '@/utils/collect/fill-composer';

/**
 * The "Create post" dialog's Lexical editor (aria-label "What's on your mind, <Name>?", or "Write something…"
 * in a group). Comment boxes are Lexical textboxes too: in the feed they sit in no dialog, and the dialog a
 * post opens in shows the post and its comments as articles; their labels also say so.
 */
export const COMPOSER: DialogComposer = {
  editor: ['[contenteditable="true"][role="textbox"][data-lexical-editor="true"]'],
  dialog: ['[role="dialog"]'],
  notComposer: ['[role="article"]'],
  notComposerLabel: /\b(comment|reply|maoni|jibu)/i,
};

export function findComposer(doc: Document): HTMLElement | null {
  return findDialogEditor(doc, COMPOSER);
}
