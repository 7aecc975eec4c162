import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADVICE } from '../../alerts/advice';
import { hitCounter } from '../../quota/counter';
import { engine } from '../../../test/db';
import { postJson } from '../../../test/http';
import { startTestServer, type TestServer } from '../../../test/server';

describe(`POST /api/check on ${engine}`, () => {
  let s: TestServer;
  let now = new Date('2026-11-23T12:20:00Z');
  beforeAll(async () => {
    s = await startTestServer({ env: { ALERTS_CHECKS_PER_HOUR: '4', TRUST_PROXY: '1' }, now: () => now });
  });
  afterAll(() => s.close());

  let ip = 0;
  /** A new client address per call unless told, so the limits of one test do not spill into the next. */
  const check = (body: unknown, from = `10.0.0.${++ip}`) => postJson(`${s.url}/api/check`, body, { 'X-Forwarded-For': from });

  it('answers an unknown identifier with nothing reported and advice in the asked language, Chinese by default', async () => {
    const r = await check({ kind: 'phone', value: '06 12 34 56 78' });
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.body).toEqual({
      data: { reported: false, count: 0, unconfirmed: 0, categories: [], level: null, lastReported: null, advice: ADVICE.none['zh-Hans'] },
    });
    expect((await check({ kind: 'email', value: 'a@b.fr', lang: 'fr' })).body.data.advice).toBe(ADVICE.none.fr);
    for (const lang of ['es', 'pt', 'ro', 'bg'] as const) {
      expect((await check({ kind: 'email', value: 'a@b.fr', lang })).body.data.advice, lang).toBe(ADVICE.none[lang]);
    }
  });

  it('says what a valid identifier looks like, never a 500', async () => {
    const cases: Array<[unknown, string, string | undefined, string]> = [
      [{ kind: 'phone', value: '12' }, 'invalid_phone', 'value', 'value is not a phone number we recognise: write it like 06 12 34 56 78, or with its country code like +86 138 0013 8000'],
      [{ kind: 'phone', value: '06 12 34 56 7' }, 'invalid_phone', 'value', 'value is not a phone number we recognise: write it like 06 12 34 56 78, or with its country code like +86 138 0013 8000'],
      [{ kind: 'plate', value: '!' }, 'invalid_plate', 'value', 'value is not a licence plate: write it like AB-123-CD or 123 ABC 75, or as 2 to 10 letters and digits for other countries'],
      [{ kind: 'wechat', value: '1abcdef' }, 'invalid_wechat', 'value', 'value is not a WeChat ID: 6 to 20 letters, digits, _ or -, starting with a letter'],
      [{ kind: 'email', value: 'nobody' }, 'invalid_email', 'value', 'value is not an email address: write it like name@example.com'],
      [{ kind: 'fax', value: '1' }, 'invalid_choice', 'kind', 'kind must be one of phone, wechat, plate, email'],
      [{ kind: 'phone' }, 'required', 'value', 'value is required'],
      [{ kind: 'phone', value: '0612345678', device: 'short' }, 'invalid_device', 'device', 'device must be 16 to 64 letters, digits, _ or -'],
      ['not an object', 'invalid_json', undefined, 'The request body is not valid JSON'],
      [[1], 'invalid_request', undefined, 'Invalid input: expected object, received array'],
    ];
    for (const [body, code, field, message] of cases) {
      const r = await check(body);
      expect([r.status, r.body]).toEqual([400, { error: field ? { code, field, message } : { code, message } }]);
    }
  });

  it('limits checks per IP address with 429 and Retry-After until the hour ends', async () => {
    for (let i = 0; i < 4; i++) expect((await check({ kind: 'wechat', value: 'wxsomeone1' }, '10.1.1.1')).status).toBe(200);
    const r = await check({ kind: 'wechat', value: 'wxsomeone1' }, '10.1.1.1');
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('2400');
    expect(r.body).toEqual({ error: { code: 'rate_limited', message: 'Too many requests: try again in 40 minute(s)' } });
    expect((await check({ kind: 'wechat', value: 'wxsomeone1' }, '10.1.1.2')).status).toBe(200);
    now = new Date('2026-11-23T13:00:00Z');
    expect((await check({ kind: 'wechat', value: 'wxsomeone1' }, '10.1.1.1')).status).toBe(200);
    now = new Date('2026-11-23T12:20:00Z');
  });

  it('limits checks per device too, whatever address they come from', async () => {
    const issue = async () => (await postJson(`${s.url}/api/device`, {}, { 'X-Forwarded-For': `10.3.0.${++ip}` })).body.data.device as string;
    const device = await issue();
    for (let i = 0; i < 4; i++) expect((await check({ kind: 'wechat', value: 'wxsomeone1', device })).status).toBe(200);
    expect((await check({ kind: 'wechat', value: 'wxsomeone1', device })).status).toBe(429);
    expect((await check({ kind: 'wechat', value: 'wxsomeone1', device: await issue() })).status).toBe(200);
  });

  it('stores addresses and devices only as keyed hashes', async () => {
    await hitCounter(s.deps.db, s.deps.logger).flush();
    const rows: Array<{ key: string }> = await s.deps.db.dataSource.query('SELECT key FROM rate_limits');
    expect(rows.length).toBeGreaterThan(5);
    for (const { key } of rows) expect(key).toMatch(/^(check|device):((ip|anon):[0-9a-f]{64}|device:[0-9a-f]{32})$/);
  });
});
