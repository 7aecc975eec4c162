import type { EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import { Mediator } from '../entities';
import { AccountNotFoundError, LastAdminError } from '../errors';

/** Locks the active admin rows and throws unless one other than `id` remains. */
export async function keepAnotherAdmin(m: EntityManager, id: string): Promise<void> {
  const admins = await m.find(Mediator, { where: { role: 'admin', disabledAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
  if (!admins.some((a) => a.id !== id)) throw LastAdminError();
}

/** The account, locked for the rest of the caller's transaction. */
export async function lockAccount(m: EntityManager, id: string): Promise<Mediator> {
  const row = await m.findOne(Mediator, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!row) throw AccountNotFoundError();
  return row;
}
