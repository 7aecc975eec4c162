import Router from '@koa/router';
import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import { under } from '../paths';
import type { Context } from 'koa';
import { localTime } from '../../../contract/hours';
import { Update } from '../../../entities';
import { UpdateExpiredError, UpdateNotFoundError } from '../../../errors';
import { csrf, requireRole, requireSession, signedIn } from '../../../middleware/auth';
import { parse } from '../../../middleware/validate';
import { rolesFor } from '../../../policies';
import { presentAdminUpdate } from '../../../presenters/admin';
import { PROGRAMME_ZONE } from '../../../inbox/hours';
import contentPublish from '../../../commands/contentPublish';
import updateExpire from '../../../commands/updateExpire';
import updateMarkPublished from '../../../commands/updateMarkPublished';
import updateSave from '../../../commands/updateSave';
import { presentOutcome } from '../../../presenters/publication';
import { IdParamsSchema, MarkPublishedSchema, PublishSchema, UpdateWriteSchema } from '../../../contract/admin';

const today = (ctx: Context) => localTime(ctx.deps.now(), PROGRAMME_ZONE).date;

/** A short article's summary: the update's first sentence or so. */
function summaryOf(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return [...flat].length > 100 ? `${[...flat].slice(0, 99).join('')}…` : flat;
}

export function adminUpdatesRouter() {
  const router = new Router({ prefix: '/api/admin/updates' });
  const at = under('/api/admin/updates');
  router.use(requireSession(), csrf());

  router.get(at(ADMIN_ROUTES.updates), async (ctx) => {
    const rows = await ctx.deps.db.dataSource.getRepository(Update).find({ order: { publishedOn: 'DESC', key: 'ASC' } });
    ctx.body = { data: rows.map((u) => presentAdminUpdate(u, today(ctx))) };
  });

  router.post(at(ADMIN_ROUTES.updateCreate), requireRole(...rolesFor('content.write')), async (ctx) => {
    const input = parse(UpdateWriteSchema, ctx.request.body ?? {});
    const saved = await ctx.deps.db.dataSource.transaction((m) => updateSave({ m, actor: signedIn(ctx).mediator, now: ctx.deps.now(), input }));
    ctx.status = 201;
    ctx.body = { data: presentAdminUpdate(saved, today(ctx)) };
  });

  router.get(at(ADMIN_ROUTES.update), async (ctx) => {
    const { id } = parse(IdParamsSchema, ctx.params);
    const row = await ctx.deps.db.dataSource.getRepository(Update).findOne({ where: { id } });
    if (!row) throw UpdateNotFoundError();
    ctx.body = { data: presentAdminUpdate(row, today(ctx)) };
  });

  router.put(at(ADMIN_ROUTES.updateSave), requireRole(...rolesFor('content.write')), async (ctx) => {
    const { id } = parse(IdParamsSchema, ctx.params);
    const input = parse(UpdateWriteSchema, ctx.request.body ?? {});
    const saved = await ctx.deps.db.dataSource.transaction((m) => updateSave({ m, actor: signedIn(ctx).mediator, now: ctx.deps.now(), id, input }));
    ctx.body = { data: presentAdminUpdate(saved, today(ctx)) };
  });

  router.post(at(ADMIN_ROUTES.updateExpire), requireRole(...rolesFor('content.write')), async (ctx) => {
    const { id } = parse(IdParamsSchema, ctx.params);
    const saved = await ctx.deps.db.dataSource.transaction((m) => updateExpire({ m, actor: signedIn(ctx).mediator, now: ctx.deps.now(), id }));
    ctx.body = { data: presentAdminUpdate(saved, today(ctx)) };
  });

  router.post(at(ADMIN_ROUTES.updatePublish), requireRole(...rolesFor('content.publish')), async (ctx) => {
    const { id } = parse(IdParamsSchema, ctx.params);
    const { override, expired } = parse(PublishSchema, ctx.request.body ?? {});
    const u = await ctx.deps.db.dataSource.getRepository(Update).findOne({ where: { id } });
    if (!u) throw UpdateNotFoundError();
    // Followers would read an announcement that no longer holds: only once the mediator has confirmed.
    if (presentAdminUpdate(u, today(ctx)).state === 'expired' && !expired) throw UpdateExpiredError(u.expiresOn ?? '');
    const outcome = await contentPublish({
      deps: ctx.deps,
      actor: signedIn(ctx).mediator,
      target: { type: 'update', id },
      piece: { lang: u.lang, title: u.title, summary: summaryOf(u.body), markdown: u.body, mediaId: u.wechat.mediaId },
      override,
      async persist(m, o) {
        if (o.status === 'published') await m.update(Update, { id }, { wechat: { status: 'published', url: o.url, mediaId: o.mediaId, error: null } });
        else if (o.status === 'draft') await m.update(Update, { id }, { wechat: { status: 'draft', mediaId: o.mediaId, error: null } });
        else await m.update(Update, { id }, { wechat: { status: 'failed', error: o.code } });
      },
    });
    ctx.body = { data: presentOutcome(outcome) };
  });

  router.post(at(ADMIN_ROUTES.updateMarkPublished), requireRole(...rolesFor('content.publish')), async (ctx) => {
    const { id } = parse(IdParamsSchema, ctx.params);
    const { url } = parse(MarkPublishedSchema, ctx.request.body ?? {});
    const { mediator } = signedIn(ctx);
    const now = ctx.deps.now();
    const saved = await ctx.deps.db.dataSource.transaction((m) => updateMarkPublished({ m, actor: mediator, now, id, url }));
    ctx.body = { data: presentAdminUpdate(saved, today(ctx)) };
  });
  return router;
}
