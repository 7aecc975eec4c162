import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, SESSION_COOKIE } from '../../auth/sessions';
import { ROLES, type Role } from '../../contract/admin';
import { Mediator } from '../../entities';
import { engine } from '../../../test/db';
import { startTestServer, type TestServer } from '../../../test/server';
import { adminRouters } from '.';

/** Signed-in or not, anyone may call it. */
const PUBLIC = 'public';
const EVERY_ROLE: Role[] = ['admin', 'mediator'];
const ADMIN: Role[] = ['admin'];

/**
 * Who may call each admin route, written here by hand rather than read from policies/: a route added to
 * a router without a line here, or a role check that changes, fails the test. A role added to ROLES is
 * expected to be refused everywhere it is not listed.
 */
const ALLOWED: Record<string, Role[] | typeof PUBLIC> = {
  'POST /api/admin/login': PUBLIC,
  'GET /api/admin/me': EVERY_ROLE,
  'POST /api/admin/logout': EVERY_ROLE,
  'POST /api/admin/unlock': ADMIN,

  'GET /api/admin/accounts': ADMIN,
  'POST /api/admin/accounts': ADMIN,
  'POST /api/admin/accounts/:id/password': ADMIN,
  'POST /api/admin/accounts/:id/role': ADMIN,
  'POST /api/admin/accounts/:id/disable': ADMIN,
  'POST /api/admin/accounts/:id/enable': ADMIN,
  'GET /api/admin/audit': ADMIN,

  'GET /api/admin/reports': EVERY_ROLE,
  'POST /api/admin/reports/:id/:decision': EVERY_ROLE,
  'GET /api/admin/description-alerts': EVERY_ROLE,
  'POST /api/admin/description-alerts/:id/approve': EVERY_ROLE,
  'POST /api/admin/description-alerts/:id/reject': EVERY_ROLE,

  'GET /api/admin/articles': EVERY_ROLE,
  'POST /api/admin/articles/preview': EVERY_ROLE,
  'POST /api/admin/articles': EVERY_ROLE,
  'GET /api/admin/articles/:id': EVERY_ROLE,
  'PUT /api/admin/articles/:id': EVERY_ROLE,
  'GET /api/admin/articles/:id/export': EVERY_ROLE,
  'POST /api/admin/articles/:id/publish': EVERY_ROLE,
  'POST /api/admin/articles/:id/archive': EVERY_ROLE,
  'POST /api/admin/articles/:id/unarchive': EVERY_ROLE,
  'POST /api/admin/articles/:id/mark-published': EVERY_ROLE,
  'GET /api/admin/updates': EVERY_ROLE,
  'POST /api/admin/updates': EVERY_ROLE,
  'GET /api/admin/updates/:id': EVERY_ROLE,
  'PUT /api/admin/updates/:id': EVERY_ROLE,
  'POST /api/admin/updates/:id/expire': EVERY_ROLE,
  'POST /api/admin/updates/:id/publish': EVERY_ROLE,
  'POST /api/admin/updates/:id/mark-published': EVERY_ROLE,
  'GET /api/admin/digests': EVERY_ROLE,
  'POST /api/admin/digests/draft': EVERY_ROLE,
  'GET /api/admin/digests/:id': EVERY_ROLE,
  'PUT /api/admin/digests/:id': EVERY_ROLE,
  'POST /api/admin/digests/:id/approve': EVERY_ROLE,
  'POST /api/admin/digests/:id/publish': EVERY_ROLE,
  'POST /api/admin/digests/:id/notify': EVERY_ROLE,
  'POST /api/admin/digests/:id/mark-published': EVERY_ROLE,
  'GET /api/admin/sheet': EVERY_ROLE,
  'POST /api/admin/screen': EVERY_ROLE,
  'POST /api/admin/screen/accept': EVERY_ROLE,
  'POST /api/admin/screen/withdraw': EVERY_ROLE,
  'POST /api/admin/preview': EVERY_ROLE,
  'POST /api/admin/images': EVERY_ROLE,
  'GET /api/admin/images/:id': EVERY_ROLE,
  'GET /api/admin/drafts/:key': EVERY_ROLE,
  'PUT /api/admin/drafts/:key': EVERY_ROLE,
  'DELETE /api/admin/drafts/:key': EVERY_ROLE,
  'GET /api/admin/services': EVERY_ROLE,
  'POST /api/admin/services/:id/verify': EVERY_ROLE,

  'GET /api/admin/scenes': EVERY_ROLE,
  'POST /api/admin/scenes': EVERY_ROLE,
  'GET /api/admin/scenes/:code/qr.png': EVERY_ROLE,
  'GET /api/admin/scenes/:code/flyer.pdf': EVERY_ROLE,
  'GET /api/admin/scenes/:code/flyer.svg': EVERY_ROLE,

  'GET /api/admin/inbox': EVERY_ROLE,
  'GET /api/admin/inbox/:id': EVERY_ROLE,
  'POST /api/admin/inbox/:id/reply': EVERY_ROLE,
  'POST /api/admin/inbox/:id/reply-image': EVERY_ROLE,
  'PUT /api/admin/inbox/:id': EVERY_ROLE,
  'GET /api/admin/inbox/:id/media/:messageId': EVERY_ROLE,
};

/** Every route the admin routers declare, read from the routers themselves. */
function declaredRoutes(): string[] {
  const routes = new Set<string>();
  for (const router of adminRouters()) {
    for (const layer of router.stack) {
      for (const method of layer.methods) if (method !== 'HEAD') routes.add(`${method} ${layer.path}`);
    }
  }
  return [...routes];
}

/** A path to call: parameters filled with values of the right shape that name nothing. */
function concrete(path: string): string {
  return path
    .replace(':decision', 'approve')
    .replace(':code', 'zz9')
    .replace(':key', 'article-new')
    .replace(/:(id|messageId)\b/g, '00000000-0000-4000-8000-000000000000');
}

describe(`every admin route × every role (${engine})`, () => {
  let s: TestServer;
  const auth = async (role: Role): Promise<Record<string, string>> => {
    const m = s.deps.db.dataSource.manager;
    const mediator = await m.save(Mediator, m.create(Mediator, { username: `${role}-${Math.random().toString(36).slice(2, 8)}`, role, passwordHash: 'unused-here' }));
    const session = await createSession(m, mediator.id, s.deps.now());
    return { Cookie: `${SESSION_COOKIE}=${session.token}`, 'X-CSRF-Token': session.csrfToken };
  };
  const call = async (route: string, headers: Record<string, string>) => {
    const [method, path] = route.split(' ');
    const hasBody = method === 'POST' || method === 'PUT';
    const res = await fetch(`${s.url}${concrete(path)}`, {
      method,
      headers: { ...headers, ...(hasBody ? { 'Content-Type': 'application/json' } : {}) },
      body: hasBody ? '{}' : undefined,
      redirect: 'manual',
    });
    const text = await res.text();
    return { status: res.status, code: /"code":"([a-z_]+)"/.exec(text)?.[1] ?? null };
  };

  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('answers each role as the table says: 401 without a session, 403 forbidden for a role not listed, past the role check otherwise', async () => {
    const declared = declaredRoutes();
    expect(declared.length).toBeGreaterThan(50);
    expect({ missing: declared.filter((r) => !(r in ALLOWED)), gone: Object.keys(ALLOWED).filter((r) => !declared.includes(r)) }).toEqual({ missing: [], gone: [] });

    const wrong: string[] = [];
    for (const route of declared) {
      const allowed = ALLOWED[route];
      const anonymous = await call(route, {});
      if (allowed === PUBLIC ? anonymous.status === 401 || anonymous.status === 403 : anonymous.status !== 401) wrong.push(`${route} without a session: ${anonymous.status}`);
      for (const role of ROLES) {
        // A fresh session per call: logout ends its own, and nothing one call does reaches the next.
        const got = await call(route, await auth(role));
        const mayCall = allowed === PUBLIC || allowed.includes(role);
        if (mayCall && (got.status === 401 || got.status === 403)) wrong.push(`${route} as ${role}: ${got.status} ${got.code}, expected past the role check`);
        if (!mayCall && !(got.status === 403 && got.code === 'forbidden')) wrong.push(`${route} as ${role}: ${got.status} ${got.code}, expected 403 forbidden`);
      }
    }
    expect(wrong).toEqual([]);
  }, 180_000);
});
