import mediatorAdd from '../src/commands/mediatorAdd';
import type { Role } from '../src/contract/admin';
import type { TestServer } from './server';

export const PASSWORD = 'correct horse battery staple';

/** A console account on a running test server. */
export async function addMediator(server: TestServer, username: string, role: Role = 'mediator', password = PASSWORD): Promise<void> {
  await server.deps.db.dataSource.transaction((m) => mediatorAdd({ m, username, role, password, now: server.deps.now() }));
}

export interface AdminClient {
  cookie: string;
  csrfToken: string;
  /** fetch with the session cookie and CSRF token; JSON in and out. */
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; json: any; headers: Headers; text: string }>;
}

export async function request(url: string, method: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method,
    headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
    redirect: 'manual',
  });
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: res.status, json, headers: res.headers, text };
}

/** Signs in through the API and returns a client carrying the session. */
export async function signIn(server: TestServer, username: string, password = PASSWORD): Promise<AdminClient> {
  const res = await request(`${server.url}/api/admin/login`, 'POST', { username, password });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.text}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const csrfToken = res.json.csrfToken as string;
  return {
    cookie,
    csrfToken,
    call: (method, path, body, headers = {}) => request(`${server.url}${path}`, method, body, { Cookie: cookie, 'X-CSRF-Token': csrfToken, ...headers }),
  };
}

/** A console account on a running test server, signed in through the API. */
export async function addSignedIn(server: TestServer, username: string, role: Role = 'mediator'): Promise<AdminClient> {
  await addMediator(server, username, role);
  return signIn(server, username);
}
