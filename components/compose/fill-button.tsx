/**
 * "Fill composer" for the platforms whose web composer a content script can fill (X, LinkedIn): sends
 * the variant's final text to the active tab's content script, which puts it into the composer the
 * user has opened there (utils/collect/fill-composer.ts), and says how it went. The post's status is
 * left as it is: the plan has no "ready to publish" status yet.
 */
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { useApp } from '@/components/ui/settings-context';
import { FILL_PLATFORMS, fillComposerMessageSchema, type FillComposerMessage, type FillComposerReply } from '@/utils/messaging';
import { PLATFORM_HOSTS, platformOfUrl, type Platform } from '@/utils/platforms';

export type FillPlatform = (typeof FILL_PLATFORMS)[number];

export function canFill(platform: Platform): platform is FillPlatform {
  return (FILL_PLATFORMS as readonly Platform[]).includes(platform);
}

type Outcome = 'filled' | 'wrong-tab' | 'unreachable' | Exclude<FillComposerReply, { ok: true }>['reason'];

/** Asks the content script of the active tab to fill its composer; the tab must be a page of `platform`. */
export async function fillComposer(platform: FillPlatform, text: string): Promise<Outcome> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  // `tab.url` is visible only on our host permissions' pages: any other page reads as "not the platform".
  if (tab?.id === undefined || platformOfUrl(tab.url) !== platform) return 'wrong-tab';
  const message: FillComposerMessage = fillComposerMessageSchema.parse({ type: 'fill-composer', platform, text });
  let reply: FillComposerReply | undefined;
  try {
    reply = await browser.tabs.sendMessage<FillComposerMessage, FillComposerReply | undefined>(tab.id, message);
  } catch (error) {
    // No content script answers: the tab was opened before the extension was installed or updated.
    console.warn('[mkakati] fill composer: no answer from the tab', error);
    return 'unreachable';
  }
  if (!reply) return 'unreachable';
  return reply.ok ? 'filled' : reply.reason;
}

export function FillButton({ platform, getText }: { platform: FillPlatform; getText: () => string }) {
  const { t } = useApp();
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState(false);
  const name = t(`platform.${platform}`);

  async function fill() {
    const text = getText();
    if (text.trim() === '') {
      setSaid(t('compose.fill.empty'));
      return;
    }
    setBusy(true);
    setSaid('');
    try {
      const outcome = await fillComposer(platform, text);
      setSaid(t(`compose.fill.${outcome}`, { platform: name, site: PLATFORM_HOSTS[platform][0]! }));
    } catch (error) {
      console.warn('[mkakati] fill composer failed', error);
      setSaid(t('compose.fill.unreachable', { platform: name }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="compose-copy">
      <button type="button" className="button" disabled={busy} onClick={() => void fill()}>{t('compose.fill.button')}</button>
      <span role="status" className="status">{said}</span>
    </span>
  );
}
