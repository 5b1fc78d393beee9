/**
 * The one protocol map of runtime messages. Each message kind has a strict zod schema (the background
 * validates every message with it), the context allowed to send it, and the shape of its reply.
 *
 * Content scripts import only *types* from this file (lint enforces it): zod must not reach their
 * bundles. Messages are plain JSON: numbers, strings, epoch-ms instants — never `Date`.
 */
import { z } from 'zod';
import './zod-setup';
import { PLATFORMS } from '@/utils/platforms';

/** Caps that keep a single message cheap to validate and store. */
export const MESSAGE_LIMITS = {
  postsPerCapture: 200,
  text: 280,
  id: 200,
  handle: 100,
  url: 2_048,
  count: 1e12,
} as const;

const platformSchema = z.enum(PLATFORMS);
const countSchema = z.number().int().min(0).max(MESSAGE_LIMITS.count).nullable();
const instantSchema = z.number().int().min(0).max(7_258_118_400_000);
const handleSchema = z
  .string()
  .min(1)
  .max(MESSAGE_LIMITS.handle)
  .regex(/^[a-z0-9._-]+$/);
const urlSchema = z.string().max(MESSAGE_LIMITS.url).startsWith('https://');
const stepSchema = z.number().int().min(1).max(MESSAGE_LIMITS.count);

export const postObservationSchema = z.strictObject({
  postId: z
    .string()
    .min(1)
    .max(MESSAGE_LIMITS.id)
    .regex(/^[A-Za-z0-9_-]+$/),
  url: urlSchema,
  author: handleSchema,
  publishedAt: instantSchema.nullable(),
  text: z.string().max(MESSAGE_LIMITS.text),
  likes: countSchema,
  reposts: countSchema,
  comments: countSchema,
  views: countSchema,
  bookmarks: countSchema,
  precision: z.partialRecord(z.enum(['likes', 'reposts', 'comments', 'views', 'bookmarks']), stepSchema),
  /** The platform marks it as an ad ("Sponsored", "Ad"): kept only when its author is tracked. */
  sponsored: z.boolean(),
});
export type PostObservation = z.infer<typeof postObservationSchema>;

export const profileObservationSchema = z.strictObject({
  handle: handleSchema,
  name: z.string().max(200),
  followers: countSchema,
  following: countSchema,
  posts: countSchema,
  precision: z.partialRecord(z.enum(['followers', 'following', 'posts']), stepSchema),
});
export type ProfileObservation = z.infer<typeof profileObservationSchema>;

export const messageSchemas = {
  /** A content script's batch of what it read on the page. */
  capture: z.strictObject({
    type: z.literal('capture'),
    platform: platformSchema,
    posts: z.array(postObservationSchema).max(MESSAGE_LIMITS.postsPerCapture),
    profile: profileObservationSchema.nullable(),
    /** Post roots seen on the page and how many of them the adapter understood. */
    health: z.strictObject({
      seen: z.number().int().min(0).max(100_000),
      understood: z.number().int().min(0).max(100_000),
    }),
  }),
  /** Liveness and identity of the background, for the UI and the benchmarks. */
  'get-status': z.strictObject({ type: z.literal('get-status') }),
  /** The plan changed in an extension page: deliver what is due and re-arm the reminder alarm. */
  'plan-changed': z.strictObject({ type: z.literal('plan-changed') }),
} as const;

/**
 * The one message that goes the other way: an extension page (the side panel's Compose area) asks the
 * content script of the active tab to put a variant's final text into the platform's own composer.
 * The background never routes it; the content script accepts it only from an extension page
 * (`sender.id` is ours and there is no `sender.tab`) and checks this shape by hand
 * (utils/collect/fill-composer.ts, without zod). YouTube is not among the platforms: its upload dialog is
 * on studio.youtube.com, a host the manifest does not match.
 */
export const FILL_PLATFORMS = ['x', 'linkedin', 'facebook', 'threads', 'instagram', 'tiktok'] as const;
export const fillComposerMessageSchema = z.strictObject({
  type: z.literal('fill-composer'),
  platform: z.enum(FILL_PLATFORMS),
  text: z.string().min(1).max(25_000),
});
export type FillComposerMessage = z.infer<typeof fillComposerMessageSchema>;
/** The content script's answer: filled, or why not (no composer open, one holding text already, the browser refused the edit). */
export type FillComposerReply = { ok: true } | { ok: false; reason: 'no-composer' | 'not-empty' | 'refused' };

export type MessageType = keyof typeof messageSchemas;
export type Message<T extends MessageType = MessageType> = z.infer<(typeof messageSchemas)[T]>;

/** Who may send each message: content scripts only observe; everything else comes from our pages. */
export const MESSAGE_SENDERS: Record<MessageType, 'content-script' | 'extension-page'> = {
  capture: 'content-script',
  'get-status': 'extension-page',
  'plan-changed': 'extension-page',
};

export interface ReplyData {
  capture: { posts: number; snapshots: number; profileSnapshots: number; linked: number; kept: boolean };
  'get-status': { version: string; schemaVersion: number; startedAt: number };
  'plan-changed': { nextReminderAt: number | null };
}

export type ErrorCode = 'malformed' | 'unknown-type' | 'forbidden-sender' | 'failed';
export type Reply<T extends MessageType = MessageType> =
  | { ok: true; data: ReplyData[T] }
  | { ok: false; error: { code: ErrorCode; message: string } };
