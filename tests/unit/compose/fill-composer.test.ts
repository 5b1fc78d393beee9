// "Fill composer" in the content scripts: the hand-written message check agrees with the zod schema,
// only our extension pages may ask, and each platform finds the right editor in its fixture composer.
// (The writing itself needs a real editing engine: tests/e2e/fill-composer.e2e.test.ts.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findComposer as findLinkedInComposer } from '@/entrypoints/linkedin.content/fill-composer';
import { findComposer as findXComposer } from '@/entrypoints/x.content/fill-composer';
import { FILL_TEXT_MAX, answerFill, fillEditor, isFillComposerMessage } from '@/utils/collect/fill-composer';
import { fillComposerMessageSchema } from '@/utils/messaging';

const FIXTURES = join(__dirname, '../../fixtures/composers');
const load = (name: string) => new DOMParser().parseFromString(readFileSync(join(FIXTURES, name), 'utf8'), 'text/html');

const MESSAGES: unknown[] = [
  { type: 'fill-composer', platform: 'x', text: 'Hello\nworld 🇰🇪' },
  { type: 'fill-composer', platform: 'x', text: 'a'.repeat(FILL_TEXT_MAX) },
  { type: 'fill-composer', platform: 'x', text: 'a'.repeat(FILL_TEXT_MAX + 1) },
  { type: 'fill-composer', platform: 'x', text: '' },
  { type: 'fill-composer', platform: 'x', text: 3 },
  { type: 'fill-composer', platform: 'x' },
  { type: 'fill-composer', platform: 'x', text: 'hi', extra: true },
  { type: 'capture', platform: 'x', text: 'hi' },
  null,
  'fill-composer',
];

describe('the fill-composer message', () => {
  it('is checked by hand exactly as its zod schema checks it', () => {
    for (const message of MESSAGES) {
      expect(isFillComposerMessage(message, 'x'), JSON.stringify(message)?.slice(0, 80)).toBe(fillComposerMessageSchema.safeParse(message).success);
    }
  });

  it('is for one platform only', () => {
    const message = { type: 'fill-composer', platform: 'linkedin', text: 'hi' };
    expect(fillComposerMessageSchema.safeParse(message).success).toBe(true);
    expect(isFillComposerMessage(message, 'linkedin')).toBe(true);
    expect(isFillComposerMessage(message, 'x')).toBe(false);
  });

  it('is answered only when one of our extension pages sends it', () => {
    const message = { type: 'fill-composer', platform: 'x', text: 'hi' };
    const none = () => null;
    expect(answerFill(message, { id: 'ours' }, 'ours', 'x', none)).toEqual({ ok: false, reason: 'no-composer' });
    expect(answerFill(message, { id: 'ours', tab: { id: 3 } }, 'ours', 'x', none)).toBeUndefined(); // a content script
    expect(answerFill(message, { id: 'someone-else' }, 'ours', 'x', none)).toBeUndefined();
    expect(answerFill(message, {}, 'ours', 'x', none)).toBeUndefined();
    expect(answerFill({ type: 'get-status' }, { id: 'ours' }, 'ours', 'x', none)).toBeUndefined();
  });
});

describe('finding the composer', () => {
  it('X: the compose dialog’s editor before the home timeline’s, the focused one first', () => {
    const doc = load('x-compose-post.html');
    const [home, dialog] = doc.querySelectorAll<HTMLElement>('[data-testid="tweetTextarea_0"]');
    expect(findXComposer(doc)).toBe(dialog);
    expect(dialog!.closest('[role="dialog"]')).not.toBeNull();
    expect(home!.closest('[role="dialog"]')).toBeNull();
  });

  it('X: none on a page without a composer', () => {
    expect(findXComposer(new DOMParser().parseFromString('<main role="main"><article data-testid="tweet"></article></main>', 'text/html'))).toBeNull();
  });

  it('LinkedIn: the share dialog’s Quill editor, never a comment box or Quill’s clipboard', () => {
    const doc = load('linkedin-share-box.html');
    const editor = findLinkedInComposer(doc);
    expect(editor?.getAttribute('data-placeholder')).toBe('What do you want to talk about?');
    doc.querySelector('[data-test-modal-id="sharebox"]')!.remove();
    expect(findLinkedInComposer(doc)).toBeNull(); // the comment box is Quill too, and never chosen
  });

  it('refuses an editor that already holds text', () => {
    const doc = load('linkedin-share-box.html');
    const editor = findLinkedInComposer(doc)!;
    editor.textContent = 'my own draft';
    expect(fillEditor(editor, 'hi')).toEqual({ ok: false, reason: 'not-empty' });
    expect(fillEditor(null, 'hi')).toEqual({ ok: false, reason: 'no-composer' });
  });
});
