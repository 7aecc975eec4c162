import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../../../../test/db';
import { postJson, request } from '../../../../test/http';
import { startTestServer, type TestServer } from '../../../../test/server';
import { createSession } from '../../../auth/sessions';
import { AuditEntry, Mediator } from '../../../entities';
import { decodeQr, pdfText } from '../../../flyers/testRaster';

describe(`/api/admin/scenes on ${engine}`, () => {
  let server: TestServer;
  let auth: Record<string, string>;
  const now = new Date('2026-11-23T09:00:00Z');
  beforeAll(async () => {
    // The shipped content: paris is a city of the directory, pep an article.
    server = await startTestServer({ now: () => now });
    const m = server.deps.db.dataSource.manager;
    const mediator = await m.save(m.create(Mediator, { username: 'mei', role: 'mediator', passwordHash: 'unused' }));
    const { token, csrfToken } = await createSession(m, mediator.id, now);
    auth = { Cookie: `lotus_session=${token}`, 'X-CSRF-Token': csrfToken };
  });
  afterAll(() => server.close());

  const url = (p = '') => `${server.url}/api/admin/scenes${p}`;
  const create = (body: unknown) => postJson(url(), body, auth);
  const get = (p = '') => request(url(p), { headers: { Cookie: auth.Cookie } });
  const error = (status: number, message: string, code = 'invalid_request') => ({ status, body: { error: { code, message } } });

  it('is for signed-in mediators only, and mutations need the CSRF token', async () => {
    expect(await request(url())).toMatchObject(error(401, 'Please log in first', 'unauthorized'));
    expect(await postJson(url(), { scene: 'c=paris', label: 'x' }, { Cookie: auth.Cookie })).toMatchObject(
      error(403, 'Missing or wrong X-CSRF-Token: reload the page and try again', 'csrf'),
    );
  });

  it('creates a flyer code, audited, and answers with the scene to print', async () => {
    const res = await create({ scene: 'c=paris', label: 'Bus tour Belleville, Nov 2026', code: 'bt2611' });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      code: 'bt2611',
      scene: 'c=paris&f=bt2611',
      target: { kind: 'city', city: 'paris' },
      label: 'Bus tour Belleville, Nov 2026',
      total: 0,
      days: [],
    });
    const audit = await server.deps.db.dataSource.getRepository(AuditEntry).findOneByOrFail({ action: 'scene.create' });
    expect(audit).toMatchObject({ username: 'mei', targetType: 'scene', targetId: 'bt2611', detail: { target: 'c=paris' } });
  });

  it('refuses invalid flyers with the reason', async () => {
    expect(await create({ label: 'x' })).toMatchObject(error(400, 'scene: give the target as c=<city>, a=<article> or p=<page>', 'required'));
    expect(await create({ scene: 'c=paris' })).toMatchObject(error(400, 'label: say where and when the flyer is handed out', 'required'));
    expect(await create({ scene: 'c=paris&f=abcdefghijklmnopqrstuvwxy', label: 'x' })).toMatchObject(error(400, 'scene: a scene is at most 32 characters', 'invalid_format'));
    expect(await create({ scene: 'c=paris%20', label: 'x' })).toMatchObject(
      error(400, "scene: a scene may only use letters, digits and !#$&'()*+,/:;=?@-._~", 'invalid_format'),
    );
    // Each refusal names its code and the field, so the console can say it next to that field.
    expect((await create({ scene: 'c=atlantis', label: 'x' })).body.error).toEqual({ code: 'city_not_found', field: 'scene', message: 'scene: there is no city "atlantis" in the directory' });
    expect((await create({ scene: 'a=no-such-article', label: 'x' })).body.error).toEqual({ code: 'article_not_found', field: 'scene', message: 'scene: there is no published article "no-such-article"' });
    expect((await create({ scene: 'c=paris', label: 'x', code: 'Bad!' })).body.error).toMatchObject({ code: 'invalid_flyer_code', field: 'code' });
    expect((await create({ scene: 'a=pep', label: 'x', code: 'bt2611' })).body.error).toEqual({
      code: 'flyer_code_taken',
      field: 'code',
      message: 'The flyer code "bt2611" is already used by "Bus tour Belleville, Nov 2026"',
    });
  });

  it('lists flyers with their scans per day, and the unknown and no-flyer buckets', async () => {
    const scan = (scene: string) => postJson(`${server.url}/api/scan`, { scene });
    await scan('c=paris&f=bt2611');
    await scan('c=paris&f=bt2611');
    await scan('c=paris&f=forged');
    await scan('c=paris');
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body.data).toMatchObject({
      from: '2026-08-26',
      to: '2026-11-23',
      flyers: [{ code: 'bt2611', total: 2, days: [{ day: '2026-11-23', n: 2 }] }],
      unknown: { total: 1, days: [{ day: '2026-11-23', n: 1 }] },
      withoutFlyer: { total: 1, days: [{ day: '2026-11-23', n: 1 }] },
    });
    const before = await get('?from=2026-11-01&to=2026-11-22');
    expect(before.body.data.flyers[0]).toMatchObject({ total: 2, days: [] });
  });

  it('refuses a bad date range', async () => {
    expect(await get('?from=2026-11-31')).toMatchObject(error(400, 'from: takes a calendar date as YYYY-MM-DD', 'invalid_format'));
    expect(await get('?to=yesterday')).toMatchObject(error(400, 'to: takes a calendar date as YYYY-MM-DD', 'invalid_format'));
    expect(await get('?from=2026-11-23&to=2026-11-01')).toMatchObject(error(400, 'from: must be on or before to'));
    expect(await get('?from=2024-01-01&to=2026-11-01')).toMatchObject(error(400, 'from..to spans at most 366 days'));
  });

  it('refuses to print a code that opens this machine, but makes a test print stamped TEST', async () => {
    // The default H5_URL is 127.0.0.1: a phone scanning the card would reach nothing.
    expect((await get()).body.meta.codes).toEqual({ kind: 'url', base: server.config.H5_URL, reachable: false });
    for (const file of ['/bt2611/qr.png', '/bt2611/flyer.pdf', '/bt2611/flyer.svg']) {
      const res = await get(file);
      expect([file, res.status, res.body.error.code]).toEqual([file, 409, 'flyer_private_address']);
    }
    const pdf = await fetch(url('/bt2611/flyer.pdf?test=1'), { headers: { Cookie: auth.Cookie } });
    expect(pdf.headers.get('content-disposition')).toBe('attachment; filename="lotus-flyer-bt2611-TEST.pdf"');
    expect(pdfText(Buffer.from(await pdf.arrayBuffer()))).toContain('TEST');
  });

  it('serves the QR code and the printable card', async () => {
    const qr = await fetch(url('/bt2611/qr.png?test=1'), { headers: { Cookie: auth.Cookie } });
    expect(qr.headers.get('content-type')).toBe('image/png');
    expect(decodeQr(PNG.sync.read(Buffer.from(await qr.arrayBuffer())))).toBe(`${server.config.H5_URL}?scene=c%3Dparis%26f%3Dbt2611`);

    const pdf = await fetch(url('/bt2611/flyer.pdf?langs=fr,zh-Hans&test=1'), { headers: { Cookie: auth.Cookie } });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe('attachment; filename="lotus-flyer-bt2611-TEST.pdf"');
    const text = pdfText(Buffer.from(await pdf.arrayBuffer()));
    expect(text.indexOf('Scannez')).toBeLessThan(text.indexOf('扫一扫'));

    const svg = await fetch(url('/bt2611/flyer.svg?test=1'), { headers: { Cookie: auth.Cookie } });
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect((await svg.text()).startsWith('<svg')).toBe(true);

    expect(await get('/bt2611/flyer.pdf?langs=de')).toMatchObject(error(400, 'langs: takes zh-Hans and/or fr, comma-separated', 'invalid_format'));
    expect(await get('/bt2611/flyer.pdf?langs=fr,fr')).toMatchObject(error(400, 'langs: names a language twice', 'invalid_format'));
    expect(await get('/zz99/flyer.pdf')).toMatchObject(error(404, 'There is no flyer "zz99"', 'flyer_not_found'));
    expect(await get('/BAD!/qr.png')).toMatchObject(error(400, 'code: is not a flyer code', 'invalid_format'));
  });
});
