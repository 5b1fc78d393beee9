/**
 * The background's message router. Every message is checked in this order, and a failure at any step
 * is answered with an error and never acted on:
 *   1. a known message type;
 *   2. a sender allowed for that type — the browser-stamped sender is proof, the message's claims are not;
 *   3. a payload that passes the type's strict schema.
 */
import type { Browser } from 'wxt/browser';
import {
  MESSAGE_SENDERS,
  messageSchemas,
  type ErrorCode,
  type Message,
  type MessageType,
  type Reply,
  type ReplyData,
} from '@/utils/messaging';
import { platformOfPostUrl, platformOfUrl, type Platform } from '@/utils/platforms';

type MessageSender = Browser.runtime.MessageSender;

export type VerifiedSender =
  | { kind: 'extension-page'; url: string }
  | { kind: 'content-script'; url: string; platform: Platform; tabId: number };

export type Handlers = {
  [T in MessageType]: (message: Message<T>, sender: VerifiedSender) => Promise<ReplyData[T]>;
};

export interface ExtensionIdentity {
  id: string;
  /** `chrome-extension://<id>/` */
  origin: string;
}

/** Who really sent a message, from what the browser stamped on it; null for anyone we do not trust. */
export function verifySender(sender: MessageSender, self: ExtensionIdentity): VerifiedSender | null {
  if (sender.id !== self.id || !sender.url) return null;
  if (sender.url.startsWith(self.origin)) return { kind: 'extension-page', url: sender.url };
  // A content script: only in a top frame of a tab on a supported platform.
  const platform = platformOfUrl(sender.url);
  if (!platform || !sender.tab?.id || sender.frameId !== 0) return null;
  return { kind: 'content-script', url: sender.url, platform, tabId: sender.tab.id };
}

function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(messageSchemas, type);
}

function reject(code: ErrorCode, message: string): Reply {
  return { ok: false, error: { code, message } };
}

export function createRouter(handlers: Handlers, self: ExtensionIdentity) {
  return async function route(raw: unknown, sender: MessageSender): Promise<Reply> {
    const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
    if (!isMessageType(type)) return reject('unknown-type', 'unknown message type');

    const verified = verifySender(sender, self);
    if (!verified || verified.kind !== MESSAGE_SENDERS[type]) {
      return reject('forbidden-sender', `"${type}" is not accepted from this sender`);
    }
    const parsed = messageSchemas[type].safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return reject('malformed', `"${type}": ${issue.path.join('.') || 'message'}: ${issue.message}`);
    }
    const message: Message = parsed.data;
    // A content script may speak only for the platform whose page it runs in.
    if (verified.kind === 'content-script' && 'platform' in message && message.platform !== verified.platform) {
      return reject('forbidden-sender', `"${type}" claims ${message.platform} from a ${verified.platform} page`);
    }
    // And each post it read must have its address on that platform: the page writes its links, and a
    // link elsewhere would be stored and offered as the post's address in the side panel.
    if (message.type === 'capture') {
      const stray = message.posts.findIndex((post) => platformOfPostUrl(post.url) !== message.platform);
      if (stray >= 0) return reject('malformed', `"capture": posts.${stray}.url: not an address on ${message.platform}`);
    }
    try {
      const handler = handlers[type] as (m: Message, s: VerifiedSender) => Promise<ReplyData[MessageType]>;
      return { ok: true, data: await handler(message, verified) };
    } catch (error) {
      console.error(`[mkakati] "${type}" failed`, error);
      return reject('failed', error instanceof Error ? error.message : String(error));
    }
  };
}
