import Router from '@koa/router';
import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import { under } from '../paths';
import type { Context } from 'koa';
import { accountKey, checkPassword } from '../../../auth/login';
import loginUnlock from '../../../commands/loginUnlock';
import sessionCreate from '../../../commands/sessionCreate';
import sessionDestroy from '../../../commands/sessionDestroy';
import { loginThrottle } from '../../../middleware/loginThrottle';
import { SESSION_COOKIE, SESSION_MAX_MS } from '../../../auth/sessions';
import { csrf, requireRole, requireSession, signedIn } from '../../../middleware/auth';
import { rolesFor } from '../../../policies';
import { parse } from '../../../middleware/validate';
import { LoginSchema, UnlockSchema } from '../../../contract/admin';

/** HttpOnly (scripts cannot read it), SameSite=Strict (other sites cannot send it), Secure behind TLS. */
function setSessionCookie(ctx: Context, token: string | null) {
  ctx.cookies.set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.secure,
    path: '/api/admin',
    maxAge: token ? SESSION_MAX_MS : undefined,
    overwrite: true,
  });
}

export function sessionRouter() {
  const router = new Router({ prefix: '/api/admin' });
  const at = under('/api/admin');
  router.post(at(ADMIN_ROUTES.login), loginThrottle(), async (ctx) => {
    const { username, password } = parse(LoginSchema, ctx.request.body ?? {});
    const mediator = await checkPassword({ deps: ctx.deps, username, password, ip: ctx.ip });
    const result = await ctx.deps.db.dataSource.transaction((m) => sessionCreate({ m, mediator, now: ctx.deps.now() }));
    setSessionCookie(ctx, result.token);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: { csrfToken: result.csrfToken, mediator: { username: result.mediator.username, role: result.mediator.role } } };
  });
  /** An admin lifts every lockout on a name (the console's "unlock" button); audited. */
  router.post(at(ADMIN_ROUTES.unlock), requireSession(), requireRole(...rolesFor('accounts.manage')), csrf(), async (ctx) => {
    const { username } = parse(UnlockSchema, ctx.request.body ?? {});
    const { deps } = ctx;
    const s = signedIn(ctx);
    const unlocked = await deps.db.dataSource.transaction((m) =>
      loginUnlock({ m, actor: s.mediator, now: deps.now(), username, account: accountKey(deps, username) }),
    );
    ctx.body = { data: { username, unlocked } };
  });

  router.get(at(ADMIN_ROUTES.me), requireSession(), (ctx) => {
    const s = signedIn(ctx);
    ctx.body = { data: { csrfToken: s.csrfToken, mediator: { username: s.mediator.username, role: s.mediator.role } } };
  });
  router.post(at(ADMIN_ROUTES.logout), requireSession(), csrf(), async (ctx) => {
    const s = signedIn(ctx);
    await ctx.deps.db.dataSource.transaction((m) => sessionDestroy({ m, actor: s.mediator, sessionId: s.sessionId, now: ctx.deps.now() }));
    setSessionCookie(ctx, null);
    ctx.status = 204;
  });
  return router;
}
