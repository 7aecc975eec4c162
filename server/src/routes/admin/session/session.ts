import Router from '@koa/router';
import type { Context } from 'koa';
import { recordAudit } from '../../../auth/audit';
import { dbQuery } from '../../../alerts/hotQuery';
import { accountKey, login } from '../../../auth/login';
import { loginThrottle } from '../../../auth/loginThrottle';
import { destroySession, SESSION_COOKIE, SESSION_MAX_MS } from '../../../auth/sessions';
import { csrf, requireRole, requireSession, signedIn } from '../../../middleware/auth';
import { parse } from '../../../middleware/validate';
import { unlockAccount } from '../../../quota/loginAttempts';
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
  router.post('/login', loginThrottle(), async (ctx) => {
    const { username, password } = parse(LoginSchema, ctx.request.body ?? {});
    const result = await login({ deps: ctx.deps, username, password, ip: ctx.ip });
    setSessionCookie(ctx, result.token);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { csrfToken: result.csrfToken, mediator: { username: result.mediator.username, role: result.mediator.role } };
  });
  /** An admin lifts every lockout on a name (the console's "unlock" button); audited. */
  router.post('/unlock', requireSession(), requireRole('admin'), csrf(), async (ctx) => {
    const { username } = parse(UnlockSchema, ctx.request.body ?? {});
    const { deps } = ctx;
    const s = signedIn(ctx);
    const unlocked = await unlockAccount(dbQuery(deps.db), accountKey(deps, username), deps.now());
    await recordAudit(deps.db.dataSource.manager, s.mediator, deps.now(), { action: 'login.unlock', detail: { username, unlocked } });
    ctx.body = { data: { username, unlocked } };
  });

  router.get('/me', requireSession(), (ctx) => {
    const s = signedIn(ctx);
    ctx.body = { csrfToken: s.csrfToken, mediator: { username: s.mediator.username, role: s.mediator.role } };
  });
  router.post('/logout', requireSession(), csrf(), async (ctx) => {
    const s = signedIn(ctx);
    await ctx.deps.db.dataSource.transaction(async (m) => {
      await destroySession(m, s.sessionId);
      await recordAudit(m, s.mediator, ctx.deps.now(), { action: 'logout' });
    });
    setSessionCookie(ctx, null);
    ctx.status = 204;
  });
  return router;
}
