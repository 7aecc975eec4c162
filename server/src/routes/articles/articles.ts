import Router from '@koa/router';
import { In } from 'typeorm';
import { ArticleParamsSchema, ArticleQuerySchema, ArticlesQuerySchema } from '../../contract/articles';
import { fallbackOrder } from '../../contract/lang';
import { pickTranslations } from '../../commands/translations';
import { Article } from '../../entities';
import { NotFoundError } from '../../errors';
import { etag } from '../../middleware/etag';
import { parse } from '../../middleware/validate';
import { presentArticle, presentArticleSummary } from '../../presenters/article';

export function articlesRouter() {
  const router = new Router();
  router.get('/api/articles', etag({ maxAge: 300 }), async (ctx) => {
    const { lang, category } = parse(ArticlesQuerySchema, ctx.query);
    const rows = await ctx.deps.db.dataSource.getRepository(Article).find({
      where: { listed: true, lang: In([...fallbackOrder(lang)]), ...(category ? { category } : {}) },
      order: { updated: 'DESC', slug: 'ASC' },
    });
    ctx.body = { data: pickTranslations(rows, (a) => a.slug, lang).map((a) => presentArticleSummary(a, lang)) };
  });
  router.get('/api/articles/:slug', etag({ maxAge: 300 }), async (ctx) => {
    const { slug } = parse(ArticleParamsSchema, ctx.params);
    const { lang } = parse(ArticleQuerySchema, ctx.query);
    const rows = await ctx.deps.db.dataSource.getRepository(Article).find({
      where: { slug, listed: true, lang: In([...fallbackOrder(lang)]) },
    });
    const [article] = pickTranslations(rows, (a) => a.slug, lang);
    if (!article) throw NotFoundError(`There is no article "${slug}"`);
    ctx.body = { data: presentArticle(article, lang) };
  });
  return router;
}
