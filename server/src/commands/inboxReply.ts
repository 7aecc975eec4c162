import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/audit';
import { recordAudit } from '../auth/audit';
import { InboxConversation, InboxMessage } from '../entities';
import { NotFoundError, ReplyBlockedError, ReplyLimitError, ReplyWindowClosedError, WechatRefusedError } from '../errors';
import type { InboxCrypto } from '../inbox/crypto';
import { REPLY_WINDOW_MS } from '../presenters/inbox';
import type { Hit } from '../screen';
import { WechatError } from '../wechat/errors';
import type { WechatGateway } from '../wechat/gateway';

/** What she receives: a screened text, or an image (PNG or JPEG). */
export type ReplyContent = { type: 'text'; text: string; hits: Hit[] } | { type: 'image'; bytes: Buffer; contentType: 'image/png' | 'image/jpeg' };

interface Props {
  /** Not a transaction: WeChat is called first (its token store takes its own), then the reply is kept in one. */
  m: EntityManager;
  crypto: InboxCrypto;
  gateway: WechatGateway;
  actor: Actor;
  now: Date;
  conversationId: string;
  content: ReplyContent;
}

/**
 * Sends a mediator's reply to her through message/custom/send and keeps it, sealed, in the conversation.
 * A text is screened first like articles; both are refused locally once WeChat's 48-hour window is
 * closed, so the mediator learns it before WeChat says 45015. Audited without the words.
 */
export default async function inboxReply({ m, crypto, gateway, actor, now, conversationId, content }: Props): Promise<InboxMessage> {
  const blocked = content.type === 'text' ? content.hits.filter((h) => h.level === 'block') : [];
  if (blocked.length > 0) throw new ReplyBlockedError(blocked);
  const conversation = await m.findOne(InboxConversation, { where: { id: conversationId } });
  if (!conversation) throw NotFoundError('There is no such conversation: it may have passed the retention period');
  if (now.getTime() - conversation.lastIncomingAt.getTime() > REPLY_WINDOW_MS) throw ReplyWindowClosedError();
  const touser = crypto.open(conversation.openidSealed, 'openid').toString('utf8');
  const target = { type: 'inbox', id: conversation.id };
  try {
    if (content.type === 'text') await gateway.customSend({ touser, msgtype: 'text', text: { content: content.text } });
    else {
      const { mediaId } = await gateway.uploadTempImage(content.bytes, content.contentType === 'image/png' ? 'reply.png' : 'reply.jpg');
      await gateway.customSend({ touser, msgtype: 'image', image: { media_id: mediaId } });
    }
  } catch (e) {
    if (!(e instanceof WechatError)) throw e;
    await recordAudit(m, actor, now, { action: 'inbox.reply', target, detail: { outcome: 'failed', kind: content.type, code: e.code } });
    if (e.errcode === 45015) throw ReplyWindowClosedError();
    if (e.errcode === 45047) throw ReplyLimitError(e.message);
    throw WechatRefusedError(e.message);
  }
  return m.transaction(async (tx) => {
    const message = await tx.save(InboxMessage, {
      conversationId: conversation.id,
      direction: 'out' as const,
      kind: content.type,
      bodySealed: crypto.seal(JSON.stringify(content.type === 'text' ? { text: content.text } : {}), 'message'),
      msgKey: null,
      mediaSealed: content.type === 'image' ? crypto.seal(content.bytes, 'media') : null,
      mediaType: content.type === 'image' ? content.contentType : null,
      username: actor.username,
      at: now,
    });
    await tx.update(InboxConversation, { id: conversation.id }, { lastActivityAt: now, unread: 0 });
    const size = content.type === 'text' ? [...content.text].length : content.bytes.length;
    await recordAudit(tx, actor, now, { action: 'inbox.reply', target, detail: { outcome: 'sent', kind: content.type, size } });
    return message;
  });
}
