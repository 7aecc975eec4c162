import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/audit';
import { recordAudit } from '../auth/audit';
import { Article } from '../entities';
import { ArticleNotFoundError } from '../errors';

interface Props {
  /** The caller's transaction. */
  m: EntityManager;
  actor: Actor;
  now: Date;
  id: string;
  /** The article's address at mp.weixin.qq.com, published by hand in WeChat's own editor. */
  url: string;
}

/** Records an article published by hand on the account: listed, with its WeChat address. */
export default async function articleMarkPublished({ m, actor, now, id, url }: Props): Promise<Article> {
  const row = await m.findOne(Article, { where: { id } });
  if (!row) throw ArticleNotFoundError();
  await m.update(Article, { id }, { listed: true, wechat: { status: 'published', url, error: null }, publishedAt: now });
  await recordAudit(m, actor, now, { action: 'article.mark-published', target: { type: 'article', id } });
  return m.findOneOrFail(Article, { where: { id } });
}
