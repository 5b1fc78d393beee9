/**
 * Opens the side panel at a place (`plan/<post id>`, `today`…). Both calls are made at once, inside
 * the click that asked for them: sidePanel.open() needs that user gesture, which an await would lose.
 * Where the panel cannot open, the same page opens in a tab.
 */
import { browser } from 'wxt/browser';

export function openSidePanel(windowId: number, place = 'today'): Promise<'panel' | 'tab'> {
  const path = `sidepanel.html#${place}` as const;
  void browser.sidePanel.setOptions({ path });
  return browser.sidePanel.open({ windowId }).then(
    () => 'panel' as const,
    async () => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/${path}`) });
      return 'tab' as const;
    },
  );
}
