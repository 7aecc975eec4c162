import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMediator, signIn, type AdminClient } from '../../test/admin';
import { engine } from '../../test/db';
import { startTestServer, type TestServer } from '../../test/server';
import { routers } from '.';

/**
 * Point 8 of issue #12: at least 10,000 generated requests over every public and admin route (read
 * from the routers themselves, so a new route is fuzzed without a line here), signed in as an admin
 * with the CSRF token so the handlers' own validation is reached. No answer may be a 5xx (but the
 * shaped 501 for a method the API does not implement), and every error must be
 * `{ error: { code, message } }`. The counts are printed.
 */
const REQUESTS = Number(process.env.LOTUS_FUZZ_REQUESTS ?? 10_000);
const CONCURRENCY = 8;

interface Route {
  methods: string[];
  path: string;
}

function routeList(): Route[] {
  const out: Route[] = [];
  for (const router of routers()) {
    for (const layer of (router as unknown as { stack: Array<{ methods: string[]; path: string }> }).stack) {
      if (layer.methods.length > 0) out.push({ methods: layer.methods.filter((m) => m !== 'HEAD'), path: layer.path });
    }
  }
  return out;
}

const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('\u0000', 'a\u0000b', '2026-13-45', '2026-02-30', '__proto__', 'constructor', '../../etc/passwd', '%00', '%E0%A4%A', '０６１２３４５６７８', 'wxbadguy_88', 'AB-123-CD', '😀'.repeat(50), 'x'.repeat(5000), '-1', '1e309', 'NaN'),
);
const scalar = fc.oneof(nasty, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const FIELDS = ['kind', 'value', 'device', 'category', 'level', 'city', 'month', 'details', 'lang', 'region', 'username', 'password', 'title', 'body', 'summary', 'slug', 'key', 'text', 'markdown', 'scene', 'publishedOn', 'expiresOn', 'url', 'override', 'role', 'status', 'listed', 'q', 'limit', 'reason'];
const knownObject = fc.dictionary(fc.constantFrom(...FIELDS), fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(fc.string(), scalar, { maxKeys: 3 })), { maxKeys: 8 });
const body = fc.oneof(
  { weight: 5, arbitrary: knownObject.map((o) => JSON.stringify(o)) },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary' }) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);
const query = fc.dictionary(fc.constantFrom('q', 'city', 'lang', 'status', 'limit', 'kind', 'echostr', 'signature', 'timestamp', 'nonce', 'page', '__proto__'), nasty, { maxKeys: 4 });

interface Spec {
  route: number;
  method: string | null;
  params: string[];
  query: Record<string, string>;
  body: string | undefined;
  contentType: string;
  gzipLie: boolean;
  origin: string | null;
  signedIn: boolean;
}

const spec = (routes: Route[]): fc.Arbitrary<Spec> =>
  fc.record({
    route: fc.nat({ max: routes.length - 1 }),
    // Mostly the route's own method, so handlers are reached; sometimes another, or one the API does not know.
    method: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND') }),
    params: fc.array(nasty, { minLength: 3, maxLength: 3 }),
    query,
    body,
    contentType: fc.constantFrom('application/json', 'application/json', 'application/json', 'text/plain', 'application/x-www-form-urlencoded', 'text/xml'),
    gzipLie: fc.nat({ max: 29 }).map((n) => n === 0),
    origin: fc.option(fc.constantFrom('https://evil.example', 'http://127.0.0.1:10086', 'null'), { freq: 4 }),
    signedIn: fc.boolean(),
  });

describe(`fuzzing every route on ${engine}`, () => {
  let s: TestServer;
  let admin: AdminClient;
  beforeAll(async () => {
    s = await startTestServer({ env: { TRUST_PROXY: '1', ALERTS_CHECKS_PER_HOUR: '100000', ALERTS_REPORTS_PER_HOUR: '100000', ALERTS_DEVICES_PER_HOUR: '100000' } });
    await addMediator(s, 'fuzzadmin', 'admin');
    admin = await signIn(s, 'fuzzadmin');
  });
  afterAll(() => s.close());

  it(`answers ${REQUESTS} generated requests without a 5xx, every error shaped`, async () => {
    const routes = routeList();
    expect(routes.length).toBeGreaterThan(40);
    const seed = Number(process.env.LOTUS_FUZZ_SEED ?? Date.now() % 1_000_000);
    const specs = fc.sample(spec(routes), { seed, numRuns: REQUESTS });
    const byStatus = new Map<number, number>();
    const failures: string[] = [];
    let next = 0;
    const one = async (sp: Spec) => {
      const route = routes[sp.route];
      const method = sp.method ?? route.methods[sp.params[0].length % route.methods.length] ?? 'GET';
      let i = 0;
      const path = route.path.replace(/:[a-z]+/gi, () => encodeURIComponent(sp.params[i++] ?? 'x'));
      // The session stays: logout is fuzzed without it.
      const withSession = sp.signedIn && !path.endsWith('/logout');
      const headers: Record<string, string> = { 'X-Forwarded-For': `198.51.100.${sp.route % 250}` };
      if (withSession) Object.assign(headers, { Cookie: admin.cookie, 'X-CSRF-Token': admin.csrfToken });
      if (sp.body !== undefined && method !== 'GET') headers['Content-Type'] = sp.contentType;
      if (sp.gzipLie) headers['Content-Encoding'] = 'gzip';
      if (sp.origin) headers.Origin = sp.origin;
      const qs = new URLSearchParams(sp.query).toString();
      const res = await fetch(`${s.url}${path}${qs ? `?${qs}` : ''}`, { method, headers, body: method === 'GET' ? undefined : sp.body, redirect: 'manual' });
      const text = await res.text();
      byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
      const describe = `${method} ${path.slice(0, 120)} → ${res.status} ${text.slice(0, 160)}`;
      // 501 is the shaped answer to a method the API does not implement; any other 5xx is a failure.
      if (res.status >= 500 && res.status !== 501) failures.push(describe);
      else if (res.status >= 400) {
        let shaped = false;
        try {
          const json = JSON.parse(text);
          shaped = typeof json?.error?.code === 'string' && typeof json?.error?.message === 'string' && json.error.message.length > 0;
        } catch {
          shaped = false;
        }
        if (!shaped) failures.push(`unshaped: ${describe}`);
      }
    };
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < specs.length) await one(specs[next++]);
      }),
    );
    const counts = [...byStatus.entries()].sort((a, b) => a[0] - b[0]);
    const total = counts.reduce((n, [, c]) => n + c, 0);
    // Printed on purpose: the issue asks for the counts of every run.
    console.log(`fuzz (${engine}, seed ${seed}): ${total} requests over ${routes.length} routes; by status ${counts.map(([st, c]) => `${st}×${c}`).join(', ')}; 5xx other than 501 ${counts.filter(([st]) => st >= 500 && st !== 501).reduce((n, [, c]) => n + c, 0)}; unshaped errors ${failures.filter((f) => f.startsWith('unshaped')).length}`);
    expect(total).toBe(REQUESTS);
    expect(failures.slice(0, 10)).toEqual([]);
  }, 600_000);
});
