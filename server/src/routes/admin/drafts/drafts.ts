import Router from '@koa/router';
import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import { under } from '../paths';
import draftDelete from '../../../commands/draftDelete';
import draftSave from '../../../commands/draftSave';
import { ConsoleDraft } from '../../../entities';
import { csrf, requireSession, signedIn } from '../../../middleware/auth';
import { parse } from '../../../middleware/validate';
import { DraftKeyParamsSchema, DraftWriteSchema } from '../../../contract/admin';

/** Unsaved editor text, kept server side per mediator every few seconds; only its owner reads it. */
export function adminDraftsRouter() {
  const router = new Router({ prefix: '/api/admin/drafts' });
  const at = under('/api/admin/drafts');
  router.use(requireSession(), csrf());
  router.get(at(ADMIN_ROUTES.draft), async (ctx) => {
    const { key } = parse(DraftKeyParamsSchema, ctx.params);
    const row = await ctx.deps.db.dataSource.getRepository(ConsoleDraft).findOne({ where: { mediatorId: signedIn(ctx).mediator.id, key } });
    ctx.body = { data: row ? { fields: row.fields, savedAt: row.savedAt.toISOString() } : null };
  });
  router.put(at(ADMIN_ROUTES.draftSave), async (ctx) => {
    const { key } = parse(DraftKeyParamsSchema, ctx.params);
    const { fields } = parse(DraftWriteSchema, ctx.request.body ?? {});
    // One statement each: no transaction to open.
    const savedAt = await draftSave({ m: ctx.deps.db.dataSource.manager, mediatorId: signedIn(ctx).mediator.id, key, fields, now: ctx.deps.now() });
    ctx.body = { data: { savedAt: savedAt.toISOString() } };
  });
  router.delete(at(ADMIN_ROUTES.draftDelete), async (ctx) => {
    const { key } = parse(DraftKeyParamsSchema, ctx.params);
    await draftDelete({ m: ctx.deps.db.dataSource.manager, mediatorId: signedIn(ctx).mediator.id, key });
    ctx.status = 204;
  });
  return router;
}
