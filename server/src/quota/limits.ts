import type { Query } from '../alerts/hotQuery';
import type { AlertKeys } from '../alerts/keys';
import { RateLimitedError } from '../errors';

const HOUR_MS = 3_600_000;

/**
 * An address shared by many people (carrier NAT, a bus's Wi-Fi) gets this many times the per-device
 * limit: the device is the tight limit, the address a looser one around it.
 */
export const ADDRESS_FACTOR = 10;

export type LimitScope = 'check' | 'report' | 'withdraw' | 'device' | 'login' | 'subscribe' | 'scan';

/** One counter and the most hits it may reach in the hour. */
export interface Limit {
  key: string;
  perHour: number;
}

/** One fixed window per hour; a blocked client waits for the next one. */
export function hourWindow(now: Date): { start: Date; retryAfterSeconds: number } {
  const start = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
  return { start, retryAfterSeconds: (start.getTime() + HOUR_MS - now.getTime()) / 1000 };
}

/**
 * The limits of one request, sorted by key so two requests never lock the same rows in opposite
 * orders. With an install id the server issued (its deviceLimitKey): that id at `perHour`, its address at ADDRESS_FACTOR
 * times as much. Without one, the address alone at `perHour`, and the looser address counter too, so
 * the two kinds of clients share the address's outer limit. Keys are keyed hashes: the table holds
 * no address and no install id.
 */
export function limitsFor(keys: AlertKeys, scope: LimitScope, perHour: number, ip: string, deviceKey: string | null): Limit[] {
  const address = keys.ip(ip);
  const inner: Limit = deviceKey ? { key: `${scope}:device:${deviceKey}`, perHour } : { key: `${scope}:anon:${address}`, perHour };
  const outer: Limit = { key: `${scope}:ip:${address}`, perHour: perHour * ADDRESS_FACTOR };
  return [inner, outer].sort((a, b) => (a.key < b.key ? -1 : 1));
}

/**
 * The statement counting one hit on each key (parameters from `$first`: the window start, then the
 * keys) and returning each key's count.
 */
function countHitsSql(first: number, keyCount: number): string {
  const values = Array.from({ length: keyCount }, (_, i) => `($${first + 1 + i}, $${first}, 1)`).join(', ');
  return `INSERT INTO rate_limits (key, window_start, hits) VALUES ${values}
    ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limits.hits + 1 RETURNING key, hits`;
}

/** Throws a 429 with Retry-After when any counter is past its limit. */
export function assertUnderLimits(counts: Array<{ key: string; hits: number }>, limits: Limit[], now: Date): void {
  const max = new Map(limits.map((l) => [l.key, l.perHour]));
  if (counts.some((c) => c.hits > (max.get(c.key) ?? Infinity))) throw RateLimitedError(hourWindow(now).retryAfterSeconds);
}

/**
 * Counts one hit on every limit's key in the table, then refuses when any is past its limit: exact
 * across processes, one write per call. For the login throttle and the reports (counted in the
 * report's own transaction); the other public routes count in memory (counter.ts).
 */
export async function hit(query: Query, limits: Limit[], now: Date): Promise<void> {
  const rows = await query<{ key: string; hits: number }>(countHitsSql(1, limits.length), [hourWindow(now).start, ...limits.map((l) => l.key)]);
  assertUnderLimits(rows, limits, now);
}
