import type { InboxConversationDTO, InboxMessageDTO } from '../contract/admin';
import type { InboxConversation, InboxMessage } from '../entities';
import type { InboxCrypto } from '../inbox/crypto';
import { senderLabel } from '../inbox/crypto';
import type { InboxBody } from '../inbox/message';

/** A reply is allowed this long after her last message (WeChat's customer-service window). */
export const REPLY_WINDOW_MS = 48 * 3_600_000;
/** WeChat keeps what she sent (voice, image) this long; afterwards only our cached copy remains. */
export const MEDIA_KEPT_MS = 3 * 86_400_000;

/**
 * The inbox as the console sees it. Who she is shows only as `label` ("3F2A", from a keyed hash of her
 * openid); the openid never leaves the server. This is the one place sealed fields are opened for display.
 */
export function presentConversation(c: InboxConversation, now: Date, assignee: string | null, preview: InboxMessage | null, crypto: InboxCrypto): InboxConversationDTO {
  const replyUntil = new Date(c.lastIncomingAt.getTime() + REPLY_WINDOW_MS);
  return {
    id: c.id,
    label: senderLabel(c.senderKey),
    unread: c.unread,
    crisis: c.crisis,
    done: c.done,
    assignedTo: assignee,
    lastActivityAt: c.lastActivityAt.toISOString(),
    replyUntil: replyUntil.toISOString(),
    replyOpen: replyUntil > now,
    preview: preview ? previewOf(preview, crypto) : null,
  };
}

function previewOf(m: InboxMessage, crypto: InboxCrypto): { kind: string; text: string } {
  const body = openBody(m, crypto);
  return { kind: m.kind, text: (body.text ?? body.recognition ?? body.link?.title ?? body.location?.label ?? '').slice(0, 60) };
}

export function openBody(m: InboxMessage, crypto: InboxCrypto): InboxBody {
  return JSON.parse(crypto.open(m.bodySealed, 'message').toString('utf8')) as InboxBody;
}

export function presentInboxMessage(m: InboxMessage, now: Date, crypto: InboxCrypto): InboxMessageDTO {
  const body = openBody(m, crypto);
  const hasMedia = m.kind === 'voice' || m.kind === 'image';
  return {
    id: m.id,
    direction: m.direction,
    kind: m.kind,
    at: m.at.toISOString(),
    by: m.username,
    text: body.text ?? null,
    recognition: body.recognition ?? null,
    /** Voice: WeChat's format; only amr is converted to WAV for the browser, speex plays in WeChat only. */
    format: m.kind === 'voice' ? (body.format ?? null) : null,
    location: body.location ?? null,
    link: body.link ?? null,
    event: body.event ?? null,
    /** Playable or viewable: cached here, or still at WeChat (3 days). */
    media: hasMedia ? (m.mediaSealed ? 'cached' : now.getTime() - m.at.getTime() < MEDIA_KEPT_MS ? 'at_wechat' : 'expired') : null,
  };
}
