import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/audit';
import { recordAudit } from '../auth/audit';
import { destroySession } from '../auth/sessions';

interface Props {
  /** The caller's transaction. */
  m: EntityManager;
  actor: Actor;
  sessionId: string;
  now: Date;
}

/** Logs out: the session row goes, the logout is audited. */
export default async function sessionDestroy({ m, actor, sessionId, now }: Props): Promise<void> {
  await destroySession(m, sessionId);
  await recordAudit(m, actor, now, { action: 'logout' });
}
