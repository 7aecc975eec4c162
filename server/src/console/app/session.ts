import type { SessionDTO } from '../../contract/admin';
import { ADMIN_ROUTES } from '../../contract/adminRoutes';
import { call, callSignedOut, setCsrfToken } from './api';

/** The signed-in mediator. */
export type Me = SessionDTO['mediator'];

let me: Me | null = null;

export function currentMe(): Me | null {
  return me;
}

/** The signed-in mediator, or null when the browser has no live session. */
export async function loadMe(): Promise<Me | null> {
  try {
    const s = (await callSignedOut(ADMIN_ROUTES.me, {})).data;
    setCsrfToken(s.csrfToken);
    me = s.mediator;
  } catch {
    me = null;
  }
  return me;
}

export async function signIn(username: string, password: string): Promise<Me> {
  const s = (await call(ADMIN_ROUTES.login, {}, { username, password })).data;
  setCsrfToken(s.csrfToken);
  me = s.mediator;
  return me;
}

export async function signOut(): Promise<void> {
  await callSignedOut(ADMIN_ROUTES.logout, {}).catch(() => undefined);
  me = null;
}
