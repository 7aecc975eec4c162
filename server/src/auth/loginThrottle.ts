import type { Context, Next } from 'koa';
import { dbQuery } from '../alerts/hotQuery';
import { alertKeys } from '../alerts/keys';
import { hitRateLimit } from '../middleware/rateLimit';

/** Generous for a team behind one office address, short for someone trying name after name. */
export const LOGINS_PER_IP_PER_HOUR = 60;

/**
 * The per-account lockout does not slow down one address trying many usernames: this counts every
 * login attempt per IP (a keyed hash, as for the alerts) in the shared rate_limits table.
 */
export function loginThrottle({ perHour = LOGINS_PER_IP_PER_HOUR }: { perHour?: number } = {}) {
  return async function loginThrottle(ctx: Context, next: Next) {
    const { db, config, now } = ctx.deps;
    await hitRateLimit(dbQuery(db), [`login:ip:${alertKeys(config).ip(ctx.ip)}`], perHour, now());
    return next();
  };
}
