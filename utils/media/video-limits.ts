/**
 * Each platform's limits for an uploaded video, and the check of a video's facts against them.
 *
 * Figures from Ayrshare's media guidelines (ayrshare.com/docs/media-guidelines/<platform>, 2026), which
 * track each platform's publishing documentation: X 0.5–140 s, 512 MB, aspect 1:3 to 3:1; Instagram
 * Reels 3 s–15 min, 300 MB on Ayrshare's English page (1 GB on its translations: the lower figure
 * wins), aspect 0.01:1 to 10:1, 9:16 recommended; Threads up to 5 min, 1 GB, aspect 0.01:1 to 10:1;
 * LinkedIn 3 s–30 min, 500 MB (200 MB on one older page: 500 MB kept with the note), aspect 1:2.4 to
 * 2.4:1; TikTok 3 s–10 min, 1 GB (10 GB on translations), 9:16 or 16:9. Facebook and YouTube are from
 * their help centres: Facebook 240 min and 10 GB; YouTube 12 hours and 256 GB (Shorts: up to 3 min,
 * square or vertical). Data, so a correction is one line.
 */
import type { Platform } from '@/utils/platforms';

export interface VideoLimits {
  minSeconds: number;
  maxSeconds: number;
  maxBytes: number;
  /** Width ÷ height allowed. */
  minRatio: number;
  maxRatio: number;
  /** The ratio the platform recommends (shown as advice, not a fault). */
  recommended: number | null;
}

const MB = 1024 * 1024;
const GB = 1024 * MB;

export const VIDEO_LIMITS: Record<Platform, VideoLimits> = {
  x: { minSeconds: 0.5, maxSeconds: 140, maxBytes: 512 * MB, minRatio: 1 / 3, maxRatio: 3, recommended: 16 / 9 },
  instagram: { minSeconds: 3, maxSeconds: 15 * 60, maxBytes: 300 * MB, minRatio: 0.01, maxRatio: 10, recommended: 9 / 16 },
  threads: { minSeconds: 0, maxSeconds: 5 * 60, maxBytes: 1 * GB, minRatio: 0.01, maxRatio: 10, recommended: 9 / 16 },
  linkedin: { minSeconds: 3, maxSeconds: 30 * 60, maxBytes: 500 * MB, minRatio: 1 / 2.4, maxRatio: 2.4, recommended: null },
  tiktok: { minSeconds: 3, maxSeconds: 10 * 60, maxBytes: 1 * GB, minRatio: 9 / 16, maxRatio: 16 / 9, recommended: 9 / 16 },
  facebook: { minSeconds: 1, maxSeconds: 240 * 60, maxBytes: 10 * GB, minRatio: 9 / 16, maxRatio: 16 / 9, recommended: null },
  // YouTube plays any shape (the player letterboxes), so only the 16:9 advice.
  youtube: { minSeconds: 1, maxSeconds: 12 * 60 * 60, maxBytes: 256 * GB, minRatio: 0.01, maxRatio: 10, recommended: 16 / 9 },
};

export interface VideoFacts {
  durationSeconds: number;
  width: number;
  height: number;
  bytes: number;
}

export type VideoFinding =
  | { kind: 'too-short'; limit: number }
  | { kind: 'too-long'; limit: number }
  | { kind: 'too-big'; limit: number }
  | { kind: 'ratio-out'; min: number; max: number }
  | { kind: 'ratio-advice'; recommended: number };

/** What stands between this video and the platform; empty when it fits. Advice comes last. */
export function checkVideo(facts: VideoFacts, platform: Platform): VideoFinding[] {
  const limits = VIDEO_LIMITS[platform];
  const findings: VideoFinding[] = [];
  if (facts.durationSeconds < limits.minSeconds) findings.push({ kind: 'too-short', limit: limits.minSeconds });
  if (facts.durationSeconds > limits.maxSeconds) findings.push({ kind: 'too-long', limit: limits.maxSeconds });
  if (facts.bytes > limits.maxBytes) findings.push({ kind: 'too-big', limit: limits.maxBytes });
  const ratio = facts.width / facts.height;
  // A hundredth of slack: 1080×1920 is 9:16 even though 1080/1920 and 9/16 differ in the last digit.
  if (ratio < limits.minRatio * 0.99 || ratio > limits.maxRatio * 1.01) findings.push({ kind: 'ratio-out', min: limits.minRatio, max: limits.maxRatio });
  else if (limits.recommended !== null && Math.abs(ratio / limits.recommended - 1) > 0.02) findings.push({ kind: 'ratio-advice', recommended: limits.recommended });
  return findings;
}

/** Faults only (advice left out): does the video fit the platform at all? */
export function videoFits(facts: VideoFacts, platform: Platform): boolean {
  return checkVideo(facts, platform).every((finding) => finding.kind === 'ratio-advice');
}
