import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { recordAudit } from '../auth/audit';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/password';
import { ROLES, type Role } from '../contract/admin';
import { Mediator } from '../entities';

export const UsernameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, 'the username must be 2 to 32 lowercase letters, digits, dots, dashes or underscores');
export const RoleSchema = z.enum(ROLES, { message: `the role must be ${ROLES.join(' or ')}` });

/** What `npm run mediator:add` prints before exiting 1. */
export class MediatorInputError extends Error {}

interface Props {
  /** The caller's transaction. */
  m: EntityManager;
  now: Date;
  username: string;
  role: Role;
  /** Chosen by the person at the terminal (the console's accounts get a generated one: mediatorCreate). */
  password: string;
}

/** An account made from the command line, audited without an actor; the password is kept only as an argon2id hash. */
export default async function mediatorAdd({ m, now, username, role, password }: Props): Promise<Mediator> {
  const name = UsernameSchema.safeParse(username);
  if (!name.success) throw new MediatorInputError(name.error.issues[0].message);
  if ([...password].length < MIN_PASSWORD_LENGTH) throw new MediatorInputError(`the password must have at least ${MIN_PASSWORD_LENGTH} characters`);
  if (await m.findOne(Mediator, { where: { username: name.data } })) throw new MediatorInputError(`the account "${name.data}" already exists`);
  const saved = await m.save(m.create(Mediator, { username: name.data, role, passwordHash: await hashPassword(password) }));
  await recordAudit(m, null, now, { action: 'mediator.create', target: { type: 'mediator', id: saved.id }, detail: { username: saved.username, role: saved.role } });
  return saved;
}
