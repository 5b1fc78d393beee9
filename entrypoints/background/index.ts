/** Composition root of the service worker: registers listeners synchronously, nothing else. */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from './handlers';
import { createRouter } from './router';

export default defineBackground(() => {
  const route = createRouter(createHandlers(Date.now()), {
    id: browser.runtime.id,
    origin: browser.runtime.getURL('/'),
  });

  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- Firefox and the fake browser take a returned promise as the reply
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const reply = route(message, sender);
    // Chrome answers through sendResponse (and `return true` keeps the channel open); a listener
    // that is handed none (Firefox, WXT's fake browser) answers with the promise itself.
    if (typeof sendResponse !== 'function') return reply;
    void reply.then(sendResponse);
    return true;
  });

  // The toolbar button opens the popup; the side panel is opened from there (it needs a user gesture).
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false });
});
