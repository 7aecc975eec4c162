import Router from '@koa/router';
import { ROUTES } from '../../contract/routes';
import type { Context } from 'koa';
import { ArticleParamsSchema, ArticleQuerySchema, ArticlesQuerySchema } from '../../contract/articles';
import { NotFoundError } from '../../errors';
import { parse } from '../../middleware/validate';
import { parseQuery } from '../../snapshot/query';
import { contentSnapshot } from '../../snapshot/content';
import { sendPrepared } from '../../snapshot/prepared';

const CACHE = 'public, max-age=300, must-revalidate';

/** GET /api/articles, also answered ahead of the routers (routes/hot.ts). */
export async function articlesRead(ctx: Context): Promise<void> {
  const { lang, category } = parseQuery(ctx, ArticlesQuerySchema);
  const content = await contentSnapshot(ctx.deps.db, ctx.deps.logger).current();
  sendPrepared(ctx, content.articleList(lang, category), CACHE);
}

export function articlesRouter() {
  const router = new Router();
  router.get(ROUTES.articles.path, articlesRead);

  router.get(ROUTES.article.path, async (ctx) => {
    const { slug } = parse(ArticleParamsSchema, ctx.params);
    const { lang } = parseQuery(ctx, ArticleQuerySchema);
    const content = await contentSnapshot(ctx.deps.db, ctx.deps.logger).current();
    const article = content.article(slug, lang);
    if (!article) throw NotFoundError(`There is no article "${slug}"`, { code: 'article_not_found' });
    sendPrepared(ctx, article, CACHE);
  });
  return router;
}
