import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADVICE } from '../../alerts/advice';
import { engine } from '../../../test/db';
import { postJson } from '../../../test/http';
import { startTestServer, type TestServer } from '../../../test/server';

/** Points 2, 4 and 9 of issue #12: what one person can make a check say, and when. */
describe(`pending reports in public checks on ${engine}`, () => {
  let s: TestServer;
  let now = new Date('2026-11-23T12:00:00Z');
  const later = (hours: number) => (now = new Date(now.getTime() + hours * 3_600_000));
  beforeAll(async () => {
    s = await startTestServer({ env: { TRUST_PROXY: '1', ALERTS_PENDING_DELAY_HOURS: '6', ALERTS_PENDING_CAP: '4', ALERTS_DEVICES_PER_HOUR: '50', ALERTS_CHECKS_PER_HOUR: '50' }, now: () => now });
  });
  afterAll(() => s.close());

  const from = (ip: string) => ({ 'X-Forwarded-For': ip });
  const device = async (ip: string): Promise<string> => {
    const r = await postJson(`${s.url}/api/device`, {}, from(ip));
    expect(r.status).toBe(200);
    return r.body.data.device;
  };
  const report = (value: string, dev: string, ip: string) => postJson(`${s.url}/api/reports`, { kind: 'email', value, category: 'non-payment', device: dev }, from(ip));
  const check = async (value: string) => (await postJson(`${s.url}/api/check`, { kind: 'email', value }, from('192.0.2.200'))).body.data;

  it('issues signed install ids: 44 characters, a held one comes back unchanged, a made-up one is not a source', async () => {
    const d = await device('198.51.100.1');
    expect(d).toMatch(/^[A-Za-z0-9_-]{44}$/);
    expect((await postJson(`${s.url}/api/device`, { device: d }, from('198.51.100.1'))).body.data.device).toBe(d);
    const forged = `${d.slice(0, 22)}${'A'.repeat(22)}`;
    expect((await postJson(`${s.url}/api/device`, { device: forged }, from('198.51.100.1'))).body.data.device).not.toBe(forged);
    // Self-made ids are still accepted, so an old app loses no report, but they never count before moderation.
    for (let i = 0; i < 3; i++) expect((await report('selfmade@client.fr', `selfmade-device-${i}-000000`, `203.0.113.${i + 1}`)).status).toBe(201);
    later(24);
    expect(await check('selfmade@client.fr')).toMatchObject({ reported: false, unconfirmed: 0 });
  });

  it('twenty devices from one address range count as one source: one person cannot make a number look reported', async () => {
    for (let i = 0; i < 20; i++) {
      const d = await device(`198.51.100.${10 + i}`);
      expect((await report('many@client.fr', d, `198.51.100.${10 + i}`)).status).toBe(201);
    }
    later(24);
    expect(await check('many@client.fr')).toMatchObject({ reported: false, count: 0, unconfirmed: 0 });
  });

  it('two independent sources show as "mentioned, not yet checked", only hours later, never with a level', async () => {
    const a = await device('203.0.113.50');
    const b = await device('192.0.2.50');
    expect((await report('two@client.fr', a, '203.0.113.50')).status).toBe(201);
    expect((await report('two@client.fr', b, '192.0.2.50')).status).toBe(201);
    expect(await check('two@client.fr')).toMatchObject({ reported: false, unconfirmed: 0 });
    later(5.9);
    expect(await check('two@client.fr')).toMatchObject({ reported: false, unconfirmed: 0 });
    later(6.2);
    expect(await check('two@client.fr')).toEqual({
      reported: true, count: 0, unconfirmed: 2, categories: [], level: null, lastReported: null, advice: ADVICE.unconfirmed['zh-Hans'],
    });
  });

  it('spreads visibility over hours at random, so a check cannot time a report', async () => {
    for (let i = 0; i < 12; i++) {
      const ip = `203.0.113.${60 + i}`;
      expect((await report(`jitter${i}@client.fr`, await device(ip), ip)).status).toBe(201);
    }
    const rows: Array<{ created_at: Date; visible_at: Date }> = await s.deps.db.dataSource.query(
      `SELECT created_at, visible_at FROM reports WHERE created_at = $1 AND visible_at IS NOT NULL`,
      [now],
    );
    const delays = rows.map((r) => (new Date(r.visible_at).getTime() - new Date(r.created_at).getTime()) / 3_600_000);
    expect(delays).toHaveLength(12);
    for (const h of delays) expect(h).toBeGreaterThanOrEqual(6), expect(h).toBeLessThan(12);
    expect(new Set(delays.map((h) => h.toFixed(3))).size).toBeGreaterThan(6);
  });

  it('flags a burst about one identifier past the daily cap for moderators, and stops counting it', async () => {
    for (let i = 0; i < 5; i++) {
      const ip = `${100 + i}.51.100.7`;
      expect((await report('burst@client.fr', await device(ip), ip)).status).toBe(201);
    }
    const flags: Array<{ flagged: boolean }> = await s.deps.db.dataSource.query(
      `SELECT flagged FROM reports WHERE masked = 'b•••@c•••.fr'`,
    );
    expect(flags.map((f) => f.flagged)).toEqual([true, true, true, true, true]);
    later(24);
    expect(await check('burst@client.fr')).toMatchObject({ reported: false, unconfirmed: 0 });
    expect(s.logs.join('')).toContain('flagged for moderators');
    expect(s.logs.join('')).not.toContain('burst');
  });

  it('keys check limits by install id first: people behind one shared address are not locked out together', async () => {
    const shared = '198.51.100.250';
    const phones = await Promise.all(Array.from({ length: 3 }, () => device(shared)));
    const checkAs = (d: string | undefined) => postJson(`${s.url}/api/check`, { kind: 'email', value: 'nat@client.fr', device: d }, from(shared));
    for (let i = 0; i < 50; i++) expect((await checkAs(phones[0])).status).toBe(200);
    expect((await checkAs(phones[0])).status).toBe(429);
    expect((await checkAs(phones[1])).status).toBe(200);
    expect((await checkAs(phones[2])).status).toBe(200);
    // Without an install id, the address alone carries the tight limit.
    for (let i = 0; i < 50; i++) expect((await checkAs(undefined)).status).toBe(200);
    expect((await checkAs(undefined)).status).toBe(429);
  });
});
