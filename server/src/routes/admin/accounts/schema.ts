import { z } from 'zod';
import { ROLES } from '../../../entities/Mediator';

const Role = z.enum(ROLES, { message: `role must be ${ROLES.join(' or ')}` });

export const AccountCreateSchema = z.object({
  username: z
    .string({ message: 'username is required' })
    .trim()
    .regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, 'username must be 2 to 32 lowercase letters, digits, dots, dashes or underscores'),
  role: Role.default('mediator'),
});
export type AccountCreateReq = z.infer<typeof AccountCreateSchema>;

export const AccountRoleSchema = z.object({ role: Role });
export type AccountRoleReq = z.infer<typeof AccountRoleSchema>;
