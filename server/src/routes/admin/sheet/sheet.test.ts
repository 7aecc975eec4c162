import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSignedIn, type AdminClient } from '../../../../test/admin';
import { engine } from '../../../../test/db';
import { startTestServer, type TestServer } from '../../../../test/server';
import { seedReport } from '../../../digest/testSeed';
import { pdfText } from '../../../flyers/testRaster';

describe(`admin alerts sheet on ${engine}`, () => {
  const servers: TestServer[] = [];
  let bea: AdminClient;
  let local: AdminClient;
  const now = new Date('2026-11-30T09:00:00Z');
  const pdf = async (client: AdminClient, query: string) => {
    const server = client === bea ? servers[0] : servers[1];
    const res = await fetch(`${server.url}/api/admin/sheet?${query}`, { headers: { Cookie: client.cookie, 'X-CSRF-Token': client.csrfToken } });
    return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), body: Buffer.from(await res.arrayBuffer()) };
  };

  beforeAll(async () => {
    servers.push(await startTestServer({ now: () => now, env: { H5_URL: 'https://lotus.example.org/h5/' } }));
    servers.push(await startTestServer({ now: () => now }));
    bea = await addSignedIn(servers[0], 'bea', 'mediator');
    local = await addSignedIn(servers[1], 'bea', 'mediator');
    await servers[0].deps.db.dataSource.transaction((m) => seedReport(m, { kind: 'plate', value: 'EF-789-GH', categories: ['violence'], level: 'dangerous', city: 'paris', month: '2026-11' }));
  }, 180_000);
  afterAll(() => Promise.all(servers.map((s) => s.close())));

  it('downloads the city’s sheet as a PDF with only the identifier’s last characters', async () => {
    const res = await pdf(bea, 'city=paris');
    expect([res.status, res.type, res.disposition]).toEqual([200, 'application/pdf', 'attachment; filename="lotus-paris.pdf"']);
    const text = pdfText(res.body);
    expect(text).toContain('…GH');
    for (const whole of ['EF-789-GH', 'EF789GH', 'EF', '789']) expect(text).not.toContain(whole);
  });

  it('refuses a code phones cannot open but gives a test print, and names bad input', async () => {
    const refused = await local.call('GET', '/api/admin/sheet?city=paris');
    expect([refused.status, refused.json.error.code]).toEqual([409, 'flyer_private_address']);
    const test = await pdf(local, 'city=paris&test=1');
    expect([test.status, test.disposition]).toEqual([200, 'attachment; filename="lotus-paris-test.pdf"']);
    expect(pdfText(test.body)).toContain('TEST · 测试样张');
    const unknown = await bea.call('GET', '/api/admin/sheet?city=atlantis');
    expect([unknown.status, unknown.json.error.code]).toEqual([404, 'city_not_found']);
    const bad = await bea.call('GET', '/api/admin/sheet?city=Paris!');
    expect([bad.status, bad.json.error.field]).toEqual([400, 'city']);
    expect((await fetch(`${servers[0].url}/api/admin/sheet?city=paris`)).status).toBe(401);
  });
});
