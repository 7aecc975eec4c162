import type { EntityManager } from 'typeorm';
import { InboxConversation, InboxMessage } from '../entities';
import type { InboxCrypto } from '../inbox/crypto';
import { hasCrisisWord } from '../inbox/crisis';
import { bodyOf, kindOf, searchableText } from '../inbox/message';

interface Props {
  /** The caller's transaction. */
  m: EntityManager;
  crypto: InboxCrypto;
  now: Date;
  /** WeChat's message fields as parsed from the webhook's XML. */
  message: Record<string, string>;
  crisisWords: string[];
}

/**
 * Keeps one incoming message, sealed, in her conversation (made on her first message). A message
 * WeChat sends again (same MsgId) is kept once. Returns null when there is nothing to keep.
 */
export default async function inboxReceive({ m, crypto, now, message, crisisWords }: Props): Promise<{ conversationId: string } | null> {
  const openid = message.FromUserName;
  if (!openid || !message.MsgType) return null;
  const msgKey = message.MsgId ? crypto.key('msgid', message.MsgId) : null;
  if (msgKey && (await m.exists(InboxMessage, { where: { msgKey } }))) return null;

  const body = bodyOf(message);
  const kind = kindOf(message.MsgType);
  // Only what she wrote counts as unread; an unsubscribe no longer lets us answer at all.
  const counts = kind !== 'event';
  const opensWindow = body.event !== 'unsubscribe';
  const crisis = hasCrisisWord(crisisWords, searchableText(body));

  const senderKey = crypto.senderKey(openid);
  let conversation = await m.findOne(InboxConversation, { where: { senderKey }, lock: { mode: 'pessimistic_write' } });
  if (!conversation) {
    conversation = m.create(InboxConversation, {
      senderKey,
      openidSealed: crypto.seal(openid, 'openid'),
      lastIncomingAt: now,
      lastActivityAt: now,
      unread: 0,
      crisis: false,
      done: false,
      assignedTo: null,
      noteSealed: null,
    });
  }
  if (opensWindow) conversation.lastIncomingAt = now;
  conversation.lastActivityAt = now;
  if (counts) {
    conversation.unread += 1;
    conversation.done = false;
  }
  if (crisis) conversation.crisis = true;
  conversation = await m.save(InboxConversation, conversation);
  await m.insert(InboxMessage, {
    conversationId: conversation.id,
    direction: 'in',
    kind,
    bodySealed: crypto.seal(JSON.stringify(body), 'message'),
    msgKey,
    mediaSealed: null,
    mediaType: null,
    username: null,
    at: now,
  });
  return { conversationId: conversation.id };
}
