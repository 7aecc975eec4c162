import type { Context, Next } from 'koa';

/**
 * The H5 build is served from another origin. The public API carries no cookies, so allowing it
 * cross-origin exposes nothing; admin routes are left same-origin.
 */
export function cors({ origins = '*', prefix = '/api/', except = '/api/admin' }: { origins?: string; prefix?: string; except?: string } = {}) {
  const allowed = origins.split(',').map((o) => o.trim());
  return async function cors(ctx: Context, next: Next) {
    if (!ctx.path.startsWith(prefix) || ctx.path.startsWith(except)) return next();
    const origin = ctx.get('Origin');
    if (allowed.includes('*')) ctx.set('Access-Control-Allow-Origin', '*');
    else if (origin && allowed.includes(origin)) {
      ctx.set('Access-Control-Allow-Origin', origin);
      ctx.vary('Origin');
    }
    ctx.set('Access-Control-Expose-Headers', 'ETag, Retry-After');
    if (ctx.method === 'OPTIONS') {
      ctx.set('Access-Control-Allow-Methods', 'GET, POST, DELETE, OPTIONS');
      ctx.set('Access-Control-Allow-Headers', 'Content-Type, If-None-Match');
      ctx.set('Access-Control-Max-Age', '86400');
      ctx.status = 204;
      return;
    }
    return next();
  };
}
