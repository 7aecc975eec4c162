import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { Mediator } from '../entities';
import { ROLES, type Role } from '../contract/admin';
import { recordAudit } from './audit';
import { hashPassword, MIN_PASSWORD_LENGTH } from './password';

export const UsernameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, 'the username must be 2 to 32 lowercase letters, digits, dots, dashes or underscores');
export const RoleSchema = z.enum(ROLES, { message: `the role must be ${ROLES.join(' or ')}` });

export class MediatorInputError extends Error {}

/** Creates a console account; the password is hashed with argon2id and never stored otherwise. */
export async function createMediator(ds: DataSource, input: { username: string; role: Role; password: string; now: Date }): Promise<Mediator> {
  const username = UsernameSchema.safeParse(input.username);
  if (!username.success) throw new MediatorInputError(username.error.issues[0].message);
  if ([...input.password].length < MIN_PASSWORD_LENGTH) throw new MediatorInputError(`the password must have at least ${MIN_PASSWORD_LENGTH} characters`);
  const passwordHash = await hashPassword(input.password);
  return ds.transaction(async (m) => {
    if (await m.findOne(Mediator, { where: { username: username.data } })) throw new MediatorInputError(`the account "${username.data}" already exists`);
    const saved = await m.save(m.create(Mediator, { username: username.data, role: input.role, passwordHash }));
    await recordAudit(m, null, input.now, { action: 'mediator.create', target: { type: 'mediator', id: saved.id }, detail: { username: saved.username, role: saved.role } });
    return saved;
  });
}
