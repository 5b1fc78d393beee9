/**
 * The collectors' health per platform: when each last read a page, and how many post roots it saw and
 * understood in the last hour. A platform whose pages show posts the adapter understands none of has
 * most likely changed its layout: the side panel says so instead of showing silent zeros.
 */
import type { Platform } from '@/utils/platforms';
import { db } from './db';
import { captureHealthSchema, type CaptureHealth } from './schemas';
import { parseRow } from './validation';

const MINUTE_MS = 60_000;
const HOUR_MINUTES = 60;
/** Fewer roots than this in an hour is too little to call a platform broken. */
const BROKEN_AFTER_SEEN = 3;

export interface PlatformHealth {
  platform: Platform;
  lastCaptureAt: number;
  /** Post roots seen and understood in the last hour. */
  seen: number;
  understood: number;
  /** It sees posts but understands none of them. */
  broken: boolean;
}

function lastHour(minutes: CaptureHealth['minutes'], now: number): CaptureHealth['minutes'] {
  const oldest = Math.floor(now / MINUTE_MS) - HOUR_MINUTES;
  return minutes.filter(([minute]) => minute > oldest);
}

/** Adds one capture's health to its platform's hour. Runs inside the capture's transaction. */
export async function recordHealth(platform: Platform, health: { seen: number; understood: number }, now: number): Promise<void> {
  const minute = Math.floor(now / MINUTE_MS);
  const known = await db.captureHealth.get(platform);
  const minutes = lastHour(known?.minutes ?? [], now);
  const last = minutes[minutes.length - 1];
  if (last && last[0] === minute) minutes[minutes.length - 1] = [minute, last[1] + health.seen, last[2] + health.understood];
  else minutes.push([minute, health.seen, health.understood]);
  await db.captureHealth.put(parseRow(captureHealthSchema, { platform, lastCaptureAt: Math.max(now, known?.lastCaptureAt ?? 0), minutes }));
}

function summarise(row: CaptureHealth, now: number): PlatformHealth {
  let seen = 0;
  let understood = 0;
  for (const [, s, u] of lastHour(row.minutes, now)) {
    seen += s;
    understood += u;
  }
  return { platform: row.platform, lastCaptureAt: row.lastCaptureAt, seen, understood, broken: seen >= BROKEN_AFTER_SEEN && understood === 0 };
}

/** Every platform a collector has read, most recent first. */
export async function listHealth(now = Date.now()): Promise<PlatformHealth[]> {
  const rows = await db.captureHealth.toArray();
  return rows.map((row) => summarise(row, now)).sort((a, b) => b.lastCaptureAt - a.lastCaptureAt);
}

/** When the collectors last saw any post, or null before the first capture. */
export async function lastCaptureAt(): Promise<number | null> {
  return (await db.observedPosts.orderBy('lastSeenAt').last())?.lastSeenAt ?? null;
}
