import type { EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { recordAudit, type Actor } from '../auth/audit';
import type { WechatPublication } from '../entities/WechatPublication';
import type { AppError } from '../errors';

/** What a mark-published command takes (articleMarkPublished, updateMarkPublished, digestMarkPublished). */
export interface MarkPublishedProps {
  /** The caller's transaction. */
  m: EntityManager;
  id: string;
  /** The address at mp.weixin.qq.com, published by hand in WeChat's own editor. */
  url: string;
  actor: Actor;
  now: Date;
}

interface Props<T> extends MarkPublishedProps {
  entity: EntityTarget<T>;
  /** The audit target's type, and the first word of its action (`article.mark-published`). */
  kind: 'article' | 'update' | 'digest';
  notFound: () => AppError;
  /** What else publishing changes on this kind of row. */
  also?: QueryDeepPartialEntity<T>;
}

/**
 * The draft-box path of articles, updates and digests: someone pressed Publish at mp.weixin.qq.com and
 * pastes the link back. The row is marked published at that address (its media id kept) and audited.
 */
export async function markPublished<T extends { id: string; wechat: WechatPublication }>({ m, entity, id, url, actor, now, kind, notFound, also }: Props<T>): Promise<T> {
  const where = { id } as FindOptionsWhere<T>;
  if (!(await m.findOne(entity, { where, lock: { mode: 'pessimistic_write' } }))) throw notFound();
  const wechat: Partial<WechatPublication> = { status: 'published', url, error: null };
  // TypeORM cannot see that a generic T's `wechat` takes this partial.
  await m.update(entity, where, { ...also, wechat } as unknown as QueryDeepPartialEntity<T>);
  await recordAudit(m, actor, now, { action: `${kind}.mark-published`, target: { type: kind, id } });
  return m.findOneOrFail(entity, { where });
}
