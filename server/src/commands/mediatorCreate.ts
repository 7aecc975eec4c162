import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/audit';
import { recordAudit } from '../auth/audit';
import { generatePassword, hashPassword } from '../auth/password';
import type { Role } from '../contract/admin';
import { Mediator } from '../entities';
import { UsernameTakenError } from '../errors';

interface Props {
  /** The caller's transaction. */
  m: EntityManager;
  /** The admin making the account. */
  actor: Actor;
  now: Date;
  username: string;
  role: Role;
}

/** A console account with a generated password, shown once to the admin who made it. */
export default async function mediatorCreate({ m, actor, now, username, role }: Props): Promise<{ account: Mediator; password: string }> {
  if (await m.findOne(Mediator, { where: { username } })) throw UsernameTakenError(username);
  const password = generatePassword();
  const account = await m.save(m.create(Mediator, { username, role, passwordHash: await hashPassword(password) }));
  await recordAudit(m, actor, now, { action: 'mediator.create', target: { type: 'mediator', id: account.id }, detail: { username: account.username, role: account.role } });
  return { account, password };
}
