/**
 * Image sizes per platform, as data: the crop presets the composer offers, each platform's file-size
 * limit, and how each platform's feed frames an image (for the preview).
 *
 * Sources: ../shared/reference/smm-facts.md §d4 "Recommended image sizes" for the pixel sizes (quoted
 * beside each), and Ayrshare's media guidelines (ayrshare.com/docs/media-guidelines/<platform>) for the
 * file-size limits and aspect ranges. The reference warns that the cheat-sheet sizes are secondary;
 * they are data here so a correction is a one-line change.
 */
import type { Platform } from '@/utils/platforms';

export interface ImagePreset {
  /** Stable id, stored as `media.preset`; also the i18n key `media.preset.<id>`. */
  id: string;
  platform: Platform;
  width: number;
  height: number;
}

/** The ratios the issue names, and the exact pixel sizes of the reference. */
export const IMAGE_PRESETS = [
  // §d4 "Instagram feed | ratio 4:5 to 1.91:1 … 1080×1080, 1080×1350 (recommended), 1080×566".
  { id: 'instagram-portrait', platform: 'instagram', width: 1080, height: 1350 },
  { id: 'instagram-square', platform: 'instagram', width: 1080, height: 1080 },
  { id: 'instagram-landscape', platform: 'instagram', width: 1080, height: 566 },
  // §d4 "Instagram Stories/Reels | 1080×1920 (9:16)".
  { id: 'instagram-story', platform: 'instagram', width: 1080, height: 1920 },
  // §d4 "Facebook feed/link | 1200×630 (1.91:1)"; square and 9:16 story as on Instagram (same company,
  // same feed rules per Ayrshare).
  { id: 'facebook-link', platform: 'facebook', width: 1200, height: 630 },
  { id: 'facebook-square', platform: 'facebook', width: 1080, height: 1080 },
  { id: 'facebook-story', platform: 'facebook', width: 1080, height: 1920 },
  // §d4 "X in-stream | 1600×900 or 1200×675 (16:9) | sources disagree": both offered.
  { id: 'x-landscape', platform: 'x', width: 1600, height: 900 },
  { id: 'x-landscape-small', platform: 'x', width: 1200, height: 675 },
  // §d4 "LinkedIn link/feed | 1200×627 (1.91:1); square 1200×1200".
  { id: 'linkedin-landscape', platform: 'linkedin', width: 1200, height: 627 },
  { id: 'linkedin-square', platform: 'linkedin', width: 1200, height: 1200 },
  // Threads is not in §d4; Ayrshare: width 320–1440, aspect up to 10:1. Instagram's feed sizes fit.
  { id: 'threads-portrait', platform: 'threads', width: 1080, height: 1350 },
  { id: 'threads-square', platform: 'threads', width: 1080, height: 1080 },
  // §d4 "TikTok | 1080×1920 (9:16)".
  { id: 'tiktok-vertical', platform: 'tiktok', width: 1080, height: 1920 },
  // §d4 "YouTube thumbnail | 1280×720 (16:9)".
  { id: 'youtube-thumbnail', platform: 'youtube', width: 1280, height: 720 },
] as const satisfies readonly ImagePreset[];
export type PresetId = (typeof IMAGE_PRESETS)[number]['id'];
export type KnownPreset = (typeof IMAGE_PRESETS)[number];

const MB = 1024 * 1024;

/**
 * The largest image file each platform takes. Instagram 8 MB (§d4 and Ayrshare), X 5 MB, LinkedIn 5 MB,
 * Threads 8 MB, TikTok 20 MB (Ayrshare); Facebook 10 MB (Ayrshare's Facebook page); YouTube thumbnails
 * 2 MB — §d4 calls the 2 MB / 50 MB figures conflicting, so the safe one.
 */
export const IMAGE_MAX_BYTES: Record<Platform, number> = {
  instagram: 8 * MB,
  facebook: 10 * MB,
  x: 5 * MB,
  linkedin: 5 * MB,
  threads: 8 * MB,
  tiktok: 20 * MB,
  youtube: 2 * MB,
};

/**
 * How a feed frames one image: the shown ratio (width ÷ height) is the image's own, clamped to
 * [min, max]; what falls outside is cropped from the centre. Instagram's 4:5–1.91:1 is §d4 and Ayrshare;
 * its profile grid shows 3:4 tiles since January 2025. X shows a single image whole from 2:1 down to
 * a square and crops taller ones to the centre square (image-compressor.uk, 2026; X's own crop is
 * salience-based, so the preview is the centre-crop approximation). The others as their recommended
 * ratios imply: vertical full-screen for Stories/TikTok, 16:9 thumbnails on YouTube.
 */
export interface FeedFrame {
  /** i18n key `media.frame.<id>`. */
  id: string;
  min: number;
  max: number;
}

const FRAMES = {
  instagram: [
    { id: 'instagram-feed', min: 4 / 5, max: 1.91 },
    { id: 'instagram-grid', min: 3 / 4, max: 3 / 4 },
  ],
  facebook: [
    { id: 'facebook-feed', min: 4 / 5, max: 1.91 },
    { id: 'facebook-link', min: 1.91, max: 1.91 },
  ],
  x: [{ id: 'x-timeline', min: 1, max: 2 }],
  linkedin: [{ id: 'linkedin-feed', min: 4 / 5, max: 1.91 }],
  threads: [{ id: 'threads-feed', min: 4 / 5, max: 1.91 }],
  tiktok: [{ id: 'tiktok-full-screen', min: 9 / 16, max: 9 / 16 }],
  youtube: [{ id: 'youtube-thumbnail', min: 16 / 9, max: 16 / 9 }],
} as const satisfies Record<Platform, readonly FeedFrame[]>;
export type FrameId = (typeof FRAMES)[Platform][number]['id'];
export const FEED_FRAMES: Record<Platform, readonly (FeedFrame & { id: FrameId })[]> = FRAMES;

export function presetsFor(platform: Platform): KnownPreset[] {
  return IMAGE_PRESETS.filter((preset) => preset.platform === platform);
}

export function findPreset(id: string | null | undefined): KnownPreset | undefined {
  return IMAGE_PRESETS.find((preset) => preset.id === id);
}

/** The ratio a feed frame shows an image of `ratio` at (see FeedFrame). */
export function framedRatio(ratio: number, frame: FeedFrame): number {
  return Math.min(frame.max, Math.max(frame.min, ratio));
}

/** "4:5", "1.91:1", "16:9": a preset's ratio as people write it. */
export function ratioLabel(width: number, height: number): string {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const divisor = gcd(width, height);
  const [w, h] = [width / divisor, height / divisor];
  // Small whole terms read best (4:5, 16:9); others as a decimal to one (1200×627 → 1.91:1).
  if (w <= 21 && h <= 21) return `${w}:${h}`;
  const decimal = (value: number) => String(Number(value.toFixed(2)));
  return width >= height ? `${decimal(width / height)}:1` : `1:${decimal(height / width)}`;
}
