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
  if (res.ok && new URL(url).pathname.startsWith('/api/admin/') && json !== null) assertEnvelope(`${method} ${new URL(url).pathname}`, json);
  return { status: res.status, json, headers: res.headers, text };
}

/**
 * The console API's one success shape (server/README.md): `{ data }`, with `meta` beside it only for
 * facts about the answer. Every admin test that calls through here holds every answer it gets to it.
 */
export function assertEnvelope(route: string, json: unknown): void {
  const keys = json && typeof json === 'object' && !Array.isArray(json) ? Object.keys(json) : [];
  const extra = keys.filter((k) => k !== 'data' && k !== 'meta');
  if (!keys.includes('data') || extra.length > 0) throw new Error(`${route} answered ${JSON.stringify(keys)}, not { data, meta? }`);
}

/** Signs in through the API and returns a client carrying the session. */
export async function signIn(server: TestServer, username: string, password = PASSWORD): Promise<AdminClient> {
  const res = await request(`${server.url}/api/admin/login`, 'POST', { username, password });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.text}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const csrfToken = res.json.data.csrfToken as string;
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
