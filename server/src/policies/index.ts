import type { Role } from '../contract/admin';

/** Who may do what in the console. A new ability is one line here and one requireRole(...) on its route. */
const ALLOWED = {
  'content.write': ['admin', 'mediator'],
  'content.publish': ['admin', 'mediator'],
  'audit.read': ['admin'],
  'moderation.act': ['admin', 'mediator'],
  'accounts.manage': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Ability = keyof typeof ALLOWED;

export function rolesFor(ability: Ability): Role[] {
  return [...ALLOWED[ability]];
}

export function allow(role: Role, ability: Ability): boolean {
  return (ALLOWED[ability] as readonly Role[]).includes(role);
}
