/**
 * A prepared image as each of the platform's feeds frames it (utils/media/presets.ts FEED_FRAMES):
 * the frame's shape, with the image cut from the centre the way the feed cuts it.
 */
import { useApp } from '@/components/ui/settings-context';
import { FEED_FRAMES, framedRatio } from '@/utils/media/presets';
import type { Platform } from '@/utils/platforms';
import { BlobImage } from './blob-image';

export function FeedPreview({ blob, width, height, platform }: { blob: Blob; width: number; height: number; platform: Platform }) {
  const { t } = useApp();
  const ratio = width / height;
  return (
    <div className="compose-media__frames">
      {FEED_FRAMES[platform].map((frame) => {
        const shown = framedRatio(ratio, frame);
        // Within a hundredth the feed shows the whole image (rounding of the preset's pixels).
        const whole = Math.abs(shown / ratio - 1) < 0.01;
        return (
          <figure key={frame.id} className="compose-media__frame" data-frame={frame.id} data-whole={whole}>
            <div className="compose-media__frame-box" style={{ aspectRatio: String(shown) }}>
              <BlobImage blob={blob} alt="" />
            </div>
            <figcaption>
              {t(`media.frame.${frame.id}`)} · {whole ? t('media.frameWhole') : t('media.frameCropped')}
            </figcaption>
          </figure>
        );
      })}
    </div>
  );
}
