import Router from '@koa/router';
import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import { under } from '../paths';
import mediatorCreate from '../../../commands/mediatorCreate';
import mediatorDisable from '../../../commands/mediatorDisable';
import mediatorPasswordReset from '../../../commands/mediatorPasswordReset';
import mediatorRoleChange from '../../../commands/mediatorRoleChange';
import { Mediator } from '../../../entities';
import { csrf, requireRole, requireSession, signedIn } from '../../../middleware/auth';
import { parse } from '../../../middleware/validate';
import { rolesFor } from '../../../policies';
import { presentAccount } from '../../../presenters/admin';
import { AccountCreateSchema, AccountRoleSchema, IdParamsSchema } from '../../../contract/admin';

/** Console accounts, for admins: list, create, reset a password (shown once), change role, disable. */
export function adminAccountsRouter() {
  const router = new Router({ prefix: '/api/admin/accounts' });
  const at = under('/api/admin/accounts');
  router.use(requireSession(), csrf(), requireRole(...rolesFor('accounts.manage')));

  router.get(at(ADMIN_ROUTES.accounts), async (ctx) => {
    const rows = await ctx.deps.db.dataSource.getRepository(Mediator).find({ order: { username: 'ASC' } });
    ctx.body = { data: rows.map((r) => presentAccount(r)) };
  });

  router.post(at(ADMIN_ROUTES.accountCreate), async (ctx) => {
    const input = parse(AccountCreateSchema, ctx.request.body ?? {});
    const now = ctx.deps.now();
    const { account, password } = await ctx.deps.db.dataSource.transaction((m) => mediatorCreate({ m, actor: signedIn(ctx).mediator, now, ...input }));
    ctx.status = 201;
    ctx.body = { data: { ...presentAccount(account), password } };
  });

  router.post(at(ADMIN_ROUTES.accountPassword), async (ctx) => {
    const { id } = parse(IdParamsSchema, ctx.params);
    const now = ctx.deps.now();
    const { account, password } = await ctx.deps.db.dataSource.transaction((m) => mediatorPasswordReset({ m, actor: signedIn(ctx).mediator, now, id }));
    ctx.body = { data: { ...presentAccount(account), password } };
  });

  router.post(at(ADMIN_ROUTES.accountRole), async (ctx) => {
    const { id } = parse(IdParamsSchema, ctx.params);
    const { role } = parse(AccountRoleSchema, ctx.request.body ?? {});
    const now = ctx.deps.now();
    const account = await ctx.deps.db.dataSource.transaction((m) => mediatorRoleChange({ m, actor: signedIn(ctx).mediator, now, id, role }));
    ctx.body = { data: presentAccount(account) };
  });

  for (const [route, disabled] of [[ADMIN_ROUTES.accountDisable, true], [ADMIN_ROUTES.accountEnable, false]] as const) {
    router.post(at(route), async (ctx) => {
      const { id } = parse(IdParamsSchema, ctx.params);
      const now = ctx.deps.now();
      const account = await ctx.deps.db.dataSource.transaction((m) => mediatorDisable({ m, actor: signedIn(ctx).mediator, now, id, disabled }));
      ctx.body = { data: presentAccount(account) };
    });
  }
  return router;
}
