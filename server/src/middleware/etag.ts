import { createHash } from 'node:crypto';
import type { Context, Next } from 'koa';

/**
 * Read endpoints answer with an ETag of their JSON, and 304 when the client already has it: the
 * mini-program revalidates its cache without paying for the body again on mobile data.
 */
export function etag({ maxAge = 60 }: { maxAge?: number } = {}) {
  return async function etag(ctx: Context, next: Next) {
    await next();
    if (ctx.method !== 'GET' || ctx.status !== 200 || ctx.body === undefined || ctx.body === null) return;
    const json = JSON.stringify(ctx.body);
    const tag = `W/"${createHash('sha1').update(json).digest('base64url')}"`;
    ctx.set('ETag', tag);
    ctx.set('Cache-Control', `public, max-age=${maxAge}, must-revalidate`);
    const sent = ctx.get('If-None-Match');
    if (sent && sent.split(',').some((t) => t.trim() === tag || t.trim() === '*')) {
      ctx.status = 304;
      ctx.body = null;
      return;
    }
    ctx.type = 'application/json';
    ctx.body = json;
  };
}
