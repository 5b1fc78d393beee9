/**
 * The tab the popup was opened over and what the collectors read on it (utils/tab-capture.ts), followed
 * live: the background rewrites the record after every capture batch. No `tabs` permission is needed:
 * `tab.url` is visible for the platforms' hosts (our host permissions) and hidden for every other page,
 * which is exactly "not a platform page".
 */
import { useEffect, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { platformOfUrl, type Platform } from '@/utils/platforms';
import { asTabCapture, tabCaptureKey, type TabCapture } from '@/utils/tab-capture';

export type ThisTab =
  | { kind: 'loading' }
  /** Not a page of a supported platform (or no normal window at all). */
  | { kind: 'elsewhere' }
  /** A platform page; `record` is null until its first capture arrives. */
  | { kind: 'platform'; tabId: number; platform: Platform; record: TabCapture | null };

type ActiveTab = { id: number; platform: Platform | null } | null;

/**
 * The active tab of the last focused normal window: in the toolbar popup that is the page under it; when
 * popup.html runs in a popup-type window of its own (tests), the browser window behind it. Not
 * `tabs.query({ lastFocusedWindow: true, windowType: 'normal' })`: Chromium applies both filters, so
 * when the last focused window is that popup window the query finds nothing.
 */
async function findActiveTab(): Promise<ActiveTab> {
  const window = await browser.windows.getLastFocused({ windowTypes: ['normal'] });
  if (window.id === undefined) return null;
  const [tab] = await browser.tabs.query({ active: true, windowId: window.id });
  if (tab?.id === undefined) return null;
  return { id: tab.id, platform: platformOfUrl(tab.url) };
}

function useTabCaptureRecord(tabId: number | undefined): TabCapture | null | undefined {
  const [state, setState] = useState<{ tabId: number; record: TabCapture | null }>();
  useEffect(() => {
    if (tabId === undefined) return;
    const key = tabCaptureKey(tabId);
    let live = true;
    const onChanged = (changes: Record<string, Browser.storage.StorageChange>) => {
      if (key in changes) setState({ tabId, record: asTabCapture(changes[key]!.newValue) });
    };
    browser.storage.session.onChanged.addListener(onChanged);
    void browser.storage.session.get(key).then((stored) => {
      if (live) setState((known) => (known?.tabId === tabId ? known : { tabId, record: asTabCapture(stored[key]) }));
    });
    return () => {
      live = false;
      browser.storage.session.onChanged.removeListener(onChanged);
    };
  }, [tabId]);
  return state !== undefined && state.tabId === tabId ? state.record : undefined;
}

export function useThisTab(): ThisTab {
  const [tab, setTab] = useState<ActiveTab | undefined>();
  useEffect(() => {
    let live = true;
    void findActiveTab().then(
      (found) => live && setTab(found),
      (error: unknown) => {
        console.warn('[mkakati] no active tab', error);
        if (live) setTab(null);
      },
    );
    return () => {
      live = false;
    };
  }, []);
  const record = useTabCaptureRecord(tab?.platform ? tab.id : undefined);

  if (tab === undefined) return { kind: 'loading' };
  if (!tab?.platform) return { kind: 'elsewhere' };
  if (record === undefined) return { kind: 'loading' };
  // A record of another platform is what the tab read before it moved on; this page has no record yet.
  return { kind: 'platform', tabId: tab.id, platform: tab.platform, record: record?.platform === tab.platform ? record : null };
}
