/**
 * The files of one platform variant: attach images and videos, prepare an image for the platform's
 * presets, see how its feed frames it, download it, take it off. Every failure is said in words and
 * writes nothing.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type ChangeEvent } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { attachImage, isImageType, listPostMedia } from '@/storage/media';
import { LIMITS, VIDEO_TYPES, type Media, type Post } from '@/storage/schemas';
import { formatBytes } from '@/utils/i18n/format';
import { imageSize } from '@/utils/media/prepare-image';
import { ImagePreparer } from './image-preparer';
import { MediaItem } from './media-item';
import { VideoAttach } from './video-attach';
import './media.css';

const ACCEPT = ['image/png', 'image/jpeg', 'image/webp', 'image/gif', ...VIDEO_TYPES].join(',');

function isVideoType(type: string): type is (typeof VIDEO_TYPES)[number] {
  return (VIDEO_TYPES as readonly string[]).includes(type);
}

export function MediaList({ variant }: { variant: Post }) {
  const { t, locale } = useApp();
  const id = useId();
  const media = useLiveQuery(() => listPostMedia(variant.id), [variant.id, variant.mediaIds.join()]);
  const [problems, setProblems] = useState<string[]>([]);
  const [video, setVideo] = useState<File | null>(null);
  const [preparing, setPreparing] = useState<Media | null>(null);
  const [busy, setBusy] = useState(false);

  async function onFiles(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    // Cleared at once, so choosing the same file again still fires a change.
    event.target.value = '';
    setBusy(true);
    const found: string[] = [];
    for (const file of files) {
      if (isVideoType(file.type)) {
        setVideo(file);
      } else if (!isImageType(file.type)) {
        found.push(t('media.notMedia', { name: file.name }));
      } else if (file.size > LIMITS.mediaBytes) {
        found.push(t('media.tooBig', { name: file.name, limit: formatBytes(locale, LIMITS.mediaBytes) }));
      } else {
        try {
          const size = await imageSize(file);
          await attachImage(variant.id, { name: file.name, type: file.type, blob: file, ...size });
        } catch (error) {
          console.warn('[mkakati] attach image failed', error);
          found.push(t('media.unreadable', { name: file.name }));
        }
      }
    }
    setProblems(found);
    setBusy(false);
  }

  return (
    <section className="compose-media" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('media.title')}</h4>
      <div className="field">
        <label htmlFor={`${id}-files`}>{t('media.attach')}</label>
        <input id={`${id}-files`} type="file" accept={ACCEPT} multiple disabled={busy} aria-describedby={`${id}-help`} onChange={(event) => void onFiles(event)} />
        <small id={`${id}-help`}>{t('media.attachHelp')}</small>
      </div>
      {problems.length > 0 && (
        <ul role="alert" className="status status--error">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      {video && <VideoAttach key={`${video.name}:${video.size}`} file={video} postId={variant.id} platform={variant.platform} onDone={() => setVideo(null)} />}
      {preparing && <ImagePreparer key={preparing.id} source={preparing} variant={variant} onClose={() => setPreparing(null)} />}
      {media && media.length > 0 && (
        <ul className="compose-media__list">
          {media.map((item) => (
            <MediaItem key={item.id} media={item} variant={variant} onPrepare={() => setPreparing(item)} />
          ))}
        </ul>
      )}
    </section>
  );
}
