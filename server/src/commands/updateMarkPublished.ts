import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/audit';
import { recordAudit } from '../auth/audit';
import { Update } from '../entities';
import { UpdateNotFoundError } from '../errors';

interface Props {
  /** The caller's transaction. */
  m: EntityManager;
  actor: Actor;
  now: Date;
  id: string;
  /** The update's address at mp.weixin.qq.com, published by hand in WeChat's own editor. */
  url: string;
}

/** Records an update published by hand on the account, with its WeChat address. */
export default async function updateMarkPublished({ m, actor, now, id, url }: Props): Promise<Update> {
  if (!(await m.findOne(Update, { where: { id } }))) throw UpdateNotFoundError();
  await m.update(Update, { id }, { wechat: { status: 'published', url, error: null } });
  await recordAudit(m, actor, now, { action: 'update.mark-published', target: { type: 'update', id } });
  return m.findOneOrFail(Update, { where: { id } });
}
