import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ADVICE } from '../../alerts/advice';
import { alertsStartup } from '../../alerts/startupTask';
import { hitCounter } from '../../quota/counter';
import { engine } from '../../../test/db';
import { postJson, request } from '../../../test/http';
import { startTestServer, type TestServer } from '../../../test/server';

const DEVICE_A = 'device-aaaaaaaaaaaaaaaa';
const DEVICE_B = 'device-bbbbbbbbbbbbbbbb';
const REFERENCE = /^([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}$/;

describe(`POST and DELETE /api/reports on ${engine}`, () => {
  let s: TestServer;
  let now = new Date('2026-11-23T12:00:00Z');
  let ip = 0;
  beforeAll(async () => {
    s = await startTestServer({ env: { TRUST_PROXY: '1', ALERTS_REPORTS_PER_HOUR: '3' }, now: () => now });
  });
  beforeEach(() => {
    now = new Date('2026-11-23T12:00:00Z');
  });
  afterAll(() => s.close());

  const from = () => ({ 'X-Forwarded-For': `10.2.0.${++ip}` });
  /** From a new device and address unless told, so one test's quotas do not spill into the next; 'non-payment' unless told. */
  const report = (body: Record<string, unknown>, headers = from()) =>
    postJson(
      `${s.url}/api/reports`,
      { ...('category' in body || 'categories' in body ? {} : { categories: ['non-payment'] }), device: `device-${++ip}-000000000000`, ...body },
      headers,
    );
  const check = async (kind: string, value: string, extra: Record<string, unknown> = {}) => {
    const r = await postJson(`${s.url}/api/check`, { kind, value, ...extra }, from());
    expect(r.status).toBe(200);
    return r.body.data;
  };
  const approveAll = () => s.deps.db.dataSource.query(`UPDATE reports SET status = 'approved', decided_at = now() WHERE status = 'pending'`);

  it('stores a pending report and answers the reference once; one pending report alone never shows in a check', async () => {
    const r = await report({ kind: 'phone', value: '06 12 34 56 78', device: DEVICE_A, level: 'dangerous', city: 'paris', month: '2026-10', details: 'n’a pas payé' });
    expect(r.status).toBe(201);
    expect(r.body.data.reference).toMatch(REFERENCE);
    expect(Object.keys(r.body.data)).toEqual(['reference']);
    // When pending reports do show is pending.test.ts's subject: two independent sources, hours later.
    expect(await check('phone', '+33 6 12 34 56 78')).toEqual({
      reported: false, count: 0, unconfirmed: 0, categories: [], level: null, lastReported: null, advice: ADVICE.none['zh-Hans'],
    });
  });

  it('counts approved reports once per device, whatever spelling each used', async () => {
    await report({ kind: 'phone', value: '0033612345678', device: DEVICE_A, categories: ['violence'], level: 'risky' });
    await report({ kind: 'phone', value: '06.12.34.56.78', device: DEVICE_B, categories: ['robbery'], level: 'annoying', month: '2026-11' });
    await approveAll();
    expect(await check('phone', '06 12 34 56 78', { lang: 'fr' })).toEqual({
      reported: true, count: 2, unconfirmed: 0, categories: ['violence', 'robbery', 'non-payment'], level: 'dangerous', lastReported: '2026-11', advice: ADVICE.dangerous.fr,
    });
  });

  it('treats every way of writing plates, WeChat IDs, emails and Chinese mobiles as one', async () => {
    const cases: Array<[string, string, string, Record<string, unknown>?]> = [
      ['plate', 'AB 123 CD', 'ab-123-cd'],
      ['plate', '123 ABC 75', '123abc75'],
      ['wechat', 'WxBadGuy_88', 'wxbadguy_88'],
      ['email', ' Bad.Client@Example.com', 'bad.client@example.COM'],
      ['phone', '+86 138 0013 8000', '13800138000', { region: 'CN' }],
    ];
    for (const [kind, reported, checked, extra] of cases) {
      expect((await report({ kind, value: reported })).status).toBe(201);
      await approveAll();
      expect(await check(kind, checked, extra)).toMatchObject({ reported: true, count: 1, categories: ['non-payment'], level: 'risky', lastReported: '2026-11' });
    }
  });

  it('refuses bad reports with a 400 that says what to send', async () => {
    const cases: Array<[Record<string, unknown>, string, string, string]> = [
      [{ kind: 'phone', value: '12' }, 'invalid_phone', 'value', 'value is not a phone number we recognise: write it like 06 12 34 56 78, or with its country code like +86 138 0013 8000'],
      [{ kind: 'phone', value: ' ' }, 'required', 'value', 'value is required'],
      [{ kind: 'email', value: 'a@b.fr', categories: ['violence', 'rude'] }, 'invalid_choice', 'categories.1', 'categories.1: category must be one of violence, robbery, non-payment, harassment, refuses-tools, stealthing, fake-client, other'],
      [{ kind: 'email', value: 'a@b.fr', category: 'rude' }, 'invalid_choice', 'category', 'category must be one of violence, robbery, non-payment, harassment, refuses-tools, stealthing, fake-client, other'],
      [{ kind: 'email', value: 'a@b.fr', categories: [] }, 'no_category', 'categories', 'categories must name at least one category'],
      [{ kind: 'email', value: 'a@b.fr', categories: undefined }, 'no_category', 'categories', 'categories must name at least one category'],
      [{ kind: 'email', value: 'a@b.fr', categories: 'violence' }, 'invalid_format', 'categories', 'categories must be a list of categories'],
      [{ kind: 'email', value: 'a@b.fr', level: 'deadly' }, 'invalid_choice', 'level', 'level must be one of dangerous, risky, annoying'],
      [{ kind: 'email', value: 'a@b.fr', month: '2026-12' }, 'month_in_future', 'month', 'month cannot be in the future'],
      [{ kind: 'email', value: 'a@b.fr', month: '2024-11' }, 'month_too_old', 'month', 'month must be 2024-12 or later: older reports are not kept'],
      [{ kind: 'email', value: 'a@b.fr', month: '11/2026' }, 'invalid_month', 'month', 'month must be written YYYY-MM'],
      [{ kind: 'email', value: 'a@b.fr', city: 'Paris 13e' }, 'invalid_format', 'city', 'city must be a city slug such as paris'],
      [{ kind: 'email', value: 'a@b.fr', details: 'x'.repeat(1001) }, 'too_long', 'details', 'details must be at most 1000 characters'],
      [{ kind: 'email', value: 'a@b.fr', device: undefined }, 'required', 'device', 'device: Invalid input: expected string, received undefined'],
      [{ kind: 'email', value: 'a@b.fr', device: 'short' }, 'invalid_device', 'device', 'device must be 16 to 64 letters, digits, _ or -'],
    ];
    for (const [body, code, field, message] of cases) {
      const r = await report(body);
      expect([r.status, r.body]).toEqual([400, { error: { code, field, message } }]);
    }
  });

  it('takes several categories, each once and in a stable order; a check shows every category of the approved reports', async () => {
    const first = await report({ kind: 'wechat', value: 'multiCat01', categories: ['stealthing', 'violence', 'stealthing'], level: 'dangerous' });
    expect(first.status).toBe(201);
    const pending = await s.deps.db.dataSource.query(`SELECT categories FROM reports WHERE kind = 'wechat' AND status = 'pending'`);
    expect(pending.map((r: { categories: string[] }) => r.categories)).toEqual([['violence', 'stealthing']]);
    // An older app's single `category` is read as one category, alongside the new reports.
    expect((await report({ kind: 'wechat', value: 'multicat01', category: 'robbery' })).status).toBe(201);
    // A pending report adds nothing to what a check shows until a moderator approves it.
    await approveAll();
    expect((await report({ kind: 'wechat', value: 'multicat01', categories: ['harassment'] })).status).toBe(201);
    expect(await check('wechat', 'MultiCat01')).toMatchObject({ reported: true, count: 2, categories: ['violence', 'robbery', 'stealthing'], level: 'dangerous' });
  });

  it('accepts the single `category` an older app (or a report queued on her phone by one) sends', async () => {
    const r = await report({ kind: 'email', value: 'legacy@client.fr', category: 'fake-client' });
    expect(r.status).toBe(201);
    await approveAll();
    expect(await check('email', 'legacy@client.fr')).toMatchObject({ reported: true, count: 1, categories: ['fake-client'] });
  });

  it('lets the reporter withdraw with the reference alone, after which the report no longer counts', async () => {
    const created = await report({ kind: 'wechat', value: 'withdrawme1' });
    const other = await report({ kind: 'wechat', value: 'withdrawme1' });
    await approveAll();
    expect((await check('wechat', 'withdrawme1')).count).toBe(2);
    const ref: string = created.body.data.reference;
    const r = await request(`${s.url}/api/reports/${ref.toLowerCase()}`, { method: 'DELETE', headers: from() });
    expect(r.status).toBe(204);
    expect((await check('wechat', 'withdrawme1')).count).toBe(1);
    const again = await request(`${s.url}/api/reports/${ref}`, { method: 'DELETE', headers: from() });
    expect([again.status, again.body]).toEqual([404, { error: { code: 'report_not_found', message: 'No report has this reference: it may have been withdrawn already or have expired' } }]);
    const bad = await request(`${s.url}/api/reports/nope`, { method: 'DELETE', headers: from() });
    expect([bad.status, bad.body.error]).toEqual([
      400,
      { code: 'invalid_reference', field: 'reference', message: 'reference must be the code shown when the report was sent, like 7KQM-3XPA-9D2F-H8RT-C4WN' },
    ]);
    expect((await request(`${s.url}/api/reports/${other.body.data.reference}`, { method: 'DELETE', headers: from() })).status).toBe(204);
    expect(await check('wechat', 'withdrawme1')).toMatchObject({ reported: false, count: 0 });
  });

  it('limits reports per device and per address with 429 and Retry-After', async () => {
    now = new Date('2026-11-23T12:45:00Z');
    const device = (await postJson(`${s.url}/api/device`, {}, from())).body.data.device;
    for (let i = 0; i < 3; i++) expect((await report({ kind: 'email', value: `x${i}@limit.fr`, device })).status).toBe(201);
    const r = await report({ kind: 'email', value: 'x9@limit.fr', device });
    expect([r.status, r.headers.get('retry-after'), r.body.error.message]).toEqual([429, '900', 'Too many requests: try again in 15 minute(s)']);
    const sameIp = { 'X-Forwarded-For': '10.9.9.9' };
    for (let i = 0; i < 3; i++) expect((await report({ kind: 'email', value: `y${i}@limit.fr`, device: `device-ip-${i}-0000000000` }, sameIp)).status).toBe(201);
    expect((await report({ kind: 'email', value: 'y9@limit.fr', device: 'device-ip-9-0000000000' }, sameIp)).status).toBe(429);
    now = new Date('2026-11-23T13:00:00Z');
    expect((await report({ kind: 'email', value: 'x9@limit.fr', device })).status).toBe(201);
  });

  it('writes a report whole or not at all: a failure half-way leaves neither the report nor its quota hit', async () => {
    const ds = s.deps.db.dataSource;
    const count = async () => (await ds.query(`SELECT (SELECT count(*) FROM reports) AS r, (SELECT coalesce(sum(hits), 0) FROM rate_limits) AS h`))[0];
    // The checks' counts, kept in memory, are written now rather than by a flush during the test.
    await hitCounter(s.deps.db, s.deps.logger).flush();
    const before = await count();
    // The quota row is written first in the transaction; this makes the report insert after it fail.
    await ds.query(`ALTER TABLE reports ADD CONSTRAINT test_half_way CHECK (city IS DISTINCT FROM 'fail-here')`);
    try {
      const r = await report({ kind: 'email', value: 'half@way.fr', city: 'fail-here' });
      expect([r.status, r.body.error.code]).toEqual([500, 'internal']);
    } finally {
      await ds.query(`ALTER TABLE reports DROP CONSTRAINT test_half_way`);
    }
    expect(await count()).toEqual(before);
  });

  it('stops counting reports once they expire, and the start-up task purges them', async () => {
    await report({ kind: 'plate', value: 'EX-001-PI' });
    await approveAll();
    now = new Date('2028-11-23T11:59:00Z');
    expect((await check('plate', 'EX001PI')).count).toBe(1);
    now = new Date('2028-11-23T12:00:00Z');
    expect(await check('plate', 'EX001PI')).toMatchObject({ reported: false, count: 0 });
    const ds = s.deps.db.dataSource;
    const before = (await ds.query(`SELECT count(*) AS n FROM reports`))[0].n;
    await alertsStartup(s.deps);
    const after = (await ds.query(`SELECT count(*) AS n FROM reports`))[0].n;
    expect(before).toBeGreaterThan(after);
    expect((await ds.query(`SELECT count(*) AS n FROM reports WHERE created_at <= '2026-11-23T12:00:00Z'`))[0].n).toBe(0);
  });
});
