import type { Context, Next } from 'koa';
import type { EntityManager } from 'typeorm';
import { alertKeys } from '../alerts/keys';
import type { Config } from '../config';
import { RateLimitedError } from '../errors';

const HOUR_MS = 3_600_000;
const DEVICE = /^[A-Za-z0-9_-]{16,64}$/;

export type LimitScope = 'check' | 'report' | 'withdraw';

/**
 * Counts one hit on every key in the current hour's window and throws a 429 with Retry-After when
 * any of them is past `perHour`. One statement, in PostgreSQL, so several processes share the count;
 * keys are sorted so two requests never lock the same rows in opposite orders.
 */
export async function hitRateLimit(m: EntityManager, keys: string[], perHour: number, now: Date): Promise<void> {
  const windowStart = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
  const sorted = [...new Set(keys)].sort();
  const values = sorted.map((_, i) => `($${i + 2}, $1, 1)`).join(', ');
  const rows: Array<{ hits: number }> = await m.query(
    `INSERT INTO rate_limits (key, window_start, hits) VALUES ${values}
     ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limits.hits + 1 RETURNING hits`,
    [windowStart, ...sorted],
  );
  if (rows.some((r) => r.hits > perHour)) {
    throw RateLimitedError((windowStart.getTime() + HOUR_MS - now.getTime()) / 1000);
  }
}

/** The limiter's keys for this request: the client's IP always, its install id when it sent a well-formed one. */
export function limitKeys(ctx: Context, scope: LimitScope, device?: unknown): string[] {
  const keys = alertKeys(ctx.deps.config);
  const out = [`${scope}:ip:${keys.ip(ctx.ip)}`];
  if (typeof device === 'string' && DEVICE.test(device)) out.push(`${scope}:device:${keys.device(device)}`);
  return out;
}

const LIMITS: Record<LimitScope, (c: Config) => number> = {
  check: (c) => c.ALERTS_CHECKS_PER_HOUR,
  report: (c) => c.ALERTS_REPORTS_PER_HOUR,
  withdraw: (c) => c.ALERTS_REPORTS_PER_HOUR,
};

/** Limits a route per IP and per install id (read from the JSON body when present). */
export function rateLimit({ scope }: { scope: LimitScope }) {
  return async function rateLimit(ctx: Context, next: Next) {
    const body = ctx.request.body as { device?: unknown } | undefined;
    const { config, db, now } = ctx.deps;
    await hitRateLimit(db.dataSource.manager, limitKeys(ctx, scope, body?.device), LIMITS[scope](config), now());
    return next();
  };
}
