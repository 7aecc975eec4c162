import type { EntityManager } from 'typeorm';
import { recordAudit } from '../auth/audit';
import { createSession, type SignedIn } from '../auth/sessions';

interface Props {
  /** The caller's transaction. */
  m: EntityManager;
  /** Whose password auth/login.ts checked. */
  mediator: SignedIn['mediator'];
  now: Date;
}

export interface LoginResult {
  token: string;
  csrfToken: string;
  mediator: SignedIn['mediator'];
}

/** Opens a console session once the password is checked; audited as a login. */
export default async function sessionCreate({ m, mediator, now }: Props): Promise<LoginResult> {
  const session = await createSession(m, mediator.id, now);
  await recordAudit(m, { id: mediator.id, username: mediator.username }, now, { action: 'login' });
  return { ...session, mediator };
}
