import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Mediator, Session } from '../entities';
import type { Role } from '../contract/admin';

export const SESSION_COOKIE = 'lotus_session';
/** A console left alone this long signs out… */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** …and none lasts longer than a working day. */
export const SESSION_MAX_MS = 12 * 60 * 60 * 1000;
/** Extending on every request would write on every request; a few minutes' slack is enough. */
const EXTEND_AFTER_MS = 5 * 60 * 1000;

export interface SignedIn {
  sessionId: string;
  csrfToken: string;
  mediator: { id: string; username: string; role: Role };
}

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new session; the token goes in the cookie and only its hash in the database. */
export async function createSession(m: EntityManager, mediatorId: string, now: Date): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await m.insert(Session, {
    id: sessionIdOf(token),
    mediatorId,
    csrfToken,
    createdAt: now,
    expiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
  });
  return { token, csrfToken };
}

export type Lookup = { status: 'valid'; signedIn: SignedIn } | { status: 'expired' } | { status: 'unknown' };

/** The session of a cookie's token; a live one is extended, an expired one removed. */
export async function findSession(m: EntityManager, token: string, now: Date): Promise<Lookup> {
  const id = sessionIdOf(token);
  const row = await m.findOne(Session, { where: { id }, relations: { mediator: true } });
  if (!row || !row.mediator) return { status: 'unknown' };
  if (row.expiresAt.getTime() <= now.getTime()) {
    await m.delete(Session, { id });
    return { status: 'expired' };
  }
  const limit = row.createdAt.getTime() + SESSION_MAX_MS;
  const extended = Math.min(now.getTime() + SESSION_IDLE_MS, limit);
  if (extended - row.expiresAt.getTime() > EXTEND_AFTER_MS) await m.update(Session, { id }, { expiresAt: new Date(extended) });
  const { id: mediatorId, username, role } = row.mediator as Mediator;
  return { status: 'valid', signedIn: { sessionId: id, csrfToken: row.csrfToken, mediator: { id: mediatorId, username, role } } };
}

export async function destroySession(m: EntityManager, sessionId: string): Promise<void> {
  await m.delete(Session, { id: sessionId });
}
