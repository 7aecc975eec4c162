import { recordAudit, type Actor } from '../auth/audit';
import type { AppDeps } from '../context';
import { parisMonth } from '../alerts/retention';
import { exhaustMassSends, releaseMassSend, reserveMassSend } from '../digest/massQuota';
import { Digest } from '../entities';
import { ConflictError, DigestNotFoundError, DigestNotPublishedError, MassAlreadySentError, MassQuotaExhaustedError, WechatRefusedError } from '../errors';
import { WechatError } from '../wechat/errors';
import { accountGateway } from '../wechat/gateway';

interface Props {
  deps: AppDeps;
  actor: Actor;
  id: string;
}

/**
 * What followers receive: neutral words (the lock screen shows them) and the published digest's link.
 * Screened with the digest's own text by the tests.
 */
export function notifyText(title: string, url: string): string {
  return `生活小贴士：${title}\n<a href="${url}">点这里阅读 · Lire</a>`;
}

/**
 * Tells every follower of the account about a published digest with a mass message
 * (message/mass/sendall), a choice the mediator makes in the console. The month's count is taken
 * before WeChat is called and given back if WeChat refuses; past WECHAT_MASS_PER_MONTH, or when
 * WeChat says the quota is used (45028), the send is refused with `mass_quota_exhausted`.
 */
export default async function digestNotify({ deps, actor, id }: Props): Promise<Digest> {
  const { dataSource } = deps.db;
  const limit = deps.config.WECHAT_MASS_PER_MONTH;
  const digest = await dataSource.getRepository(Digest).findOne({ where: { id } });
  if (!digest) throw DigestNotFoundError();
  if (digest.massSentAt) throw MassAlreadySentError();
  if (digest.wechat.status !== 'published' || !digest.wechat.url) throw DigestNotPublishedError();
  const month = parisMonth(deps.now());
  if (!(await dataSource.transaction((m) => reserveMassSend(m, month, limit)))) throw MassQuotaExhaustedError(limit, month);

  let msgId: string;
  try {
    ({ msgId } = await accountGateway(deps).massSendAll({
      filter: { is_to_all: true },
      msgtype: 'text',
      text: { content: notifyText(digest.title, digest.wechat.url) },
      // WeChat refuses a second send with the same id within 24 hours: a retried request sends once.
      clientmsgid: `digest-${id}`,
    }));
  } catch (e) {
    await dataSource.transaction((m) => (e instanceof WechatError && e.errcode === 45028 ? exhaustMassSends(m, month, limit) : releaseMassSend(m, month)));
    if (!(e instanceof WechatError)) throw e;
    deps.logger.warn({ code: e.code, errcode: e.errcode }, 'wechat mass send failed');
    if (e.errcode === 45028) throw MassQuotaExhaustedError(limit, month);
    if (e.errcode === 45065) throw ConflictError('WeChat already has this send: followers were notified');
    throw WechatRefusedError(e.message);
  }
  const now = deps.now();
  return dataSource.transaction(async (m) => {
    await m.update(Digest, { id }, { massSentAt: now, massMsgId: msgId });
    await recordAudit(m, actor, now, { action: 'digest.notify', target: { type: 'digest', id }, detail: { city: digest.city, week: digest.weekStart, month } });
    return m.findOneOrFail(Digest, { where: { id } });
  });
}
