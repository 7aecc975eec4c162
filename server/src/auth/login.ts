import { dbQuery } from '../alerts/hotQuery';
import { alertKeys } from '../alerts/keys';
import type { AppDeps } from '../context';
import { Mediator } from '../entities';
import { TooManyLoginsError, WrongPasswordError } from '../errors';
import { beginAttempt, succeeded } from '../quota/loginAttempts';
import { recordAudit } from './audit';
import { verifyDecoy, verifyPassword } from './password';
import { createSession, type SignedIn } from './sessions';

export interface LoginResult {
  token: string;
  csrfToken: string;
  mediator: SignedIn['mediator'];
}

interface Props {
  deps: AppDeps;
  username: string;
  password: string;
  /** The client's address, as the trusted proxy saw it. */
  ip: string;
}

/** The keyed hash of a name as typed, for login_attempts (also what an admin's unlock deletes). */
export const accountKey = (deps: AppDeps, username: string) => alertKeys(deps.config).ip(`login-account:${username.toLowerCase()}`);

/**
 * Checks a password and opens a session. The attempt is counted before the password is checked
 * (quota/loginAttempts.ts), per name and address, known name or not.
 */
export async function login({ deps, username, password, ip }: Props): Promise<LoginResult> {
  const ds = deps.db.dataSource;
  const now = deps.now();
  const query = dbQuery(deps.db);
  const key = { account: accountKey(deps, username), source: alertKeys(deps.config).ip(ip) };
  const slot = await beginAttempt(query, key, now);
  if (!slot.allowed) throw TooManyLoginsError(slot.retryAfterMs);
  const found = await ds.getRepository(Mediator).findOne({ where: { username } });
  // Verified outside any transaction: the embedded database has one connection to share.
  // A disabled account answers like an unknown name: an admin closed it on purpose.
  if (!found || found.disabledAt) {
    await verifyDecoy(password);
    throw WrongPasswordError();
  }
  if (!(await verifyPassword(found.passwordHash, password))) throw WrongPasswordError();
  await succeeded(query, key);
  const actor = { id: found.id, username: found.username };
  return ds.transaction(async (m) => {
    const session = await createSession(m, found.id, now);
    await recordAudit(m, actor, now, { action: 'login' });
    return { ...session, mediator: { ...actor, role: found.role } };
  });
}
