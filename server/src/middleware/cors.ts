import type { Context, Next } from 'koa';
import { ForbiddenError } from '../errors';

const READ_METHODS = new Set(['GET', 'HEAD']);

interface Options {
  /** Origins that may read (`*` for any): public data, no cookies. */
  origins?: string;
  /** Origins that may write (file or withdraw a report, ask for an install id): the H5 build's own. */
  writeOrigins?: string;
  prefix?: string;
  except?: string;
  /** POSTs open to any origin: a check reads and stores nothing but a count; a scan is only counted. */
  openPosts?: string[];
}

const list = (s: string) =>
  s
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);

/**
 * The H5 build is served from another origin. Reads are open (no cookies, public data); writes are
 * allowed only from the H5 origins, so another website cannot make its visitors file reports. A write
 * naming any other Origin is refused outright: a "simple" cross-site POST skips the preflight.
 * Admin routes stay same-origin. Requests without an Origin (the mini-program, curl) are not browsers'.
 */
export function cors({ origins = '*', writeOrigins = '', prefix = '/api/', except = '/api/admin', openPosts = ['/api/check', '/api/scan'] }: Options = {}) {
  const readers = list(origins);
  const writers = list(writeOrigins);
  return async function cors(ctx: Context, next: Next) {
    if (!ctx.path.startsWith(prefix) || ctx.path.startsWith(except)) return next();
    const origin = ctx.get('Origin');
    const preflight = ctx.method === 'OPTIONS';
    const method = preflight ? ctx.get('Access-Control-Request-Method').toUpperCase() || 'GET' : ctx.method;
    const write = !READ_METHODS.has(method) && !(method === 'POST' && openPosts.includes(ctx.path));
    // The web app served by this server (server/src/web/) writes from its own origin. (Koa 3's
    // ctx.origin is the Origin header itself: the server's own is rebuilt from protocol and host.)
    const sameOrigin = origin === `${ctx.protocol}://${ctx.host}`;
    const allowed = write ? sameOrigin || writers.includes('*') || writers.includes(origin) : sameOrigin || readers.includes('*') || readers.includes(origin);
    if (origin && allowed) {
      const wildcard = write ? writers.includes('*') : readers.includes('*');
      ctx.set('Access-Control-Allow-Origin', wildcard ? '*' : origin);
      if (!wildcard) ctx.vary('Origin');
    }
    ctx.set('Access-Control-Expose-Headers', 'ETag, Retry-After');
    if (preflight) {
      // Without Access-Control-Allow-Origin the browser refuses anyway; the rest is the same for all.
      ctx.set('Access-Control-Allow-Methods', 'GET, POST, DELETE, OPTIONS');
      ctx.set('Access-Control-Allow-Headers', 'Content-Type, If-None-Match');
      ctx.set('Access-Control-Max-Age', '86400');
      ctx.status = 204;
      return;
    }
    if (write && origin && !allowed) throw ForbiddenError(`Reports can only be sent from the Lotus app, not from ${origin.slice(0, 100)}`);
    return next();
  };
}
