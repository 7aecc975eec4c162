import type { Context, Next } from 'koa';
import { sendEncoded } from '../snapshot/prepared';

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/**
 * Compresses JSON answers of 1 KB or more with brotli or gzip (bestEncoding). Answers
 * made once (snapshot/prepared.ts) arrive compressed already and pass through; these are made per
 * request, so a fast setting (brotli 4) is used. Compressing happens after the ETag was computed on
 * the JSON itself, so one weak tag stands for every encoding.
 */
export function compress() {
  return async function compress(ctx: Context, next: Next) {
    await next();
    const body: unknown = ctx.body;
    // Node's own header reads: Koa's ctx.response.is() parses the media type through type-is on every answer.
    if (body === null || body === undefined || ctx.res.getHeader('Content-Encoding') || !JSON_TYPE.test(String(ctx.res.getHeader('Content-Type') ?? ''))) return;
    if (typeof (body as { pipe?: unknown }).pipe === 'function') return;
    await sendEncoded(ctx, typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body));
  };
}
