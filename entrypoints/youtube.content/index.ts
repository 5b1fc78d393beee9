// The youtube collector: the shared runtime (utils/collect) reading youtube pages with this folder's adapter.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentScriptEnv } from '@/utils/collect/env';
import { runCollector } from '@/utils/collect/runtime';
import { platformMatches } from '@/utils/platforms';
import { adapter } from './adapter';

export default defineContentScript({
  matches: platformMatches('youtube'),
  runAt: 'document_idle',
  main(ctx) {
    runCollector(adapter, contentScriptEnv(ctx, (message) => browser.runtime.sendMessage(message)));
  },
});
