import type { EntityManager } from 'typeorm';
import { keepAnotherAdmin, lockAccount } from '../auth/accountLocks';
import type { Actor } from '../auth/audit';
import { recordAudit } from '../auth/audit';
import { Mediator, Session } from '../entities';

interface Props {
  /** The caller's transaction. */
  m: EntityManager;
  actor: Actor;
  now: Date;
  /** The account's id. */
  id: string;
  /** false enables the account again. */
  disabled: boolean;
}

/** Disabling closes the account's sessions at once; the account and its audit trail stay. */
export default async function mediatorDisable({ m, actor, now, id, disabled }: Props): Promise<Mediator> {
  const row = await lockAccount(m, id);
  if (Boolean(row.disabledAt) === disabled) return row;
  if (disabled && row.role === 'admin') await keepAnotherAdmin(m, id);
  await m.update(Mediator, { id }, { disabledAt: disabled ? now : null });
  if (disabled) await m.delete(Session, { mediatorId: id });
  await recordAudit(m, actor, now, { action: disabled ? 'mediator.disable' : 'mediator.enable', target: { type: 'mediator', id }, detail: { username: row.username } });
  return m.findOneOrFail(Mediator, { where: { id } });
}
