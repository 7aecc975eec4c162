import type { Context, Next } from 'koa';
import { dbQuery } from '../alerts/hotQuery';
import { alertKeys } from '../alerts/keys';
import { hit } from '../quota/limits';

/** Generous for a team behind one office address, short for someone trying name after name. */
export const LOGINS_PER_IP_PER_HOUR = 60;

/**
 * The per-(name, address) lockout does not slow down one address trying many names: this counts
 * every login attempt per address (a keyed hash, as for the alerts) in the shared rate_limits table.
 */
export function loginThrottle({ perHour = LOGINS_PER_IP_PER_HOUR }: { perHour?: number } = {}) {
  return async function loginThrottle(ctx: Context, next: Next) {
    const { db, config, now } = ctx.deps;
    await hit(dbQuery(db), [{ key: `login:ip:${alertKeys(config).ip(ctx.ip)}`, perHour }], now());
    return next();
  };
}
