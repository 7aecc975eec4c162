import type { Context, Next } from 'koa';

/**
 * Method, route pattern and status only: never the path as sent (it may hold a report reference),
 * the query string (it may hold a search) or the body.
 */
export function requestLog() {
  return async function requestLog(ctx: Context, next: Next) {
    const started = performance.now();
    try {
      await next();
    } finally {
      const route = (ctx as Context & { _matchedRoute?: string })._matchedRoute ?? 'unmatched';
      ctx.deps.logger.info({ method: ctx.method, route, status: ctx.status, ms: Math.round(performance.now() - started) }, 'request');
    }
  };
}
