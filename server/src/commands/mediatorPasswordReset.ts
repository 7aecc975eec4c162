import type { EntityManager } from 'typeorm';
import { lockAccount } from '../auth/accountLocks';
import type { Actor } from '../auth/audit';
import { recordAudit } from '../auth/audit';
import { generatePassword, hashPassword } from '../auth/password';
import { Mediator, Session } from '../entities';

interface Props {
  /** The caller's transaction. */
  m: EntityManager;
  actor: Actor;
  now: Date;
  /** The account's id. */
  id: string;
}

/** A new generated password, shown once; the account's open sessions are closed. */
export default async function mediatorPasswordReset({ m, actor, now, id }: Props): Promise<{ account: Mediator; password: string }> {
  const row = await lockAccount(m, id);
  const password = generatePassword();
  await m.update(Mediator, { id }, { passwordHash: await hashPassword(password) });
  await m.delete(Session, { mediatorId: id });
  await recordAudit(m, actor, now, { action: 'mediator.password-reset', target: { type: 'mediator', id }, detail: { username: row.username } });
  return { account: await m.findOneOrFail(Mediator, { where: { id } }), password };
}
