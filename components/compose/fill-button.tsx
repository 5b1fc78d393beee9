/**
 * "Fill composer" for the platforms whose web composer a content script can fill (X, LinkedIn, Facebook,
 * Threads, Instagram's "Create new post" caption, TikTok's upload caption; not YouTube, whose upload
 * dialog is on studio.youtube.com, outside the manifest's hosts): sends the variant's final text to the
 * active tab's content script, which puts it into the composer the user has opened there
 * (utils/collect/fill-composer.ts), and says how it went. Copy stays next to it as the fallback.
 * After a fill that worked, `onFilled` runs: the composer makes the post "ready to publish".
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

export function FillButton({ platform, getText, onFilled }: { platform: FillPlatform; getText: () => string; onFilled?: () => void }) {
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
      if (outcome === 'filled') onFilled?.();
      // TikTok writes the video's file name into the caption: say so, or "already has text" puzzles.
      const key = outcome === 'not-empty' && platform === 'tiktok' ? 'compose.fill.not-empty-tiktok' : (`compose.fill.${outcome}` as const);
      setSaid(t(key, { platform: name, site: PLATFORM_HOSTS[platform][0]! }));
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
