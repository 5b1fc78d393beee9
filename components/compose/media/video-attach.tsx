/**
 * Attaching a video: the browser reads its facts (duration, pixels), they are checked against the
 * platform's limits, and the manager scrubs to the frame to use as the cover. What is stored is the
 * facts and that frame (storage/media.ts attachVideo), not the video. `replacing` changes the cover of a
 * video attached before, from the same file chosen again.
 */
import { Suspense, use, useCallback, useId, useRef, useState } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { attachVideo, setVideoCover } from '@/storage/media';
import type { Media, VideoFacts as StoredFacts } from '@/storage/schemas';
import type { Platform } from '@/utils/platforms';
import { captureFrame, probeVideo, type VideoProbe } from '@/utils/media/probe-video';
import { FactsLine, Findings } from './video-findings';

type Probed = { ok: true; probe: VideoProbe } | { ok: false };
const probes = new WeakMap<File, Promise<Probed>>();
/** One read per file, settled either way, for `use()`. */
function probeOnce(file: File): Promise<Probed> {
  let promise = probes.get(file);
  if (!promise) {
    promise = probeVideo(document, file).then(
      (probe): Probed => ({ ok: true, probe }),
      (error: unknown): Probed => {
        console.warn('[mkakati] video unreadable', error);
        return { ok: false };
      },
    );
    probes.set(file, promise);
  }
  return promise;
}

export function VideoAttach(props: { file: File; postId: string; platform: Platform; replacing?: Media; onDone: () => void }) {
  const { t } = useApp();
  return (
    <Suspense fallback={<p className="status">{t('media.readingVideo', { name: props.file.name })}</p>}>
      <Attach {...props} />
    </Suspense>
  );
}

function Attach({ file, postId, platform, replacing, onDone }: { file: File; postId: string; platform: Platform; replacing?: Media; onDone: () => void }) {
  const { t } = useApp();
  const id = useId();
  const probed = use(probeOnce(file));
  const player = useRef<HTMLVideoElement | null>(null);
  const [coverAt, setCoverAt] = useState<number | null>(replacing?.video?.coverAt ?? null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  // The player's object URL lives as long as the element (React 19 ref cleanup).
  const attachPlayer = useCallback(
    (video: HTMLVideoElement | null) => {
      player.current = video;
      if (!video) return;
      const url = URL.createObjectURL(file);
      video.src = url;
      return () => URL.revokeObjectURL(url);
    },
    [file],
  );

  if (!probed.ok) {
    return (
      <div className="compose-media__preparer">
        <p role="alert" className="status status--error">{t('media.videoUnreadable', { name: file.name })}</p>
        <button type="button" className="button button--quiet" onClick={onDone}>{t('media.close')}</button>
      </div>
    );
  }
  const facts: StoredFacts = {
    name: file.name.slice(0, 200),
    type: file.type as StoredFacts['type'],
    bytes: file.size,
    durationSeconds: probed.probe.durationSeconds,
    width: probed.probe.width,
    height: probed.probe.height,
    // Not the very first frame by default: many videos open on black.
    coverAt: coverAt ?? Math.min(1, probed.probe.durationSeconds / 2),
  };

  async function save() {
    setBusy(true);
    try {
      const cover = await captureFrame(document, file, facts.coverAt);
      if (replacing) await setVideoCover(replacing.id, cover);
      else await attachVideo(postId, { ...facts, coverAt: cover.at }, cover);
      onDone();
    } catch (failure) {
      console.warn('[mkakati] video cover failed', failure);
      setError(t('media.coverFailed'));
      setBusy(false);
    }
  }

  return (
    <div className="compose-media__preparer" role="group" aria-labelledby={`${id}-title`} data-testid="video-attach">
      <h5 id={`${id}-title`}>{replacing ? t('media.changingCover', { name: file.name }) : t('media.attachingVideo', { name: file.name })}</h5>
      <FactsLine video={facts} />
      <Findings video={facts} platform={platform} />
      <video ref={attachPlayer} className="compose-media__player" controls muted playsInline preload="auto" aria-label={t('media.player', { name: file.name })} />
      <div className="toolbar">
        <button type="button" className="button button--quiet" onClick={() => setCoverAt(player.current?.currentTime ?? 0)}>{t('media.useFrame')}</button>
        <span className="status" role="status">{t('media.coverAt', { seconds: facts.coverAt.toFixed(1) })}</span>
      </div>
      <div className="toolbar">
        <button type="button" className="button" disabled={busy} onClick={() => void save()}>{replacing ? t('media.saveCover') : t('media.attachVideo')}</button>
        <button type="button" className="button button--quiet" onClick={onDone}>{t('media.close')}</button>
      </div>
      {error && <p role="alert" className="status status--error">{error}</p>}
    </div>
  );
}
