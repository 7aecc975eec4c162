import Router from '@koa/router';
import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import { under } from '../paths';
import type { Context } from 'koa';
import { parisMonth } from '../../../alerts/retention';
import digestApprove from '../../../commands/digestApprove';
import digestDraft from '../../../commands/digestDraft';
import digestEdit from '../../../commands/digestEdit';
import { DigestNotFoundError } from '../../../errors';
import digestNotify from '../../../commands/digestNotify';
import digestPublish, { digestMarkPublished } from '../../../commands/digestPublish';
import { MarkPublishedSchema } from '../../../contract/admin';
import { DigestDraftSchema, DigestIdSchema, DigestPublishSchema, DigestWriteSchema } from '../../../contract/digest';
import { massQuota } from '../../../digest/massQuota';
import { Digest } from '../../../entities';
import { csrf, requireRole, requireSession, signedIn } from '../../../middleware/auth';
import { parse } from '../../../middleware/validate';
import { rolesFor } from '../../../policies';
import { presentDigest, presentDigestListItem } from '../../../presenters/digest';
import { presentOutcome } from '../../../presenters/publication';

const quota = (ctx: Context) => massQuota(ctx.deps.db.dataSource.manager, parisMonth(ctx.deps.now()), ctx.deps.config.WECHAT_MASS_PER_MONTH);

/** The weekly digests: draft now, read, edit, approve, publish, notify followers (quota-aware). */
export function adminDigestsRouter() {
  const router = new Router({ prefix: '/api/admin/digests' });
  const at = under('/api/admin/digests');
  router.use(requireSession(), csrf());

  router.get(at(ADMIN_ROUTES.digests), async (ctx) => {
    const rows = await ctx.deps.db.dataSource.getRepository(Digest).find({ order: { weekStart: 'DESC', city: 'ASC' }, take: 200 });
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: rows.map(presentDigestListItem), meta: { quota: await quota(ctx) } };
  });

  router.post(at(ADMIN_ROUTES.digestDraft), requireRole(...rolesFor('content.write')), async (ctx) => {
    const { city, day } = parse(DigestDraftSchema, ctx.request.body ?? {});
    const { deps } = ctx;
    const result = await deps.db.dataSource.transaction((m) =>
      digestDraft({ m, now: deps.now(), contentDir: deps.config.CONTENT_DIR, city, day, actor: signedIn(ctx).mediator }),
    );
    ctx.body = { data: { week: result.week, drafted: result.drafted.map(presentDigestListItem), kept: result.kept.map(presentDigestListItem), quiet: result.quiet } };
  });

  router.get(at(ADMIN_ROUTES.digest), async (ctx) => {
    const { id } = parse(DigestIdSchema, ctx.params);
    const row = await ctx.deps.db.dataSource.getRepository(Digest).findOne({ where: { id } });
    if (!row) throw DigestNotFoundError();
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: presentDigest(row), meta: { quota: await quota(ctx) } };
  });

  router.put(at(ADMIN_ROUTES.digestSave), requireRole(...rolesFor('content.write')), async (ctx) => {
    const { id } = parse(DigestIdSchema, ctx.params);
    const input = parse(DigestWriteSchema, ctx.request.body ?? {});
    const { deps } = ctx;
    const saved = await deps.db.dataSource.transaction((m) =>
      digestEdit({ m, id, input, actor: signedIn(ctx).mediator, now: deps.now(), contentDir: deps.config.CONTENT_DIR }),
    );
    ctx.body = { data: presentDigest(saved) };
  });

  router.post(at(ADMIN_ROUTES.digestApprove), requireRole(...rolesFor('content.publish')), async (ctx) => {
    const { id } = parse(DigestIdSchema, ctx.params);
    const saved = await ctx.deps.db.dataSource.transaction((m) => digestApprove({ m, id, actor: signedIn(ctx).mediator, now: ctx.deps.now() }));
    ctx.body = { data: presentDigest(saved) };
  });

  router.post(at(ADMIN_ROUTES.digestPublish), requireRole(...rolesFor('content.publish')), async (ctx) => {
    const { id } = parse(DigestIdSchema, ctx.params);
    const { override } = parse(DigestPublishSchema, ctx.request.body ?? {});
    ctx.body = { data: presentOutcome(await digestPublish({ deps: ctx.deps, actor: signedIn(ctx).mediator, id, override })) };
  });

  router.post(at(ADMIN_ROUTES.digestMarkPublished), requireRole(...rolesFor('content.publish')), async (ctx) => {
    const { id } = parse(DigestIdSchema, ctx.params);
    const { url } = parse(MarkPublishedSchema, ctx.request.body ?? {});
    const saved = await ctx.deps.db.dataSource.transaction((m) => digestMarkPublished({ m, id, url, actor: signedIn(ctx).mediator, now: ctx.deps.now() }));
    ctx.body = { data: presentDigest(saved) };
  });

  router.post(at(ADMIN_ROUTES.digestNotify), requireRole(...rolesFor('content.publish')), async (ctx) => {
    const { id } = parse(DigestIdSchema, ctx.params);
    const saved = await digestNotify({ deps: ctx.deps, actor: signedIn(ctx).mediator, id });
    ctx.body = { data: presentDigest(saved), meta: { quota: await quota(ctx) } };
  });

  return router;
}
