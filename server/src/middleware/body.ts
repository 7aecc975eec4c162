import { bodyParser } from '@koa/bodyparser';
import type { Context, Next } from 'koa';
import { ValidationError } from '../errors';

/**
 * JSON bodies: 256 KB on the public API, 1 MB for the console, whose editor sends up to 100,000
 * characters (Chinese is 3 bytes each, 6 when escaped) to /api/admin/screen and /preview.
 */
export function jsonBody() {
  const small = bodyParser({ enableTypes: ['json'], jsonLimit: '256kb' });
  const large = bodyParser({ enableTypes: ['json'], jsonLimit: '1mb' });
  return async function jsonBody(ctx: Context, next: Next) {
    const parse = ctx.path.startsWith('/api/admin/') ? large : small;
    let parsed = false;
    try {
      await parse(ctx, async () => {
        parsed = true;
      });
    } catch (err) {
      // zlib's errors (a body that is not what its Content-Encoding says) carry no HTTP status.
      const e = err as { status?: number; code?: string; errno?: number };
      if (e.status === undefined && (e.errno !== undefined || /^Z_/.test(String(e.code)))) {
        throw ValidationError('The body is not compressed as its Content-Encoding header says: send it plain, or really compressed');
      }
      throw err;
    }
    if (parsed) return next();
  };
}
