import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importContent } from '../../../content/importer';
import { loadContent } from '../../../content/loader';
import { addSignedIn, request, type AdminClient } from '../../../../test/admin';
import { engine } from '../../../../test/db';
import { startTestServer, type TestServer } from '../../../../test/server';

const FIXTURE = path.join(__dirname, '../../../../test/fixtures/content');

describe(`verifying a service from the console on ${engine}`, () => {
  let server: TestServer;
  let lin: AdminClient;
  // 00:30 in Paris on 2 December (23:30 UTC on the 1st): the check is dated the Paris day.
  const now = new Date('2026-12-01T23:30:00Z');
  beforeAll(async () => {
    server = await startTestServer({ now: () => now, env: { CONTENT_DIR: FIXTURE } });
    lin = await addSignedIn(server, 'lin', 'mediator');
  });
  afterAll(() => server?.close());

  const publicBus = async () =>
    ((await request(`${server.url}/api/services?city=paris&lang=zh-Hans`, 'GET')).json.data as Array<{ id: string; verified: boolean; verifiedOn: string | null }>).find(
      (s) => s.id === 'paris:lotus-bus',
    );

  it('lists every service with its verification, unverified at first', async () => {
    const res = await lin.call('GET', '/api/admin/services');
    expect(res.status).toBe(200);
    expect(res.json.data.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(['paris:lotus-bus']));
    expect(res.json.data.find((s: { id: string }) => s.id === 'paris:lotus-bus')).toMatchObject({
      city: 'paris',
      name: { 'zh-Hans': '莲花巴士', fr: 'Lotus Bus' },
      verified: false,
      verifiedOn: null,
      addresses: ['Boulevard de Belleville, 75020'],
    });
    expect(await publicBus()).toMatchObject({ verified: false, verifiedOn: null });
  });

  it('confirms a service in one call, dated today in Paris, shows it in the public directory and audits it', async () => {
    const res = await lin.call('POST', '/api/admin/services/paris:lotus-bus/verify');
    expect(res.status).toBe(200);
    expect(res.json.data).toMatchObject({ id: 'paris:lotus-bus', verified: true, verifiedOn: '2026-12-02' });
    expect(await publicBus()).toMatchObject({ verified: true, verifiedOn: '2026-12-02' });
    const audit = await server.deps.db.dataSource.query(`SELECT username, action, target_id, detail FROM audit_entries WHERE action = 'service.verify'`);
    expect(audit).toEqual([{ username: 'lin', action: 'service.verify', target_id: 'paris:lotus-bus', detail: { verifiedOn: '2026-12-02' } }]);
  });

  it('keeps the console check through an import of changed content, unless the file carries a later date', async () => {
    const content = loadContent(FIXTURE);
    const bus = content.cities.find((c) => c.city === 'paris')!.organizations[0].services[0];
    bus.description.fr = 'Bus de prévention, description revue';
    const report = await importContent(server.deps.db.dataSource, content);
    expect(report.services.updated).toBe(1);
    expect(await publicBus()).toMatchObject({ verified: true, verifiedOn: '2026-12-02' });

    Object.assign(bus, { verified: true, verifiedOn: '2026-12-05' });
    await importContent(server.deps.db.dataSource, content);
    expect(await publicBus()).toMatchObject({ verified: true, verifiedOn: '2026-12-05' });
  });

  it('refuses without the CSRF token, without a session, and for an unknown or malformed id', async () => {
    const noCsrf = await request(`${server.url}/api/admin/services/paris:lotus-bus/verify`, 'POST', undefined, { Cookie: lin.cookie });
    expect([noCsrf.status, noCsrf.json.error.code]).toEqual([403, 'csrf']);
    const noSession = await request(`${server.url}/api/admin/services/paris:lotus-bus/verify`, 'POST');
    expect(noSession.status).toBe(401);
    const unknown = await lin.call('POST', '/api/admin/services/paris:nowhere/verify');
    expect([unknown.status, unknown.json.error.message]).toEqual([404, 'No service has this id: the directory may have been imported again since the list was loaded']);
    const malformed = await lin.call('POST', '/api/admin/services/lotus-bus/verify');
    expect(malformed.status).toBe(400);
    expect(malformed.json.error.message).toContain('id must be a service id from the list, such as paris:paris-lotus-bus');
  });
});
