// Code passed to page.evaluate() runs in extension pages, where Chrome's `chrome` global exists.
import type { browser } from 'wxt/browser';

declare global {
  const chrome: typeof browser;
}
