import type { Context, Next } from 'koa';
import { dbQuery, type Query } from '../alerts/hotQuery';
import { alertKeys } from '../alerts/keys';
import type { Config } from '../config';
import { RateLimitedError } from '../errors';

const HOUR_MS = 3_600_000;
const DEVICE = /^[A-Za-z0-9_-]{16,64}$/;

export type LimitScope = 'check' | 'report' | 'withdraw';

/** One fixed window per hour; a blocked client waits for the next one. */
export function hourWindow(now: Date): { start: Date; retryAfterSeconds: number } {
  const start = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
  return { start, retryAfterSeconds: (start.getTime() + HOUR_MS - now.getTime()) / 1000 };
}

/**
 * The statement counting one hit on each key (parameters from `$first`: the window start, then the
 * keys) and returning the counts. Keys are sorted by the caller so two requests never lock the same
 * rows in opposite orders. Exposed so the check can run it with its own lookup in one round trip.
 */
export function countHitsSql(first: number, keyCount: number): string {
  const values = Array.from({ length: keyCount }, (_, i) => `($${first + 1 + i}, $${first}, 1)`).join(', ');
  return `INSERT INTO rate_limits (key, window_start, hits) VALUES ${values}
    ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limits.hits + 1 RETURNING hits`;
}

export function assertUnderLimit(hits: number, perHour: number, now: Date): void {
  if (hits > perHour) throw RateLimitedError(hourWindow(now).retryAfterSeconds);
}

/** Counts one hit on every key and throws a 429 with Retry-After when any is past `perHour`. */
export async function hitRateLimit(query: Query, keys: string[], perHour: number, now: Date): Promise<void> {
  const rows = await query<{ hits: number }>(countHitsSql(1, keys.length), [hourWindow(now).start, ...keys]);
  assertUnderLimit(Math.max(...rows.map((r) => r.hits)), perHour, now);
}

/**
 * The limiter's keys for this request, sorted: the client's IP always, its install id when it sent a
 * well-formed one. Both as keyed hashes, so the table never holds an address or an install id.
 */
export function limitKeys(ctx: Context, scope: LimitScope, device?: unknown): string[] {
  const keys = alertKeys(ctx.deps.config);
  const out = [`${scope}:ip:${keys.ip(ctx.ip)}`];
  if (typeof device === 'string' && DEVICE.test(device)) out.push(`${scope}:device:${keys.device(device)}`);
  return out.sort();
}

export const LIMITS: Record<LimitScope, (c: Config) => number> = {
  check: (c) => c.ALERTS_CHECKS_PER_HOUR,
  report: (c) => c.ALERTS_REPORTS_PER_HOUR,
  withdraw: (c) => c.ALERTS_REPORTS_PER_HOUR,
};

/** Limits a route per IP and per install id (read from the JSON body when present). */
export function rateLimit({ scope }: { scope: LimitScope }) {
  return async function rateLimit(ctx: Context, next: Next) {
    const body = ctx.request.body as { device?: unknown } | undefined;
    const { config, db, now } = ctx.deps;
    await hitRateLimit(dbQuery(db), limitKeys(ctx, scope, body?.device), LIMITS[scope](config), now());
    return next();
  };
}
