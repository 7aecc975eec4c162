import type { AppDeps } from '../context';
import { Mediator } from '../entities';
import { AppError, UnauthorizedError } from '../errors';
import { recordAudit } from './audit';
import { verifyDecoy, verifyPassword } from './password';
import { createSession, type SignedIn } from './sessions';

export const MAX_FAILED_LOGINS = 10;
export const LOCK_MS = 15 * 60 * 1000;

export const WrongPasswordError = () => UnauthorizedError('Wrong username or password');
export const AccountLockedError = (retryAfterMs: number) => {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return new AppError(429, 'account_locked', `Too many failed logins: this account is locked, try again in ${minutes} minute(s)`, {
    'Retry-After': String(Math.ceil(retryAfterMs / 1000)),
  });
};

export interface LoginResult {
  token: string;
  csrfToken: string;
  mediator: SignedIn['mediator'];
}

interface Props {
  deps: AppDeps;
  username: string;
  password: string;
}

/**
 * Checks a password and opens a session. The tenth failure in a row locks the account for 15
 * minutes, counted in the database so every server process sees the same count.
 */
export async function login({ deps, username, password }: Props): Promise<LoginResult> {
  const ds = deps.db.dataSource;
  const now = deps.now();
  const found = await ds.getRepository(Mediator).findOne({ where: { username } });
  if (!found) {
    await verifyDecoy(password);
    throw WrongPasswordError();
  }
  if (found.lockedUntil && found.lockedUntil > now) throw AccountLockedError(found.lockedUntil.getTime() - now.getTime());
  const actor = { id: found.id, username: found.username };
  // Verified outside any transaction: the embedded database has one connection to share.
  if (await verifyPassword(found.passwordHash, password)) {
    return ds.transaction(async (m) => {
      await m.update(Mediator, { id: found.id }, { failedLogins: 0, lockedUntil: null });
      const session = await createSession(m, found.id, now);
      await recordAudit(m, actor, now, { action: 'login' });
      return { ...session, mediator: { ...actor, role: found.role } };
    });
  }
  const lockedUntil = await ds.transaction(async (m) => {
    const row = await m.findOneOrFail(Mediator, { where: { id: found.id }, lock: { mode: 'pessimistic_write' } });
    const failed = row.failedLogins + 1;
    if (failed < MAX_FAILED_LOGINS) {
      await m.update(Mediator, { id: row.id }, { failedLogins: failed });
      return null;
    }
    const until = new Date(now.getTime() + LOCK_MS);
    await m.update(Mediator, { id: row.id }, { failedLogins: 0, lockedUntil: until });
    await recordAudit(m, actor, now, { action: 'login.locked', detail: { failures: failed } });
    return until;
  });
  if (lockedUntil) throw AccountLockedError(lockedUntil.getTime() - now.getTime());
  throw WrongPasswordError();
}
