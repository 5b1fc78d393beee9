/**
 * "Fill composer" in a content script: the side panel sends the final text of a variant, and the
 * script puts it into the platform's own composer that the user has opened. This half is the pure
 * part (checking the message, writing into an editor element); each platform's fill-composer.ts finds
 * its editor, and its index.ts wires the listener.
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
 * Writes `text` into a rich-text editor (X's Draft.js, LinkedIn's Quill) the way typing would.
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
 * The editor must be empty: the text is never mixed into a draft the user wrote there.
 */
export function fillEditor(editor: HTMLElement | null, text: string): FillComposerReply {
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
  const lines = text.split(/\r?\n/);
  let inserted = true;
  lines.forEach((line, index) => {
    if (index > 0) inserted = doc.execCommand('insertParagraph') && inserted;
    if (line !== '') inserted = doc.execCommand('insertText', false, line) && inserted;
  });
  return inserted ? { ok: true } : { ok: false, reason: 'refused' };
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
): FillComposerReply | undefined {
  if (sender.id !== selfId || sender.tab !== undefined) return undefined;
  if (!isFillComposerMessage(raw, platform)) return undefined;
  return fillEditor(find(), raw.text);
}
