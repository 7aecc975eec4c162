import type { Context, Next } from 'koa';
import { deviceLimitKey } from '../alerts/device';
import { alertKeys } from '../alerts/keys';
import type { Config } from '../config';
import { hitCounter } from '../quota/counter';
import { limitsFor, type Limit, type LimitScope } from '../quota/limits';

export const LIMITS: Record<Exclude<LimitScope, 'login'>, (c: Config) => number> = {
  check: (c) => c.ALERTS_CHECKS_PER_HOUR,
  report: (c) => c.ALERTS_REPORTS_PER_HOUR,
  withdraw: (c) => c.ALERTS_REPORTS_PER_HOUR,
  device: (c) => c.ALERTS_DEVICES_PER_HOUR,
  subscribe: (c) => c.SUBSCRIPTIONS_PER_HOUR,
  scan: (c) => c.SCANS_PER_HOUR,
};

/** This request's limits: its install id when the server issued it, and its address (ctx.ip: what the trusted proxy saw). */
export function requestLimits(ctx: Context, scope: Exclude<LimitScope, 'login'>, device?: unknown): Limit[] {
  const keys = alertKeys(ctx.deps.config);
  return limitsFor(keys, scope, LIMITS[scope](ctx.deps.config), ctx.ip, deviceLimitKey(keys, typeof device === 'string' ? device : null));
}

/**
 * Limits a route per install id and per address (the install id read from the JSON body when
 * present), counted in memory and shared through the database once a second (quota/counter.ts).
 */
export function rateLimit({ scope }: { scope: Exclude<LimitScope, 'login'> }) {
  return async function rateLimit(ctx: Context, next: Next) {
    const body = ctx.request.body as { device?: unknown } | undefined;
    const { db, logger, now } = ctx.deps;
    hitCounter(db, logger).hit(requestLimits(ctx, scope, body?.device), now());
    return next();
  };
}
