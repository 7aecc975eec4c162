import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';
import type { Context } from 'koa';

/** Below this, compressing costs more than it saves. */
export const COMPRESS_MIN_BYTES = 1024;

/** A JSON answer made once: its bytes, their compressed forms, and its ETag. */
export interface Prepared {
  json: Buffer;
  gzip: Buffer | null;
  br: Buffer | null;
  etag: string;
}

/** Weak: the same tag stands for every encoding of the same JSON. */
export function etagOf(json: string | Buffer): string {
  return `W/"${createHash('sha1').update(json).digest('base64url')}"`;
}

export function prepare(body: unknown): Prepared {
  const json = Buffer.from(JSON.stringify(body));
  const big = json.length >= COMPRESS_MIN_BYTES;
  return {
    json,
    gzip: big ? gzipSync(json, { level: 9 }) : null,
    // Made once per content change, so the slowest, smallest setting is affordable.
    br: big ? brotliCompressSync(json, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: json.length } }) : null,
    etag: etagOf(json),
  };
}

/** True when If-None-Match names `etag` (weak comparison, lists and `*` allowed). */
export function matches(ifNoneMatch: string, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag.replace(/^W\//, '') === bare;
  });
}

/**
 * br when the client takes it at least as gladly as gzip (browsers list gzip first, yet br is a fifth
 * smaller here), else gzip, else none. A missing `q` is 1; `*` stands for any encoding not named.
 */
export function bestEncoding(header: string): 'br' | 'gzip' | 'identity' {
  if (!header) return 'identity';
  const q: Record<string, number> = {};
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const weight = params.map((x) => /^\s*q=([\d.]+)\s*$/.exec(x)).find(Boolean);
    q[name] = weight ? Number(weight[1]) : 1;
  }
  const br = q.br ?? q['*'] ?? 0;
  const gzip = q.gzip ?? q['*'] ?? 0;
  if (br > 0 && br >= gzip) return 'br';
  return gzip > 0 ? 'gzip' : 'identity';
}

/**
 * Answers with a prepared body: 304 when the client holds it (nothing else is looked at), else the
 * best encoding the client accepts. HEAD gets the same headers, without the body (Koa drops it).
 */
export function sendPrepared(ctx: Context, p: Prepared, cacheControl: string): void {
  ctx.set('ETag', p.etag);
  ctx.set('Cache-Control', cacheControl);
  ctx.vary('Accept-Encoding');
  if (matches(ctx.get('If-None-Match'), p.etag)) {
    ctx.status = 304;
    return;
  }
  ctx.type = 'application/json; charset=utf-8';
  const encoding = p.gzip ? bestEncoding(ctx.get('Accept-Encoding')) : 'identity';
  if (encoding === 'br' && p.br) {
    ctx.set('Content-Encoding', 'br');
    ctx.body = p.br;
  } else if (encoding === 'gzip' && p.gzip) {
    ctx.set('Content-Encoding', 'gzip');
    ctx.body = p.gzip;
  } else {
    ctx.body = p.json;
  }
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Sends JSON made for this request as the best encoding the client takes: 1 KB or more is compressed
 * with a fast setting (brotli 4), since it is made per request. HEAD too: its headers must be GET's.
 */
export async function sendEncoded(ctx: Context, json: string | Buffer): Promise<void> {
  ctx.vary('Accept-Encoding');
  // Koa would call a text body text/plain and a Buffer octet-stream: the JSON type (or its own) is kept.
  const type = ctx.response.get('Content-Type') || 'application/json; charset=utf-8';
  const encoding = Buffer.byteLength(json) < COMPRESS_MIN_BYTES ? 'identity' : bestEncoding(ctx.get('Accept-Encoding'));
  if (encoding === 'identity') {
    // Sent as the text already made, not stringified a second time by Koa.
    ctx.body = json;
  } else {
    ctx.body = encoding === 'br' ? await brotliAsync(json, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }) : await gzipAsync(json);
    ctx.set('Content-Encoding', encoding);
  }
  ctx.type = type;
}

/**
 * Answers with a body made for this request only (a filtered list): its ETag is computed, the 304
 * check made, and the body compressed here (public reads are answered before the compress middleware).
 */
export async function sendJson(ctx: Context, body: unknown, cacheControl: string): Promise<void> {
  const json = JSON.stringify(body);
  const etag = etagOf(json);
  ctx.set('ETag', etag);
  ctx.set('Cache-Control', cacheControl);
  ctx.vary('Accept-Encoding');
  if (matches(ctx.get('If-None-Match'), etag)) {
    ctx.status = 304;
    return;
  }
  await sendEncoded(ctx, json);
}
