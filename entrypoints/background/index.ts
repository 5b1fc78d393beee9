/** Composition root of the service worker: registers listeners synchronously, nothing else. */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from './handlers';
import { REMINDER_ALARM } from '@/utils/reminder-alarm';
import { createReminderService } from './reminders';
import { createRouter } from './router';
import { forgetTabCapture } from './tab-captures';

export default defineBackground(() => {
  const reminders = createReminderService();
  const route = createRouter(createHandlers(Date.now(), reminders), {
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

  browser.tabs.onRemoved.addListener((tabId) => void forgetTabCapture(tabId));

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void reminders.process();
  });
  browser.notifications.onClicked.addListener((id) => void reminders.open(id));
  browser.notifications.onButtonClicked.addListener((id, button) => void (button === 0 ? reminders.open(id) : reminders.snooze(id)));
  // Every start of the worker (browser start, install, update, wake-up) delivers what fell due meanwhile.
  void reminders.process();

  // The toolbar button opens the popup; the side panel is opened from there (it needs a user gesture).
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false });
});
