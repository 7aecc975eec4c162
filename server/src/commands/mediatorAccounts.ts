import type { EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import type { Actor } from '../auth/audit';
import { recordAudit } from '../auth/audit';
import { generatePassword, hashPassword } from '../auth/password';
import { Mediator, Session } from '../entities';
import type { Role } from '../contract/admin';
import { AccountNotFoundError, LastAdminError, UsernameTakenError } from '../errors';


/** Locks the active admin rows and throws unless one other than `id` remains. */
async function keepAnotherAdmin(m: EntityManager, id: string): Promise<void> {
  const admins = await m.find(Mediator, { where: { role: 'admin', disabledAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
  if (!admins.some((a) => a.id !== id)) throw LastAdminError();
}

async function load(m: EntityManager, id: string): Promise<Mediator> {
  const row = await m.findOne(Mediator, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!row) throw AccountNotFoundError();
  return row;
}

/** A new account with a generated password, shown once to the admin who made it. Runs in the caller's transaction. */
export async function createAccount(m: EntityManager, actor: Actor, now: Date, input: { username: string; role: Role }): Promise<{ account: Mediator; password: string }> {
  if (await m.findOne(Mediator, { where: { username: input.username } })) throw UsernameTakenError(input.username);
  const password = generatePassword();
  const account = await m.save(m.create(Mediator, { username: input.username, role: input.role, passwordHash: await hashPassword(password) }));
  await recordAudit(m, actor, now, { action: 'mediator.create', target: { type: 'mediator', id: account.id }, detail: { username: account.username, role: account.role } });
  return { account, password };
}

/** A new generated password; the account's open sessions are closed. */
export async function resetPassword(m: EntityManager, actor: Actor, now: Date, id: string): Promise<{ account: Mediator; password: string }> {
  const row = await load(m, id);
  const password = generatePassword();
  await m.update(Mediator, { id }, { passwordHash: await hashPassword(password) });
  await m.delete(Session, { mediatorId: id });
  await recordAudit(m, actor, now, { action: 'mediator.password-reset', target: { type: 'mediator', id }, detail: { username: row.username } });
  return { account: await m.findOneOrFail(Mediator, { where: { id } }), password };
}

export async function changeRole(m: EntityManager, actor: Actor, now: Date, id: string, role: Role): Promise<Mediator> {
  const row = await load(m, id);
  if (row.role === role) return row;
  if (row.role === 'admin' && !row.disabledAt) await keepAnotherAdmin(m, id);
  await m.update(Mediator, { id }, { role });
  await recordAudit(m, actor, now, { action: 'mediator.role', target: { type: 'mediator', id }, detail: { username: row.username, from: row.role, to: role } });
  return m.findOneOrFail(Mediator, { where: { id } });
}

/** Disabling closes the account's sessions at once; the account and its audit trail stay. */
export async function setDisabled(m: EntityManager, actor: Actor, now: Date, id: string, disabled: boolean): Promise<Mediator> {
  const row = await load(m, id);
  if (Boolean(row.disabledAt) === disabled) return row;
  if (disabled && row.role === 'admin') await keepAnotherAdmin(m, id);
  await m.update(Mediator, { id }, { disabledAt: disabled ? now : null });
  if (disabled) await m.delete(Session, { mediatorId: id });
  await recordAudit(m, actor, now, { action: disabled ? 'mediator.disable' : 'mediator.enable', target: { type: 'mediator', id }, detail: { username: row.username } });
  return m.findOneOrFail(Mediator, { where: { id } });
}
