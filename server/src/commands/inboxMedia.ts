import type { EntityManager } from 'typeorm';
import { InboxMessage } from '../entities';
import { MediaExpiredError, NotFoundError, WechatRefusedError } from '../errors';
import type { InboxCrypto } from '../inbox/crypto';
import { MEDIA_KEPT_MS, openBody } from '../presenters/inbox';
import { WechatError } from '../wechat/errors';
import type { WechatGateway } from '../wechat/gateway';
import { amrToWav } from '../inbox/voice';

interface Props {
  m: EntityManager;
  crypto: InboxCrypto;
  /** Only asked when the media is not cached yet. */
  gateway: () => WechatGateway;
  now: Date;
  conversationId: string;
  messageId: string;
}

/**
 * The voice or image she sent: from our sealed copy, or fetched once from WeChat (media/get, while
 * WeChat keeps it) and sealed for the rest of the retention period.
 */
export default async function inboxMedia({ m, crypto, gateway, now, conversationId, messageId }: Props): Promise<{ bytes: Buffer; contentType: string }> {
  const message = await m.findOne(InboxMessage, { where: { id: messageId, conversationId } });
  if (!message || (message.kind !== 'voice' && message.kind !== 'image')) throw NotFoundError('There is no voice or image with this id in the conversation');
  if (message.mediaSealed && message.mediaType) return { bytes: crypto.open(message.mediaSealed, 'media'), contentType: message.mediaType };
  const { mediaId } = openBody(message, crypto);
  if (message.direction === 'out') throw MediaExpiredError();
  if (!mediaId || now.getTime() - message.at.getTime() > MEDIA_KEPT_MS) throw MediaExpiredError();
  let file: { bytes: Buffer; contentType: string };
  try {
    file = await gateway().mediaGet(mediaId);
  } catch (e) {
    if (e instanceof WechatError && e.errcode === 40007) throw MediaExpiredError();
    if (e instanceof WechatError) throw WechatRefusedError(e.message);
    throw e;
  }
  if (message.kind === 'voice') file = playable(file);
  await m.update(InboxMessage, { id: message.id }, { mediaSealed: crypto.seal(file.bytes, 'media'), mediaType: file.contentType });
  return file;
}

/** WeChat's AMR-NB as WAV, which browsers play; anything the decoder cannot read (speex) stays as it came. */
function playable(file: { bytes: Buffer; contentType: string }) {
  const wav = amrToWav(file.bytes);
  return wav ? { bytes: wav, contentType: 'audio/wav' } : file;
}
