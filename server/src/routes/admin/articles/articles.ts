import Router from '@koa/router';
import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import { under } from '../paths';
import { Article } from '../../../entities';
import { ArticleNotFoundError } from '../../../errors';
import { csrf, requireRole, requireSession, signedIn } from '../../../middleware/auth';
import { parse } from '../../../middleware/validate';
import { rolesFor } from '../../../policies';
import { presentAdminArticle } from '../../../presenters/admin';
import articleArchive from '../../../commands/articleArchive';
import articleMarkPublished from '../../../commands/articleMarkPublished';
import articleSave from '../../../commands/articleSave';
import contentPublish from '../../../commands/contentPublish';
import { presentOutcome } from '../../../presenters/publication';
import { ArticleWriteSchema, IdParamsSchema, MarkPublishedSchema, PreviewSchema, PublishSchema } from '../../../contract/admin';
import { imageSources, renderForWechat } from '../../../render/wechat';
import { articleToMarkdownFile } from './export';


export function adminArticlesRouter() {
  const router = new Router({ prefix: '/api/admin/articles' });
  const at = under('/api/admin/articles');
  router.use(requireSession(), csrf());

  router.get(at(ADMIN_ROUTES.articles), async (ctx) => {
    const rows = await ctx.deps.db.dataSource.getRepository(Article).find({ order: { updatedAt: 'DESC' } });
    ctx.body = { data: rows.map(presentAdminArticle) };
  });

  // Exactly what the account receives (links as numbered notes, captions), images shown from where they are now.
  router.post(at(ADMIN_ROUTES.articlePreview), (ctx) => {
    const { markdown } = parse(PreviewSchema, ctx.request.body ?? {});
    ctx.body = { data: { html: renderForWechat(markdown, new Map(imageSources(markdown).map((src) => [src, src]))) } };
  });

  router.post(at(ADMIN_ROUTES.articleCreate), requireRole(...rolesFor('content.write')), async (ctx) => {
    const input = parse(ArticleWriteSchema, ctx.request.body ?? {});
    const { config, db, now } = ctx.deps;
    const saved = await db.dataSource.transaction((m) => articleSave({ m, config, actor: signedIn(ctx).mediator, now: now(), input }));
    ctx.status = 201;
    ctx.body = { data: presentAdminArticle(saved) };
  });

  router.get(at(ADMIN_ROUTES.article), async (ctx) => {
    const { id } = parse(IdParamsSchema, ctx.params);
    const row = await ctx.deps.db.dataSource.getRepository(Article).findOne({ where: { id } });
    if (!row) throw ArticleNotFoundError();
    ctx.body = { data: presentAdminArticle(row) };
  });

  router.put(at(ADMIN_ROUTES.articleSave), requireRole(...rolesFor('content.write')), async (ctx) => {
    const { id } = parse(IdParamsSchema, ctx.params);
    const input = parse(ArticleWriteSchema, ctx.request.body ?? {});
    const { config, db, now } = ctx.deps;
    const saved = await db.dataSource.transaction((m) => articleSave({ m, config, actor: signedIn(ctx).mediator, now: now(), id, input }));
    ctx.body = { data: presentAdminArticle(saved) };
  });

  router.get(at(ADMIN_ROUTES.articleExport), async (ctx) => {
    const { id } = parse(IdParamsSchema, ctx.params);
    const row = await ctx.deps.db.dataSource.getRepository(Article).findOne({ where: { id } });
    if (!row) throw ArticleNotFoundError();
    const file = articleToMarkdownFile(row);
    ctx.set('Content-Disposition', `attachment; filename="${file.filename}"`);
    ctx.type = 'text/markdown; charset=utf-8';
    ctx.body = file.text;
  });

  router.post(at(ADMIN_ROUTES.articlePublish), requireRole(...rolesFor('content.publish')), async (ctx) => {
    const { id } = parse(IdParamsSchema, ctx.params);
    const { override } = parse(PublishSchema, ctx.request.body ?? {});
    const a = await ctx.deps.db.dataSource.getRepository(Article).findOne({ where: { id } });
    if (!a) throw ArticleNotFoundError();
    const outcome = await contentPublish({
      deps: ctx.deps,
      actor: signedIn(ctx).mediator,
      target: { type: 'article', id },
      piece: { lang: a.lang, title: a.title, summary: a.summary, markdown: a.body, mediaId: a.wechat.mediaId },
      override,
      async persist(m, o, now) {
        if (o.status === 'published') {
          await m.update(Article, { id }, { listed: true, wechat: { status: 'published', url: o.url, mediaId: o.mediaId, error: null }, publishedAt: now });
        } else if (o.status === 'draft') {
          await m.update(Article, { id }, { wechat: { status: 'draft', mediaId: o.mediaId, error: null } });
        } else {
          await m.update(Article, { id }, { wechat: { status: 'failed', error: o.code } });
        }
      },
    });
    ctx.body = { data: presentOutcome(outcome) };
  });

  for (const [route, archive] of [[ADMIN_ROUTES.articleArchive, true], [ADMIN_ROUTES.articleUnarchive, false]] as const) {
    router.post(at(route), requireRole(...rolesFor('content.write')), async (ctx) => {
      const { id } = parse(IdParamsSchema, ctx.params);
      const { mediator } = signedIn(ctx);
      const now = ctx.deps.now();
      const saved = await ctx.deps.db.dataSource.transaction((m) => articleArchive({ m, actor: mediator, now, id, archive }));
      ctx.body = { data: presentAdminArticle(saved) };
    });
  }

  router.post(at(ADMIN_ROUTES.articleMarkPublished), requireRole(...rolesFor('content.publish')), async (ctx) => {
    const { id } = parse(IdParamsSchema, ctx.params);
    const { url } = parse(MarkPublishedSchema, ctx.request.body ?? {});
    const { mediator } = signedIn(ctx);
    const now = ctx.deps.now();
    const saved = await ctx.deps.db.dataSource.transaction((m) => articleMarkPublished({ m, actor: mediator, now, id, url }));
    ctx.body = { data: presentAdminArticle(saved) };
  });
  return router;
}
