/**
 * A video's facts (duration, pixel size) and a frame of it as the cover, read by the browser's own
 * decoder in the side panel. Nothing is uploaded or transcoded: the file stays where it is.
 */

export interface VideoProbe {
  durationSeconds: number;
  width: number;
  height: number;
}

export class UnreadableVideoError extends Error {
  constructor() {
    super('the browser cannot read this video');
    this.name = 'UnreadableVideoError';
  }
}

/** How long to wait for the decoder before calling a file unreadable. */
const TIMEOUT_MS = 15_000;

function once(video: HTMLVideoElement, event: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new UnreadableVideoError()), TIMEOUT_MS);
    const onEvent = () => finish(null);
    const onError = () => finish(new UnreadableVideoError());
    function finish(error: Error | null) {
      clearTimeout(timer);
      video.removeEventListener(event, onEvent);
      video.removeEventListener('error', onError);
      if (error) reject(error);
      else resolve();
    }
    video.addEventListener(event, onEvent);
    video.addEventListener('error', onError);
  });
}

/** Runs `read` with the file loaded in a detached, muted <video>; the object URL is always revoked. */
async function withVideo<T>(doc: Document, file: Blob, read: (video: HTMLVideoElement) => Promise<T>): Promise<T> {
  const video = doc.createElement('video');
  video.muted = true;
  // 'auto': the file is local, and a cover frame needs pixels, not just the header.
  video.preload = 'auto';
  const url = URL.createObjectURL(file);
  try {
    const loaded = once(video, 'loadedmetadata');
    video.src = url;
    await loaded;
    // Files written by MediaRecorder (screen recorders, browser cameras) often carry no duration: the
    // browser reports Infinity until it has seen the end. Seeking far past the end makes it find out.
    if (!Number.isFinite(video.duration)) {
      const seeked = once(video, 'seeked');
      video.currentTime = Number.MAX_SAFE_INTEGER;
      await seeked;
    }
    if (!Number.isFinite(video.duration) || video.videoWidth === 0 || video.videoHeight === 0) throw new UnreadableVideoError();
    return await read(video);
  } finally {
    video.removeAttribute('src');
    video.load();
    URL.revokeObjectURL(url);
  }
}

/** `doc`: the page's document, where the (never attached) <video> element is made. */
export function probeVideo(doc: Document, file: Blob): Promise<VideoProbe> {
  return withVideo(doc, file, (video) => Promise.resolve({ durationSeconds: video.duration, width: video.videoWidth, height: video.videoHeight }));
}

/** The frame at `seconds` (clamped into the video) as a JPEG no wider than `maxWidth`, at the video's ratio. */
export function captureFrame(doc: Document, file: Blob, seconds: number, maxWidth = 1280): Promise<{ blob: Blob; width: number; height: number; at: number }> {
  return withVideo(doc, file, async (video) => {
    const at = Math.min(Math.max(0, seconds), Math.max(0, video.duration - 0.05));
    const seeked = once(video, 'seeked');
    video.currentTime = at;
    await seeked;
    const scale = Math.min(1, maxWidth / video.videoWidth);
    const width = Math.round(video.videoWidth * scale);
    const height = Math.round(video.videoHeight * scale);
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(video, 0, 0, width, height);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
    return { blob, width, height, at };
  });
}
