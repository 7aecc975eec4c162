import Router from '@koa/router';
import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import { under } from '../paths';
import warningAccept from '../../../commands/warningAccept';
import warningWithdraw from '../../../commands/warningWithdraw';
import { csrf, requireRole, requireSession, signedIn } from '../../../middleware/auth';
import { parse } from '../../../middleware/validate';
import { rolesFor } from '../../../policies';
import { renderMarkdown } from '../../../render';
import { markAccepted } from '../../../screen/accept';
import { acceptancesFor } from '../../../screen/acceptances';
import { AcceptRequestSchema, PreviewSchema, ScreenRequestSchema, WithdrawRequestSchema, type ScreenHit } from '../../../contract/admin';
import { screen } from '../../../screen';

/** What the editor calls as the mediator types: the screener's hits and the WeChat rendering. */
export function screenRouter() {
  const router = new Router({ prefix: '/api/admin' });
  const at = under('/api/admin');
  router.use(requireSession(), csrf());

  router.post(at(ADMIN_ROUTES.screen), async (ctx) => {
    const { text, target } = parse(ScreenRequestSchema, ctx.request.body ?? {});
    const hits = screen(ctx.deps.config, text);
    const accepted = target ? await acceptancesFor(ctx.deps.db.dataSource.manager, target) : [];
    const answer: ScreenHit[] = markAccepted(hits, accepted);
    ctx.body = { data: answer };
  });

  // A warning accepted once, for one text, with a reason; recorded in the audit trail, which is where it is read from.
  router.post(at(ADMIN_ROUTES.screenAccept), requireRole(...rolesFor('content.write')), async (ctx) => {
    const { target, word, reason } = parse(AcceptRequestSchema, ctx.request.body ?? {});
    const m = ctx.deps.db.dataSource.manager;
    await warningAccept({ m, actor: signedIn(ctx).mediator, now: new Date(), target, word, reason });
    ctx.body = { data: await acceptancesFor(m, target) };
  });

  router.post(at(ADMIN_ROUTES.screenWithdraw), requireRole(...rolesFor('content.write')), async (ctx) => {
    const { target, word } = parse(WithdrawRequestSchema, ctx.request.body ?? {});
    const m = ctx.deps.db.dataSource.manager;
    await warningWithdraw({ m, actor: signedIn(ctx).mediator, now: new Date(), target, word });
    ctx.body = { data: await acceptancesFor(m, target) };
  });

  router.post(at(ADMIN_ROUTES.preview), (ctx) => {
    const { markdown } = parse(PreviewSchema, ctx.request.body ?? {});
    ctx.body = { data: { html: renderMarkdown(markdown) } };
  });
  return router;
}
