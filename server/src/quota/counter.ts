import type { DataSource } from 'typeorm';
import type { Db } from '../db/dataSource';
import { RateLimitedError } from '../errors';
import type { Logger } from '../logger';
import { hourWindow, type Limit } from './limits';

/** How often each process writes its hits and reads back everyone's totals. */
export const FLUSH_MS = 1000;

const HOUR_MS = 3_600_000;

/**
 * Sorted by key, so every process locks the rows of one flush in the same order (no deadlock); the
 * second half reads back the totals of counters this process knows but had no new hits on.
 */
const FLUSH_SQL = `WITH counted AS (
    INSERT INTO rate_limits (key, window_start, hits)
    SELECT key, window_start, hits FROM unnest($1::text[], $2::timestamptz[], $3::int[]) AS t(key, window_start, hits)
    ORDER BY key, window_start
    ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limits.hits + EXCLUDED.hits
    RETURNING key, window_start, hits)
  SELECT key, window_start, hits FROM counted
  UNION ALL
  SELECT r.key, r.window_start, r.hits FROM rate_limits r
    JOIN unnest($4::text[], $5::timestamptz[]) AS k(key, window_start) ON r.key = k.key AND r.window_start = k.window_start`;

type Counts = Map<string, number>;

const slot = (key: string, windowStart: number) => `${windowStart} ${key}`;
function split(s: string): [string, number] {
  const space = s.indexOf(' ');
  return [s.slice(space + 1), Number(s.slice(0, space))];
}
const add = (into: Counts, s: string, n: number) => into.set(s, (into.get(s) ?? 0) + n);

/**
 * The rate limits of the public routes, counted in this process's memory and written to the shared
 * `rate_limits` table once a second in one statement, which also reads back every process's totals:
 * a request costs no database round trip. A request is refused when this process's unwritten hits
 * plus the last total it read reach the limit.
 *
 * Tolerance. One process alone is exact: its own hits are always in what it counts. With P processes
 * on one database, each admits on a counter at most what it believes is left, and its own written
 * hits are part of that belief, so each admits at most `limit` hits per counter and hour: the total
 * stays at most P × limit. The excess is only the other processes' hits this one has not read yet:
 * a hit reaches the table at its process's next flush and the others at theirs, so at most
 * (P − 1) × min(limit, hits one process admits on that counter in two flush intervals). With the
 * defaults and 2 processes: a script sending 30 checks within one second to each gets 60 checks per
 * install id in that hour instead of 30 (600 instead of 300 per address, 20 instead of 10 install
 * ids); a person checking by hand, at most one a second, gets 32. A crash loses at most the last
 * second's hits; a graceful stop writes them (close()). A restarted process counts as one more process
 * for the hour it restarts in: it learns its earlier counts at its first flush.
 */
export class HitCounter {
  /** Hits admitted here and not written yet, per window and key. */
  private pending: Counts = new Map();
  /** Hits the flush under way is writing. */
  private writing: Counts = new Map();
  /** Every process's total for each counter this process has used, as of its last flush. */
  private shared: Counts = new Map();
  private latestWindow = 0;
  private flushing: Promise<void> | null = null;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
    intervalMs = FLUSH_MS,
  ) {
    this.timer = setInterval(() => void this.flush(), intervalMs);
    this.timer.unref();
  }

  /** Counts one hit on every limit's key, or throws a 429 with Retry-After and counts nothing. */
  hit(limits: Limit[], now: Date): void {
    const window = hourWindow(now);
    const start = window.start.getTime();
    const slots = limits.map((l) => slot(l.key, start));
    const full = limits.some((l, i) => this.count(slots[i]) >= l.perHour);
    if (full) throw RateLimitedError(window.retryAfterSeconds);
    for (const s of slots) add(this.pending, s, 1);
    this.latestWindow = Math.max(this.latestWindow, start);
  }

  private count(s: string): number {
    return (this.pending.get(s) ?? 0) + (this.writing.get(s) ?? 0) + (this.shared.get(s) ?? 0);
  }

  /** Writes the hits counted so far and reads back the totals; waits for a flush already under way first. */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
    this.flushing = this.write().finally(() => (this.flushing = null));
    return this.flushing;
  }

  private async write(): Promise<void> {
    // Counters of past hours are done with; the previous hour is kept for a clock set back a little.
    for (const s of this.shared.keys()) if (split(s)[1] < this.latestWindow - HOUR_MS) this.shared.delete(s);
    this.writing = this.pending;
    this.pending = new Map();
    const known = [...this.shared.keys()].filter((s) => !this.writing.has(s));
    if (this.writing.size === 0 && known.length === 0) return;
    const written = [...this.writing].map(([s, n]) => [...split(s), n] as const);
    const read = known.map(split);
    try {
      const rows = await this.db.dataSource.query<Array<{ key: string; window_start: Date | string; hits: number }>>(FLUSH_SQL, [
        written.map(([key]) => key),
        written.map(([, start]) => new Date(start).toISOString()),
        written.map(([, , n]) => n),
        read.map(([key]) => key),
        read.map(([, start]) => new Date(start).toISOString()),
      ]);
      for (const r of rows) this.shared.set(slot(r.key, new Date(r.window_start).getTime()), Number(r.hits));
    } catch (e) {
      for (const [s, n] of this.writing) add(this.pending, s, n);
      // The error's code only: a message could quote a key.
      this.logger.warn({ code: (e as { code?: string }).code }, 'rate-limit hits not written yet: kept for the next flush');
    } finally {
      this.writing = new Map();
    }
  }

  /** Stops the timer and writes what is left (the server's graceful stop, before the database closes). */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}

const counters = new WeakMap<DataSource, HitCounter>();

/** The one counter of this process on this database, started on first use. */
export function hitCounter(db: Db, logger: Logger): HitCounter {
  let c = counters.get(db.dataSource);
  if (!c) {
    c = new HitCounter(db, logger);
    counters.set(db.dataSource, c);
  }
  return c;
}

/** Writes the last hits and forgets the counter; nothing when none was started. */
export async function closeHitCounter(db: Db): Promise<void> {
  const c = counters.get(db.dataSource);
  counters.delete(db.dataSource);
  await c?.close();
}
