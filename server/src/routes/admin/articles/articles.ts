import Router from '@koa/router';
import { recordAudit } from '../../../auth/audit';
import { Article } from '../../../entities';
import { ArticleNotFoundError } from '../../../errors';
import { csrf, requireRole, requireSession, signedIn } from '../../../middleware/auth';
import { parse } from '../../../middleware/validate';
import { rolesFor } from '../../../policies';
import { presentAdminArticle } from '../../../presenters/admin';
import { presentOutcome, publishPiece } from '../publication';
import { ArticleWriteSchema, IdParamsSchema, MarkPublishedSchema, PreviewSchema, PublishSchema } from '../../../contract/admin';
import { imageSources, renderForWechat } from '../../../render/wechat';
import { articleToMarkdownFile } from './export';
import { saveArticle } from './save';


export function adminArticlesRouter() {
  const router = new Router({ prefix: '/api/admin/articles' });
  router.use(requireSession(), csrf());

  router.get('/', async (ctx) => {
    const rows = await ctx.deps.db.dataSource.getRepository(Article).find({ order: { updatedAt: 'DESC' } });
    ctx.body = { data: rows.map(presentAdminArticle) };
  });

  // Exactly what the account receives (links as numbered notes, captions), images shown from where they are now.
  router.post('/preview', (ctx) => {
    const { markdown } = parse(PreviewSchema, ctx.request.body ?? {});
    ctx.body = { html: renderForWechat(markdown, new Map(imageSources(markdown).map((src) => [src, src]))) };
  });

  router.post('/', requireRole(...rolesFor('content.write')), async (ctx) => {
    const input = parse(ArticleWriteSchema, ctx.request.body ?? {});
    const saved = await saveArticle({ deps: ctx.deps, actor: signedIn(ctx).mediator, input });
    ctx.status = 201;
    ctx.body = { data: presentAdminArticle(saved) };
  });

  router.get('/:id', async (ctx) => {
    const { id } = parse(IdParamsSchema, ctx.params);
    const row = await ctx.deps.db.dataSource.getRepository(Article).findOne({ where: { id } });
    if (!row) throw ArticleNotFoundError();
    ctx.body = { data: presentAdminArticle(row) };
  });

  router.put('/:id', requireRole(...rolesFor('content.write')), async (ctx) => {
    const { id } = parse(IdParamsSchema, ctx.params);
    const input = parse(ArticleWriteSchema, ctx.request.body ?? {});
    const saved = await saveArticle({ deps: ctx.deps, actor: signedIn(ctx).mediator, id, input });
    ctx.body = { data: presentAdminArticle(saved) };
  });

  router.get('/:id/export', async (ctx) => {
    const { id } = parse(IdParamsSchema, ctx.params);
    const row = await ctx.deps.db.dataSource.getRepository(Article).findOne({ where: { id } });
    if (!row) throw ArticleNotFoundError();
    const file = articleToMarkdownFile(row);
    ctx.set('Content-Disposition', `attachment; filename="${file.filename}"`);
    ctx.type = 'text/markdown; charset=utf-8';
    ctx.body = file.text;
  });

  router.post('/:id/publish', requireRole(...rolesFor('content.publish')), async (ctx) => {
    const { id } = parse(IdParamsSchema, ctx.params);
    const { override } = parse(PublishSchema, ctx.request.body ?? {});
    const a = await ctx.deps.db.dataSource.getRepository(Article).findOne({ where: { id } });
    if (!a) throw ArticleNotFoundError();
    const outcome = await publishPiece({
      deps: ctx.deps,
      actor: signedIn(ctx).mediator,
      target: { type: 'article', id },
      piece: { title: a.title, summary: a.summary, markdown: a.body, mediaId: a.wechat.mediaId },
      override,
      async persist(m, o, now) {
        if (o.status === 'published') {
          await m.update(Article, { id }, { status: 'published', listed: true, wechat: { status: 'published', url: o.url, mediaId: o.mediaId, error: null }, publishedAt: now });
        } else if (o.status === 'draft') {
          await m.update(Article, { id }, { wechat: { status: 'draft', mediaId: o.mediaId, error: null } });
        } else {
          await m.update(Article, { id }, { status: 'failed', wechat: { status: 'failed', error: o.code } });
        }
      },
    });
    ctx.body = presentOutcome(outcome);
  });

  for (const [verb, archive] of [['archive', true], ['unarchive', false]] as const) {
    router.post(`/:id/${verb}`, requireRole(...rolesFor('content.write')), async (ctx) => {
      const { id } = parse(IdParamsSchema, ctx.params);
      const { mediator } = signedIn(ctx);
      const now = ctx.deps.now();
      const saved = await ctx.deps.db.dataSource.transaction(async (m) => {
        const row = await m.findOne(Article, { where: { id } });
        if (!row) throw ArticleNotFoundError();
        // Archiving takes it out of the mini-program; bringing it back leaves that to a deliberate save.
        await m.update(Article, { id }, archive ? { archivedAt: now, listed: false } : { archivedAt: null });
        await recordAudit(m, mediator, now, { action: `article.${verb}`, target: { type: 'article', id } });
        return m.findOneOrFail(Article, { where: { id } });
      });
      ctx.body = { data: presentAdminArticle(saved) };
    });
  }

  router.post('/:id/mark-published', requireRole(...rolesFor('content.publish')), async (ctx) => {
    const { id } = parse(IdParamsSchema, ctx.params);
    const { url } = parse(MarkPublishedSchema, ctx.request.body ?? {});
    const { mediator } = signedIn(ctx);
    const now = ctx.deps.now();
    const saved = await ctx.deps.db.dataSource.transaction(async (m) => {
      const row = await m.findOne(Article, { where: { id } });
      if (!row) throw ArticleNotFoundError();
      await m.update(Article, { id }, { status: 'published', listed: true, wechat: { status: 'published', url, error: null }, publishedAt: now });
      await recordAudit(m, mediator, now, { action: 'article.mark-published', target: { type: 'article', id } });
      return m.findOneOrFail(Article, { where: { id } });
    });
    ctx.body = { data: presentAdminArticle(saved) };
  });
  return router;
}
