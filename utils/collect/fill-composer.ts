/**
 * "Fill composer" in a content script: the side panel sends the final text of a variant, and the
 * script puts it into the platform's own composer that the user has opened. This half is the pure
 * part (checking the message, finding an editor in an open compose dialog, writing into an editor
 * element); each platform's fill-composer.ts says where its editor is, and its index.ts wires the listener.
 *
 * The message is checked by hand here: zod stays out of content-script bundles. The zod schema in
 * utils/messaging.ts (`fillComposerMessageSchema`) describes the same shape, and
 * tests/unit/compose/fill-composer.test.ts keeps the two in agreement.
 */
import type { FillComposerMessage, FillComposerReply } from '@/utils/messaging';
import type { Platform } from '@/utils/platforms';

/** The longest text accepted (X Premium's long posts; every other composer allows less). */
export const FILL_TEXT_MAX = 25_000;

export function isFillComposerMessage(raw: unknown, platform: Platform): raw is FillComposerMessage {
  if (typeof raw !== 'object' || raw === null) return false;
  const message = raw as Record<string, unknown>;
  return (
    Object.keys(message).sort().join() === 'platform,text,type' &&
    message.type === 'fill-composer' &&
    message.platform === platform &&
    typeof message.text === 'string' &&
    message.text.length >= 1 &&
    message.text.length <= FILL_TEXT_MAX
  );
}

/**
 * How an editor takes the text. 'type': as typing would (X's and TikTok's Draft.js, LinkedIn's Quill).
 * 'paste': as pasting would (Meta's Lexical on Facebook, Threads and Instagram), typing as the fallback.
 */
export type FillHow = 'type' | 'paste';

/**
 * Writes `text` into a rich-text editor the way typing (or pasting) would.
 *
 * Why not `textContent` or DOM nodes: these editors keep their own model of the text and rebuild the
 * DOM from it. Text written straight into the DOM is not in the model — the post button stays disabled,
 * the counter stays at zero, and the next render wipes it. `execCommand('insertText')` goes through the
 * browser's editing pipeline like typing: the text lands at the caret and an `input` event follows with
 * inputType "insertText" and the text as data, which is what the editors reconcile from. (Chromium fires
 * no `beforeinput` for execCommand, only `input`; tested against the fixtures in tests/fixtures/composers.)
 *
 * Newlines: each line is inserted on its own and each line break is `insertParagraph` (what Enter does:
 * an `input` with inputType "insertParagraph", a new block), so the editor is told about every break;
 * an insertText holding "\n" would be split into paragraphs by Chromium in one opaque step.
 *
 * Lexical ('paste') takes a line break only from `beforeinput` (which execCommand does not fire): the
 * paragraph the browser adds on its own is not in its model, and the lines would run together. A paste
 * is what Lexical reads whole, line breaks included: a `paste` event carrying the text as text/plain,
 * which Lexical's handler takes (it cancels the event and inserts the text as paragraphs). If nothing
 * takes the paste (the event is not cancelled; a synthetic paste changes nothing by itself), the text is
 * typed instead.
 *
 * The editor must be empty: the text is never mixed into a draft the user wrote there.
 */
export function fillEditor(editor: HTMLElement | null, text: string, how: FillHow = 'type'): FillComposerReply {
  if (!editor) return { ok: false, reason: 'no-composer' };
  if ((editor.textContent ?? '').trim() !== '') return { ok: false, reason: 'not-empty' };
  const doc = editor.ownerDocument;
  editor.focus();
  // The caret at the end of the (empty) editor, inside it.
  const selection = doc.getSelection();
  if (selection) {
    const range = doc.createRange();
    range.selectNodeContents(editor);
    range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  if (how === 'paste' && pasted(editor, text)) return { ok: true };
  const lines = text.split(/\r?\n/);
  let inserted = true;
  lines.forEach((line, index) => {
    if (index > 0) inserted = doc.execCommand('insertParagraph') && inserted;
    if (line !== '') inserted = doc.execCommand('insertText', false, line) && inserted;
  });
  return inserted ? { ok: true } : { ok: false, reason: 'refused' };
}

/** Offers `text` to the editor as a paste; true when the editor took it (cancelled the event). */
function pasted(editor: HTMLElement, text: string): boolean {
  const view = editor.ownerDocument.defaultView;
  if (!view || typeof view.DataTransfer !== 'function' || typeof view.ClipboardEvent !== 'function') return false;
  const data = new view.DataTransfer();
  data.setData('text/plain', text.replace(/\r\n/g, '\n'));
  const event = new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  return !editor.dispatchEvent(event);
}

/** Where a platform's composer is: an editor inside an open compose dialog, and what marks a dialog or editor as not one. */
export interface DialogComposer {
  /** The editor element. */
  editor: readonly string[];
  /** The dialog it must be inside. */
  dialog: readonly string[];
  /** Anything that, inside the dialog or around the editor, means it is no compose dialog (a post with its comments, the post a reply answers). */
  notComposer: readonly string[];
  /** An aria-label or aria-placeholder that names a comment, reply or message box. */
  notComposerLabel: RegExp;
}

/**
 * The editor of the compose dialog open on the page: the focused one first, else the first. Never an
 * editor outside a dialog (comment and reply boxes in the feed and on post pages), in a dialog that
 * shows a post or its comments, or one labelled as a comment, reply or message box.
 */
export function findDialogEditor(doc: Document, where: DialogComposer): HTMLElement | null {
  const notComposer = where.notComposer.join();
  const editors = [...doc.querySelectorAll<HTMLElement>(where.editor.join())].filter((editor) => {
    const dialog = editor.closest(where.dialog.join());
    const label = `${editor.getAttribute('aria-label') ?? ''} ${editor.getAttribute('aria-placeholder') ?? ''}`;
    return dialog !== null && editor.closest(notComposer) === null && dialog.querySelector(notComposer) === null && !where.notComposerLabel.test(label);
  });
  const active = doc.activeElement;
  return editors.find((editor) => active !== null && (editor === active || editor.contains(active))) ?? editors[0] ?? null;
}

/**
 * A content script's answer to a runtime message: undefined when it is not a fill-composer message for
 * this platform from one of our extension pages (the message is then left alone), else the result of
 * filling the editor `find` returns. Only an extension page may ask: the browser-stamped sender has our
 * id and no tab (a content script or a web page never qualifies).
 */
export function answerFill(
  raw: unknown,
  sender: { id?: string; tab?: unknown },
  selfId: string,
  platform: Platform,
  find: () => HTMLElement | null,
  how: FillHow = 'type',
): FillComposerReply | undefined {
  if (sender.id !== selfId || sender.tab !== undefined) return undefined;
  if (!isFillComposerMessage(raw, platform)) return undefined;
  return fillEditor(find(), raw.text, how);
}
