/** An attached video: its facts against the platform's limits, and changing its cover from the same file. */
import { useId, useState, type ChangeEvent } from 'react';
import { useApp } from '@/components/ui/settings-context';
import type { Media, VideoFacts as StoredFacts } from '@/storage/schemas';
import type { Platform } from '@/utils/platforms';
import { VideoAttach } from './video-attach';
import { FactsLine, Findings } from './video-findings';

/** The facts of an attached video, its findings, and changing its cover from the same file. */
export function VideoFacts({ media, video, platform }: { media: Media; video: StoredFacts; platform: Platform }) {
  const { t } = useApp();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState('');

  function onFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    // The cover must come from the video that was attached: same name and size, or it is another file.
    if (chosen.size !== video.bytes || chosen.name.slice(0, 200) !== video.name) {
      setError(t('media.notSameVideo', { name: video.name }));
      return;
    }
    setError('');
    setFile(chosen);
  }

  return (
    <>
      <FactsLine video={video} />
      <Findings video={video} platform={platform} />
      <p className="help">{t('media.videoNotStored')}</p>
      <div className="field">
        <label htmlFor={`${id}-again`}>{t('media.changeCover')}</label>
        <input id={`${id}-again`} type="file" accept={video.type} onChange={onFile} />
      </div>
      {error && <p role="alert" className="status status--error">{error}</p>}
      {file && <VideoAttach file={file} postId={media.postId ?? ''} platform={platform} replacing={media} onDone={() => setFile(null)} />}
    </>
  );
}
