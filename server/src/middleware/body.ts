import { parse as parseJson } from '@hapi/bourne';
import { bodyParser } from '@koa/bodyparser';
import type { Context, Next } from 'koa';
import { ValidationError } from '../errors';

/** Larger bodies, other types and compressed bodies take @koa/bodyparser. */
const SMALL_BYTES = 16 * 1024;
const PLAIN_JSON = /^application\/json[ \t]*(?:;[ \t]*charset="?utf-8"?[ \t]*)?$/i;
// co-body's strict mode: a JSON body is an object or an array.
const STRICT_JSON = /^[\x20\x09\x0a\x0d]*(\[|\{)/;

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

const readFailed = (status: number, type: string) => Object.assign(new Error(type), { status, type });

function strictParse(text: string): unknown {
  if (!text) return {};
  try {
    if (!STRICT_JSON.test(text)) throw new SyntaxError('invalid JSON, only supports object and array');
    // bourne refuses __proto__ keys, as co-body does.
    return parseJson(text, { protoAction: 'error' });
  } catch (err) {
    throw Object.assign(err as Error, { status: 400 });
  }
}

/**
 * Nearly every request the API gets: a small UTF-8 JSON body of stated length, sent plain. Read here
 * with the same rules as co-body's strict JSON (`{}` when empty, an object or an array otherwise,
 * no `__proto__`), without the general parser's type matching, inflation and charset decoding, which
 * were a tenth of a check's CPU. Null when the request is not of that kind.
 */
function smallPlainJson(ctx: Context): Promise<unknown> | null {
  const headers = ctx.req.headers;
  const length = Number(headers['content-length']);
  const encoding = headers['content-encoding'];
  if (!(length <= SMALL_BYTES) || (encoding !== undefined && encoding !== 'identity') || !PLAIN_JSON.test(headers['content-type'] ?? '')) return null;
  const req = ctx.req;
  // The parser frames the body by its Content-Length: no more can arrive, less means the client left.
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      chunks.push(chunk);
    });
    let ended = false;
    req.once('end', () => {
      ended = true;
      if (received !== length) return reject(readFailed(400, 'request.size.invalid'));
      try {
        resolve(strictParse(chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks, received).toString('utf8')));
      } catch (e) {
        reject(e as Error);
      }
    });
    req.once('error', (err) => reject(Object.assign(err, { status: 400 })));
    // 'close' follows 'end' on every request: an error is made only for a client that left.
    req.once('close', () => ended || reject(readFailed(400, 'request.aborted')));
  });
}

const NUL = /\u0000/g;

/**
 * NUL bytes carry no meaning in any text Lotus keeps, and PostgreSQL cannot store them: they are
 * dropped. A value without any is returned as it is, not copied: that is nearly every request.
 */
export function stripNul(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.includes('\u0000') ? value.replace(NUL, '') : value;
  if (depth > 32 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const v = stripNul(value[i], depth + 1);
      if (v !== value[i]) (copy ??= value.slice())[i] = v;
    }
    return copy ?? value;
  }
  const entries = Object.entries(value);
  if (entries.every(([k, v]) => !k.includes('\u0000') && stripNul(v, depth + 1) === v)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) out[k.replace(NUL, '')] = stripNul(v, depth + 1);
  return out;
}

/**
 * JSON bodies: 256 KB on the public API, 1 MB for the console, whose editor sends up to 100,000
 * characters (Chinese is 3 bytes each, 6 when escaped) to /api/admin/screen and /preview.
 */
const smallParser = bodyParser({ enableTypes: ['json'], jsonLimit: '256kb' });
const largeParser = bodyParser({ enableTypes: ['json'], jsonLimit: '1mb' });

/**
 * The request's JSON body, read once and without NUL bytes; undefined for a method without one (only
 * POST, PUT and PATCH are read, as @koa/bodyparser does). The check calls it itself (routes/hot.ts);
 * every other route has it read by jsonBody.
 */
export async function requestBody(ctx: Context): Promise<unknown> {
  if (ctx.request.body !== undefined || !BODY_METHODS.has(ctx.method)) return ctx.request.body;
  const plain = ctx.req.closed ? null : smallPlainJson(ctx);
  if (plain) {
    ctx.request.body = stripNul(await plain);
    return ctx.request.body;
  }
  const parse = ctx.path.startsWith('/api/admin/') ? largeParser : smallParser;
  try {
    await parse(ctx, async () => undefined);
  } catch (err) {
    // zlib's errors (a body that is not what its Content-Encoding says) carry no HTTP status.
    const e = err as { status?: number; code?: string; errno?: number };
    if (e.status === undefined && (e.errno !== undefined || /^Z_/.test(String(e.code)))) {
      throw ValidationError('The body is not compressed as its Content-Encoding header says: send it plain, or really compressed');
    }
    throw err;
  }
  if (ctx.request.body !== undefined) ctx.request.body = stripNul(ctx.request.body);
  return ctx.request.body;
}

export function jsonBody() {
  return async function jsonBody(ctx: Context, next: Next) {
    await requestBody(ctx);
    // @koa/bodyparser answers 499 itself when the client is gone.
    if (ctx.status !== 499) return next();
  };
}
