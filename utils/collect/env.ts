/**
 * The collector's environment on a real page: timers and idle callbacks go through WXT's content-script
 * context, so they stop by themselves when the extension is reloaded or updated and the old script is
 * invalidated. `send` comes from the entry point (utils/ never touches the extension API).
 */
import type { CaptureMessage, CollectorEnv } from './runtime';

/** The part of WXT's ContentScriptContext the collector uses (utils/ does not import WXT). */
export interface ContextLike {
  readonly signal: AbortSignal;
  setTimeout(handler: () => void, timeout?: number): number;
  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number;
  addEventListener(target: Window, type: 'wxt:locationchange', handler: (event: { newUrl: URL }) => void): void;
}

/** An idle callback waits at most this long on a busy page before reading one small chunk anyway. */
const IDLE_TIMEOUT_MS = 2_000;

export function contentScriptEnv(ctx: ContextLike, send: (message: CaptureMessage) => Promise<unknown>): CollectorEnv {
  return {
    document,
    href: () => location.href,
    idle: (work) => void ctx.requestIdleCallback(work, { timeout: IDLE_TIMEOUT_MS }),
    later: (work, ms) => void ctx.setTimeout(work, ms),
    now: () => performance.now(),
    // A reloaded extension or a sleeping background rejects: the next batch carries the news again.
    send: (message) => void send(message).catch(() => undefined),
    onNavigate: (listener) => ctx.addEventListener(window, 'wxt:locationchange', (event) => listener(event.newUrl.href)),
    signal: ctx.signal,
  };
}
