/** Copies a text to the clipboard and says so ("Copied"), or that it could not; `onCopied` runs after a copy that worked. */
import { useState } from 'react';
import { useApp } from '@/components/ui/settings-context';

export function CopyButton({ label, getText, onCopied }: { label: string; getText: () => string; onCopied?: () => void }) {
  const { t } = useApp();
  const [said, setSaid] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(getText());
      setSaid(t('compose.copied'));
      onCopied?.();
    } catch (error) {
      // The clipboard can refuse (no focus, a denied permission): say so, the text is still on screen.
      console.warn('[mkakati] copy failed', error);
      setSaid(t('compose.copyFailed'));
    }
  }

  return (
    <span className="compose-copy">
      <button type="button" className="button" onClick={() => void copy()}>{label}</button>
      <span role="status" className="status">{said}</span>
    </span>
  );
}
