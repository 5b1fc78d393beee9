// The instagram collector: the shared runtime (utils/collect) reading instagram pages with this folder's adapter;
// and "Fill composer": the side panel's final text put into the composer open on the page.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentScriptEnv } from '@/utils/collect/env';
import { answerFill } from '@/utils/collect/fill-composer';
import { runCollector } from '@/utils/collect/runtime';
import { platformMatches } from '@/utils/platforms';
import { adapter } from './adapter';
import { findComposer } from './fill-composer';

export default defineContentScript({
  matches: platformMatches('instagram'),
  runAt: 'document_idle',
  main(ctx) {
    browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
      const reply = answerFill(raw, sender, browser.runtime.id, 'instagram', () => findComposer(document), 'paste');
      if (reply === undefined) return undefined;
      sendResponse(reply);
      return false;
    });
    runCollector(adapter, contentScriptEnv(ctx, (message) => browser.runtime.sendMessage(message)));
  },
});
