import Router from '@koa/router';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../../../auth/audit';
import { Article, Update } from '../../../entities';
import { NotFoundError } from '../../../errors';
import { csrf, requireRole, requireSession, signedIn } from '../../../middleware/auth';
import { parse } from '../../../middleware/validate';
import { rolesFor } from '../../../policies';
import { renderMarkdown } from '../../../render';
import { markAccepted } from '../../../screen/accept';
import { ACCEPT, acceptancesFor, WITHDRAW } from './acceptances';
import { AcceptRequestSchema, PreviewSchema, ScreenRequestSchema, WithdrawRequestSchema, type ScreenHit, type ScreenTarget } from '../../../contract/admin';
import { screen } from '../../../screen';

async function mustExist(m: EntityManager, target: ScreenTarget): Promise<void> {
  const found = await m.exists(target.type === 'article' ? Article : Update, { where: { id: target.id } });
  if (!found) throw NotFoundError(`There is no such ${target.type}`, { code: `${target.type}_not_found` });
}

/** What the editor calls as the mediator types: the screener's hits and the WeChat rendering. */
export function screenRouter() {
  const router = new Router({ prefix: '/api/admin' });
  router.use(requireSession(), csrf());

  router.post('/screen', async (ctx) => {
    const { text, target } = parse(ScreenRequestSchema, ctx.request.body ?? {});
    const hits = screen(ctx.deps.config, text);
    const accepted = target ? await acceptancesFor(ctx.deps.db.dataSource.manager, target) : [];
    const answer: ScreenHit[] = markAccepted(hits, accepted);
    ctx.body = { hits: answer };
  });

  // A warning accepted once, for one text, with a reason; recorded in the audit trail, which is where it is read from.
  router.post('/screen/accept', requireRole(...rolesFor('content.write')), async (ctx) => {
    const { target, word, reason } = parse(AcceptRequestSchema, ctx.request.body ?? {});
    const m = ctx.deps.db.dataSource.manager;
    await mustExist(m, target);
    await recordAudit(m, signedIn(ctx).mediator, new Date(), { action: ACCEPT, target, detail: { word, reason } });
    ctx.body = { data: await acceptancesFor(m, target) };
  });

  router.post('/screen/withdraw', requireRole(...rolesFor('content.write')), async (ctx) => {
    const { target, word } = parse(WithdrawRequestSchema, ctx.request.body ?? {});
    const m = ctx.deps.db.dataSource.manager;
    await mustExist(m, target);
    await recordAudit(m, signedIn(ctx).mediator, new Date(), { action: WITHDRAW, target, detail: { word } });
    ctx.body = { data: await acceptancesFor(m, target) };
  });

  router.post('/preview', (ctx) => {
    const { markdown } = parse(PreviewSchema, ctx.request.body ?? {});
    ctx.body = { html: renderMarkdown(markdown) };
  });
  return router;
}
