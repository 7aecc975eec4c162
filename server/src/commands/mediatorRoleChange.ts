import type { EntityManager } from 'typeorm';
import { keepAnotherAdmin, lockAccount } from '../auth/accountLocks';
import type { Actor } from '../auth/audit';
import { recordAudit } from '../auth/audit';
import type { Role } from '../contract/admin';
import { Mediator } from '../entities';

interface Props {
  /** The caller's transaction. */
  m: EntityManager;
  actor: Actor;
  now: Date;
  /** The account's id. */
  id: string;
  role: Role;
}

/** Changes an account's role; the last active admin cannot stop being one. */
export default async function mediatorRoleChange({ m, actor, now, id, role }: Props): Promise<Mediator> {
  const row = await lockAccount(m, id);
  if (row.role === role) return row;
  if (row.role === 'admin' && !row.disabledAt) await keepAnotherAdmin(m, id);
  await m.update(Mediator, { id }, { role });
  await recordAudit(m, actor, now, { action: 'mediator.role', target: { type: 'mediator', id }, detail: { username: row.username, from: row.role, to: role } });
  return m.findOneOrFail(Mediator, { where: { id } });
}
