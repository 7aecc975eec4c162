import type { EntityManager } from 'typeorm';
import { managerQuery } from '../alerts/hotQuery';
import type { Actor } from '../auth/audit';
import { recordAudit } from '../auth/audit';
import { unlockAccount } from '../quota/loginAttempts';

interface Props {
  /** The caller's transaction. */
  m: EntityManager;
  /** The admin lifting the lockout. */
  actor: Actor;
  now: Date;
  /** The name as typed at login, for the audit trail. */
  username: string;
  /** Its keyed hash (auth/login.ts accountKey). */
  account: string;
}

/** Lifts every lockout on a name (the console's "unlock" button); audited. Answers how many were lifted. */
export default async function loginUnlock({ m, actor, now, username, account }: Props): Promise<number> {
  const unlocked = await unlockAccount(managerQuery(m), account, now);
  await recordAudit(m, actor, now, { action: 'login.unlock', detail: { username, unlocked } });
  return unlocked;
}
