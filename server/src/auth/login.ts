import { dbQuery } from '../alerts/hotQuery';
import { alertKeys } from '../alerts/keys';
import type { AppDeps } from '../context';
import { Mediator } from '../entities';
import { TooManyLoginsError, WrongPasswordError } from '../errors';
import { beginAttempt, succeeded } from '../quota/loginAttempts';
import { verifyDecoy, verifyPassword } from './password';
import type { SignedIn } from './sessions';

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
 * Checks a password, before any session is opened (commands/sessionCreate.ts). The attempt is counted
 * first (quota/loginAttempts.ts), per name and address, known name or not, and outside any transaction:
 * a refused attempt must stay counted, and the embedded database has one connection to share while
 * the hash is verified.
 */
export async function checkPassword({ deps, username, password, ip }: Props): Promise<SignedIn['mediator']> {
  const now = deps.now();
  const query = dbQuery(deps.db);
  const key = { account: accountKey(deps, username), source: alertKeys(deps.config).ip(ip) };
  const slot = await beginAttempt(query, key, now);
  if (!slot.allowed) throw TooManyLoginsError(slot.retryAfterMs);
  const found = await deps.db.dataSource.getRepository(Mediator).findOne({ where: { username } });
  // A disabled account answers like an unknown name: an admin closed it on purpose.
  if (!found || found.disabledAt) {
    await verifyDecoy(password);
    throw WrongPasswordError();
  }
  if (!(await verifyPassword(found.passwordHash, password))) throw WrongPasswordError();
  await succeeded(query, key);
  return { id: found.id, username: found.username, role: found.role };
}
