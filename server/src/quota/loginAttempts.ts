import type { Query } from '../alerts/hotQuery';

/** Password checks allowed per (account, source) before a lockout. */
export const MAX_ATTEMPTS = 10;
/** The first lockout; each one after it, without a success in between, lasts twice as long. */
export const FIRST_LOCK_MS = 5 * 60_000;
export const MAX_LOCK_MS = 4 * 60 * 60_000;
const QUIET_MS = 24 * 60 * 60_000;

export interface Slot {
  allowed: boolean;
  /** When refused: how long until another attempt is counted. */
  retryAfterMs: number;
}

interface Key {
  /** Keyed hash of the name as typed (lower-cased), whether or not an account has it. */
  account: string;
  /** Keyed hash of the address. */
  source: string;
}

/**
 * Counts one attempt before the password is checked, in one atomic statement: of 60 guesses sent at
 * once, at most MAX_ATTEMPTS are ever checked. The attempt past the limit locks this (account, source)
 * pair only — the owner elsewhere is not locked out — for FIRST_LOCK_MS, doubling with each lockout in
 * a row up to MAX_LOCK_MS; a day without attempts forgets the lockouts. Attempts while locked are not
 * counted, so they cannot extend the lock.
 */
export async function beginAttempt(query: Query, key: Key, now: Date): Promise<Slot> {
  const [row] = await query<{ attempts: number; lockouts: number; locked_until: Date | string | null }>(
    `INSERT INTO login_attempts (account_hash, source_hash, attempts, lockouts, locked_until, updated_at)
     VALUES ($1, $2, 1, 0, NULL, $3)
     ON CONFLICT (account_hash, source_hash) DO UPDATE SET
       attempts = CASE WHEN login_attempts.locked_until > $3 THEN login_attempts.attempts
                       WHEN login_attempts.locked_until IS NOT NULL THEN 1
                       ELSE login_attempts.attempts + 1 END,
       lockouts = CASE WHEN login_attempts.updated_at < $4 THEN 0 ELSE login_attempts.lockouts END,
       locked_until = CASE WHEN login_attempts.locked_until > $3 THEN login_attempts.locked_until ELSE NULL END,
       updated_at = CASE WHEN login_attempts.locked_until > $3 THEN login_attempts.updated_at ELSE $3 END
     RETURNING attempts, lockouts, locked_until`,
    [key.account, key.source, now, new Date(now.getTime() - QUIET_MS)],
  );
  const lockedUntil = row.locked_until ? new Date(row.locked_until).getTime() : 0;
  if (lockedUntil > now.getTime()) return { allowed: false, retryAfterMs: lockedUntil - now.getTime() };
  if (row.attempts <= MAX_ATTEMPTS) return { allowed: true, retryAfterMs: 0 };
  const lockMs = Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** row.lockouts);
  // Only the first attempt past the limit sets the lock; those racing it find it set.
  await query(
    `UPDATE login_attempts SET locked_until = $3, lockouts = lockouts + 1, attempts = 0
     WHERE account_hash = $1 AND source_hash = $2 AND (locked_until IS NULL OR locked_until <= $4)`,
    [key.account, key.source, new Date(now.getTime() + lockMs), now],
  );
  return { allowed: false, retryAfterMs: lockMs };
}

/** A right password: this pair starts afresh. */
export async function succeeded(query: Query, key: Key): Promise<void> {
  await query(`DELETE FROM login_attempts WHERE account_hash = $1 AND source_hash = $2`, [key.account, key.source]);
}

/** An admin's unlock: every source's count for this account is forgotten. Returns how many were locked. */
export async function unlockAccount(query: Query, account: string, now: Date): Promise<number> {
  // As a SELECT: TypeORM answers a bare DELETE with [rows, count] rather than the rows.
  const [row] = await query<{ n: number }>(
    `WITH gone AS (DELETE FROM login_attempts WHERE account_hash = $1 RETURNING locked_until)
     SELECT count(*) FILTER (WHERE locked_until > $2)::int AS n FROM gone`,
    [account, now],
  );
  return row.n;
}
