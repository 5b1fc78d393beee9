// "Fill composer" on Facebook, Threads, Instagram and TikTok: each content script finds the editor of the
// composer the user opened in its fixture, never a comment or reply box, and refuses what it must.
// (The writing itself needs a real editing engine: tests/e2e/fill-composer.e2e.test.ts.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findComposer as findFacebookComposer } from '@/entrypoints/facebook.content/fill-composer';
import { findComposer as findInstagramComposer } from '@/entrypoints/instagram.content/fill-composer';
import { findComposer as findThreadsComposer } from '@/entrypoints/threads.content/fill-composer';
import { findComposer as findTikTokComposer } from '@/entrypoints/tiktok.content/fill-composer';
import { answerFill, fillEditor, isFillComposerMessage } from '@/utils/collect/fill-composer';
import { FILL_PLATFORMS, fillComposerMessageSchema } from '@/utils/messaging';

const FIXTURES = join(__dirname, '../../fixtures/composers');
const load = (name: string) => new DOMParser().parseFromString(readFileSync(join(FIXTURES, name), 'utf8'), 'text/html');
const html = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');

describe('the platforms that fill', () => {
  it('are every platform with a matched web composer: not YouTube (its upload dialog is on studio.youtube.com)', () => {
    expect([...FILL_PLATFORMS].sort()).toEqual(['facebook', 'instagram', 'linkedin', 'threads', 'tiktok', 'x']);
  });

  it('each takes only its own messages, as the zod schema does', () => {
    for (const platform of FILL_PLATFORMS) {
      const message = { type: 'fill-composer', platform, text: 'Cupping Friday\n#coffee' };
      expect(fillComposerMessageSchema.safeParse(message).success).toBe(true);
      expect(isFillComposerMessage(message, platform)).toBe(true);
      expect(isFillComposerMessage(message, platform === 'x' ? 'linkedin' : 'x')).toBe(false);
    }
    expect(fillComposerMessageSchema.safeParse({ type: 'fill-composer', platform: 'youtube', text: 'hi' }).success).toBe(false);
  });

  it('answers "no composer" when none is open, whichever way the editor takes text', () => {
    const message = { type: 'fill-composer', platform: 'facebook', text: 'hi' };
    expect(answerFill(message, { id: 'ours' }, 'ours', 'facebook', () => null, 'paste')).toEqual({ ok: false, reason: 'no-composer' });
    expect(answerFill(message, { id: 'ours', tab: { id: 1 } }, 'ours', 'facebook', () => null, 'paste')).toBeUndefined();
  });
});

describe('Facebook', () => {
  it('finds the Create post dialog’s Lexical editor, never the feed’s comment box', () => {
    const doc = load('facebook-create-post.html');
    const editor = findFacebookComposer(doc);
    expect(editor?.getAttribute('aria-label')).toBe("What's on your mind, Amina?");
    expect(editor?.closest('[role="dialog"]')).not.toBeNull();
    doc.querySelector('[role="dialog"]')!.remove();
    expect(findFacebookComposer(doc)).toBeNull(); // the comment box is a Lexical textbox too
  });

  it('never fills the comment box of a post opened in a dialog', () => {
    const doc = html(`
      <div role="dialog" aria-label="Amina's post">
        <div role="article"><div dir="auto">A post</div></div>
        <div role="article" aria-label="Comment by Baraka"><span>Nice</span></div>
        <form><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Andika maoni…"><p><br></p></div></form>
      </div>`);
    expect(findFacebookComposer(doc)).toBeNull();
    // Its label alone says so too, in English or Kiswahili.
    const labelled = html('<div role="dialog"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Write a public comment…"></div></div>');
    expect(findFacebookComposer(labelled)).toBeNull();
  });

  it('refuses a composer holding a draft', () => {
    const editor = findFacebookComposer(load('facebook-create-post.html'))!;
    editor.textContent = 'my own draft';
    expect(fillEditor(editor, 'hi', 'paste')).toEqual({ ok: false, reason: 'not-empty' });
  });
});

describe('Threads', () => {
  it('finds the New thread dialog’s editor, never the reply box under the post', () => {
    const doc = load('threads-new-thread.html');
    const editor = findThreadsComposer(doc);
    expect(editor?.getAttribute('aria-placeholder')).toBe('What’s new?');
    expect(editor?.getAttribute('aria-label')).toBe('Empty text field. Type to compose a new post.');
    doc.querySelector('[role="dialog"]')!.remove();
    expect(findThreadsComposer(doc)).toBeNull(); // the reply box has the same aria-label
  });

  it('fills the focused post of a thread being written, else its first', () => {
    const doc = load('threads-new-thread.html');
    const first = findThreadsComposer(doc)!;
    const second = first.cloneNode(true) as HTMLElement;
    first.after(second);
    expect(findThreadsComposer(doc)).toBe(first);
    document.body.replaceChildren(...doc.body.childNodes); // focus needs a document that is shown
    const [, shown] = document.querySelectorAll<HTMLElement>('[role="dialog"] [data-lexical-editor="true"]');
    shown!.focus();
    expect(findThreadsComposer(document)).toBe(shown);
    document.body.replaceChildren();
  });

  it('never fills a reply dialog, which shows the post it answers', () => {
    const doc = html(`
      <div role="dialog">
        <h1>Reply</h1>
        <a href="/@baraka/post/DB9z8Y7x6W5"><time>1h</time></a><span>Who is coming on Friday?</span>
        <div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Empty text field. Type to compose a new post."><p><br></p></div>
      </div>`);
    expect(findThreadsComposer(doc)).toBeNull();
  });
});

describe('Instagram', () => {
  it('finds the Create new post dialog’s caption editor, never the feed’s comment box', () => {
    const doc = load('instagram-create-post.html');
    const editor = findInstagramComposer(doc);
    expect(editor?.getAttribute('aria-label')).toBe('Write a caption...');
    doc.querySelector('[role="dialog"]')!.remove();
    expect(findInstagramComposer(doc)).toBeNull();
  });

  it('never fills a box in a post opened in a dialog, or a message box', () => {
    const post = html(`
      <div role="dialog"><a href="/p/DA1b2C3d4E5/"><time>2d</time></a>
        <div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Write a caption..."></div></div>`);
    expect(findInstagramComposer(post)).toBeNull();
    const message = html('<div role="dialog"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Write a message..."></div></div>');
    expect(findInstagramComposer(message)).toBeNull();
  });
});

describe('TikTok', () => {
  it('finds the upload page’s caption editor, and refuses it while it holds TikTok’s file name', () => {
    const doc = load('tiktok-studio-upload.html');
    const editor = findTikTokComposer(doc);
    expect(editor?.closest('[data-e2e="caption_container"]')).not.toBeNull();
    expect(editor?.classList.contains('public-DraftEditor-content')).toBe(true);
    expect(editor?.textContent?.trim()).toBe('cupping-friday');
    expect(fillEditor(editor, 'Cupping Friday')).toEqual({ ok: false, reason: 'not-empty' });
  });

  it('never fills a video’s comment box', () => {
    const doc = load('tiktok-video.html');
    expect(doc.querySelector('[data-e2e="comment-input"] .public-DraftEditor-content')).not.toBeNull();
    expect(findTikTokComposer(doc)).toBeNull();
  });
});
