/**
 * "Fill composer" on TikTok: finds the caption editor of the upload page, TikTok Studio's
 * (www.tiktok.com/tiktokstudio/upload), or the older www.tiktok.com/upload (utils/collect/fill-composer.ts
 * types into it: the editor is Draft.js). The selectors live here, not in selectors.ts.
 *
 * TikTok puts the video's file name into the caption once the upload starts; the caption then holds text,
 * and is refused like any composer with text in it ("not-empty"): the manager clears it first, so nothing
 * they or TikTok wrote is ever mixed with the plan's text.
 */

/** The Draft.js caption editor in the upload form's caption container. */
export const COMPOSER_EDITOR = [
  '[data-e2e="caption_container"] .public-DraftEditor-content[contenteditable="true"]',
  '[data-e2e="caption_container"] [contenteditable="true"]',
] as const;

/**
 * The caption editor on the page, else in a same-origin frame (the older upload page framed its form).
 * A video's comment box (also Draft.js, [data-e2e="comment-input"]) is never one.
 */
export function findComposer(doc: Document): HTMLElement | null {
  const editor = doc.querySelector<HTMLElement>(COMPOSER_EDITOR.join());
  if (editor) return editor;
  for (const frame of doc.querySelectorAll('iframe')) {
    let inner: Document | null = null;
    try {
      inner = frame.contentDocument;
    } catch {
      // A cross-origin frame: not the upload form.
    }
    const found = inner?.querySelector<HTMLElement>(COMPOSER_EDITOR.join());
    if (found) return found;
  }
  return null;
}
