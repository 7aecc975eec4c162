import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Context, Next } from 'koa';
import { bestEncoding, COMPRESS_MIN_BYTES } from '../snapshot/prepared';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Compresses JSON answers of 1 KB or more with brotli or gzip (bestEncoding). Answers
 * made once (snapshot/prepared.ts) arrive compressed already and pass through; these are made per
 * request, so a fast setting (brotli 4) is used. Compressing happens after the ETag was computed on
 * the JSON itself, so one weak tag stands for every encoding.
 */
export function compress({ threshold = COMPRESS_MIN_BYTES }: { threshold?: number } = {}) {
  return async function compress(ctx: Context, next: Next) {
    await next();
    const body: unknown = ctx.body;
    if (body === null || body === undefined || ctx.response.get('Content-Encoding') || !ctx.response.is('json')) return;
    if (typeof (body as { pipe?: unknown }).pipe === 'function') return;
    ctx.vary('Accept-Encoding');
    const json = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
    // HEAD too: its headers (Content-Encoding, Content-Length) must be GET's.
    const encoding = Buffer.byteLength(json) < threshold ? 'identity' : bestEncoding(ctx.get('Accept-Encoding'));
    if (encoding === 'identity') {
      // Sent as the text already made, not stringified a second time by Koa (the type stays JSON).
      if (json !== body) ctx.body = json;
      return;
    }
    ctx.body = encoding === 'br' ? await brotli(json, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }) : await gzipAsync(json);
    ctx.set('Content-Encoding', encoding);
    ctx.type = 'application/json; charset=utf-8';
  };
}
