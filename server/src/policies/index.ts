import type { Role } from '../contract/admin';

/**
 * Who may do what in the console. A new ability is one line here and one requireRole(...rolesFor(...))
 * on its route; routes/admin/roles.test.ts lists what every role gets on every admin route.
 */
const ALLOWED = {
  'content.write': ['admin', 'mediator'],
  'content.publish': ['admin', 'mediator'],
  'audit.read': ['admin'],
  // Reading reports and deciding on them is the mediators' daily work (SECURITY.md: masked identifiers
  // only, every decision audited); admins moderate too.
  'moderation.act': ['admin', 'mediator'],
  'accounts.manage': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Ability = keyof typeof ALLOWED;

export function rolesFor(ability: Ability): Role[] {
  return [...ALLOWED[ability]];
}
