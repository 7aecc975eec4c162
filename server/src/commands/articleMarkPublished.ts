import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/audit';
import { Article } from '../entities';
import { ArticleNotFoundError } from '../errors';
import { markPublished } from '../wechat/markPublished';

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
export default function articleMarkPublished({ m, actor, now, id, url }: Props): Promise<Article> {
  return markPublished({ m, entity: Article, id, url, actor, now, kind: 'article', notFound: ArticleNotFoundError, also: { listed: true, publishedAt: now } });
}
