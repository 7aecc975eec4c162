import { Article } from '../entities';
import { ArticleNotFoundError } from '../errors';
import { markPublished, type MarkPublishedProps as Props } from '../wechat/markPublished';

/** Records an article published by hand on the account: listed, with its WeChat address. */
export default function articleMarkPublished({ m, actor, now, id, url }: Props): Promise<Article> {
  return markPublished({ m, entity: Article, id, url, actor, now, kind: 'article', notFound: ArticleNotFoundError, also: { listed: true, publishedAt: now } });
}
