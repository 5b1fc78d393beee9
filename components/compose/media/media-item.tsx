/** One file of a variant: what it is (size, pixels, preset, quality), how the feed frames it, and its actions. */
import { useState } from 'react';
import { Confirm } from '@/components/ui/confirm';
import { downloadFile } from '@/components/ui/download';
import { useApp } from '@/components/ui/settings-context';
import { detachMedia } from '@/storage/media';
import type { Media, Post } from '@/storage/schemas';
import { formatBytes } from '@/utils/i18n/format';
import { findPreset, ratioLabel } from '@/utils/media/presets';
import { BlobImage } from './blob-image';
import { FeedPreview } from './feed-preview';
import { VideoFacts } from './video-facts';

export function MediaItem({ media, variant, onPrepare }: { media: Media; variant: Post; onPrepare: () => void }) {
  const { t, locale } = useApp();
  const [confirming, setConfirming] = useState(false);
  const preset = findPreset(media.preset);
  const size = media.width && media.height ? t('media.pixels', { width: media.width, height: media.height, ratio: ratioLabel(media.width, media.height) }) : '';
  const kind = media.video ? t('media.kind.video') : preset ? t(`media.preset.${preset.id}`) : t('media.kind.original');
  const quality = media.quality != null ? t('media.quality', { percent: Math.round(media.quality * 100) }) : '';
  const facts = [kind, media.video ? '' : size, media.video ? '' : formatBytes(locale, media.bytes), quality].filter(Boolean).join(' · ');

  return (
    <li className="compose-media__item" data-testid="media-item" data-preset={media.preset ?? ''}>
      <div className="compose-media__row">
        <BlobImage blob={media.blob} alt={media.video ? t('media.coverOf', { name: media.name }) : media.name} className="compose-media__thumb" />
        <div className="compose-media__about">
          <p className="compose-media__name">{media.name}</p>
          <p className="help">{facts}</p>
        </div>
      </div>
      {media.video ? <VideoFacts media={media} video={media.video} platform={variant.platform} /> : preset && media.width && media.height && <FeedPreview blob={media.blob} width={media.width} height={media.height} platform={variant.platform} />}
      <div className="toolbar">
        {!media.video && !preset && (
          <button type="button" className="button" onClick={onPrepare}>{t('media.prepareFor', { platform: t(`platform.${variant.platform}`) })}</button>
        )}
        <button type="button" className="button button--quiet" onClick={() => downloadFile(media.video ? `${media.name.replace(/\.[a-z0-9]+$/i, '')}-cover.jpg` : media.name, media.blob)}>
          {media.video ? t('media.downloadCover') : t('media.download')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => setConfirming(true)}>{t('media.remove')}</button>
      </div>
      {confirming && (
        <Confirm
          message={t('media.confirmRemove', { name: media.name })}
          confirmLabel={t('media.remove')}
          onConfirm={() => void detachMedia(variant.id, media.id)}
          onCancel={() => setConfirming(false)}
        />
      )}
    </li>
  );
}
