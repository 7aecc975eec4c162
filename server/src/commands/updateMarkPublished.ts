import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/audit';
import { Update } from '../entities';
import { UpdateNotFoundError } from '../errors';
import { markPublished } from '../wechat/markPublished';

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
export default function updateMarkPublished({ m, actor, now, id, url }: Props): Promise<Update> {
  return markPublished({ m, entity: Update, id, url, actor, now, kind: 'update', notFound: UpdateNotFoundError });
}
