import { timingSafeEqual } from 'node:crypto';
import type { Context, Next } from 'koa';
import { findSession, SESSION_COOKIE, type SignedIn } from '../auth/sessions';
import type { Role } from '../contract/admin';
import { CsrfError, ForbiddenError, SessionExpiredError, UnauthorizedError } from '../errors';

declare module 'koa' {
  interface DefaultState {
    /** Set by requireSession() for every admin route. */
    signedIn?: SignedIn;
  }
}

/** The signed-in mediator of a route behind requireSession(). */
export function signedIn(ctx: Context): SignedIn {
  const s = ctx.state.signedIn;
  if (!s) throw UnauthorizedError();
  return s;
}

/** 401 unless the request carries the cookie of a live session; puts it in `ctx.state.signedIn`. */
export function requireSession() {
  return async function requireSession(ctx: Context, next: Next) {
    // Console answers hold drafts and tokens: no cache keeps them.
    ctx.set('Cache-Control', 'no-store');
    const token = ctx.cookies.get(SESSION_COOKIE);
    if (!token) throw UnauthorizedError();
    const found = await findSession(ctx.deps.db.dataSource.manager, token, ctx.deps.now());
    if (found.status === 'expired') throw SessionExpiredError();
    if (found.status !== 'valid') throw UnauthorizedError();
    ctx.state.signedIn = found.signedIn;
    return next();
  };
}

/** 403 unless the signed-in mediator has one of `roles`. Goes after requireSession(). */
export function requireRole(...roles: Role[]) {
  return async function requireRole(ctx: Context, next: Next) {
    if (!roles.includes(signedIn(ctx).mediator.role)) throw ForbiddenError();
    return next();
  };
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * A mutating request must send the session's token as X-CSRF-Token (a page on another site cannot
 * read it) and, when the browser names its Origin, come from this host. Goes after requireSession().
 */
export function csrf() {
  return async function csrf(ctx: Context, next: Next) {
    if (SAFE.has(ctx.method)) return next();
    const origin = ctx.get('Origin');
    // Koa 3's ctx.origin echoes the request's Origin header; this host's own origin is built here.
    if (origin && origin !== `${ctx.protocol}://${ctx.host}`) throw CsrfError();
    const sent = ctx.get('X-CSRF-Token');
    if (!sent || !sameToken(sent, signedIn(ctx).csrfToken)) throw CsrfError();
    return next();
  };
}
