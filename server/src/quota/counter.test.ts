import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../../test/db';
import { postJson } from '../../test/http';
import { startTestServer, type TestServer } from '../../test/server';
import { HitCounter, hitCounter } from './counter';
import type { Limit } from './limits';

const NOW = new Date('2026-11-23T12:20:00Z');
const LIMIT = 4;

/** Hits until the first refusal (at most `max`); how many were admitted. */
function admitted(counter: HitCounter, limits: Limit[], max = 100): number {
  for (let n = 0; n < max; n++) {
    try {
      counter.hit(limits, NOW);
    } catch {
      return n;
    }
  }
  return max;
}

describe(`rate-limit counts kept in memory and shared through ${engine}`, () => {
  let s: TestServer;
  const counters: HitCounter[] = [];
  /** A second counter on the same database stands for another process; flushed only when a test says so. */
  const another = () => {
    const c = new HitCounter(s.deps.db, s.deps.logger, 3_600_000);
    counters.push(c);
    return c;
  };
  const total = async (key: string): Promise<number> =>
    Number((await s.deps.db.dataSource.query(`SELECT coalesce(sum(hits), 0) AS n FROM rate_limits WHERE key = $1`, [key]))[0].n);

  beforeAll(async () => {
    s = await startTestServer({ env: { ALERTS_CHECKS_PER_HOUR: String(LIMIT), TRUST_PROXY: '1' }, now: () => NOW });
  });
  afterAll(async () => {
    for (const c of counters) await c.close();
    await s.close();
  });

  it('is exact in one process, even for requests sent all at once', async () => {
    const from = { 'X-Forwarded-For': '10.20.0.1' };
    const device = (await postJson(`${s.url}/api/device`, {}, from)).body.data.device as string;
    const statuses = await Promise.all(Array.from({ length: 12 }, () => postJson(`${s.url}/api/check`, { kind: 'wechat', value: 'wxexact01', device }, from)));
    expect(statuses.map((r) => r.status).sort()).toEqual([...Array(LIMIT).fill(200), ...Array(12 - LIMIT).fill(429)]);
    await hitCounter(s.deps.db, s.deps.logger).flush();
    // Refused requests are not counted: the address's looser limit is not spent by them.
    const rows: Array<{ key: string; hits: number }> = await s.deps.db.dataSource.query(`SELECT key, hits FROM rate_limits WHERE key LIKE 'check:%'`);
    expect(rows.map((r) => Number(r.hits))).toEqual([LIMIT, LIMIT]);
  });

  it('reads back the hits of other processes at each flush and refuses on their count', async () => {
    const [a, b] = [another(), another()];
    const limits = [{ key: 'check:device:readback', perHour: LIMIT }];
    b.hit(limits, NOW);
    await b.flush();
    for (let i = 0; i < LIMIT - 1; i++) a.hit(limits, NOW);
    await a.flush();
    await b.flush();
    expect(() => b.hit(limits, NOW)).toThrow('Too many requests');
    expect(() => a.hit(limits, NOW)).toThrow('Too many requests');
    expect(await total('check:device:readback')).toBe(LIMIT);
  });

  it('lets two processes exceed a limit by at most what the other admitted within one flush interval', async () => {
    const [a, b] = [another(), another()];
    const limits = [{ key: 'check:device:burst', perHour: LIMIT }];
    // The worst case: a burst split across both before either has flushed. Each admits at most the
    // limit, so the excess is at most (processes − 1) × limit.
    const first = admitted(a, limits) + admitted(b, limits);
    expect(first).toBe(2 * LIMIT);
    await a.flush();
    await b.flush();
    await a.flush();
    expect(admitted(a, limits) + admitted(b, limits)).toBe(0);
    expect(await total('check:device:burst')).toBe(2 * LIMIT);
  });

  it('writes the hits not flushed yet when it closes', async () => {
    const c = another();
    const limits = [{ key: 'check:device:closing', perHour: LIMIT }];
    c.hit(limits, NOW);
    c.hit(limits, NOW);
    await c.close();
    expect(await total('check:device:closing')).toBe(2);
  });

  it('counts each hour apart and says when the next one starts', async () => {
    const c = another();
    const limits = [{ key: 'check:device:hourly', perHour: 1 }];
    c.hit(limits, NOW);
    expect(() => c.hit(limits, NOW)).toThrow(expect.objectContaining({ status: 429, headers: { 'Retry-After': '2400' } }));
    c.hit(limits, new Date('2026-11-23T13:00:00Z'));
  });
});

describe.skipIf(engine !== 'postgres')('two server processes on one PostgreSQL database', () => {
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    a = await startTestServer({ env: { ALERTS_CHECKS_PER_HOUR: String(LIMIT), TRUST_PROXY: '1' }, now: () => NOW });
    b = await startTestServer({ env: { ALERTS_CHECKS_PER_HOUR: String(LIMIT), TRUST_PROXY: '1', DATABASE_URL: a.config.DATABASE_URL! }, now: () => NOW });
  }, 120_000);
  let bOpen = true;
  afterAll(async () => {
    if (bOpen) await b?.close();
    await a?.close();
  });

  it('still enforce a check limit, within the stated tolerance, once each has flushed', async () => {
    const from = { 'X-Forwarded-For': '10.30.0.1' };
    const device = (await postJson(`${a.url}/api/device`, {}, from)).body.data.device as string;
    const check = (s: TestServer) => postJson(`${s.url}/api/check`, { kind: 'wechat', value: 'wxshared01', device }, from);
    let ok = 0;
    // Alternating, as behind a load balancer; a flush may land anywhere in the loop, which only tightens it.
    for (let i = 0; i < 6 * LIMIT; i++) if ((await check(i % 2 ? b : a)).status === 200) ok += 1;
    expect(ok).toBeGreaterThanOrEqual(LIMIT);
    expect(ok).toBeLessThanOrEqual(LIMIT + (2 - 1) * LIMIT);
    const flushAll = () => Promise.all([a, b].map((s) => hitCounter(s.deps.db, s.deps.logger).flush()));
    await flushAll();
    await flushAll();
    expect([(await check(a)).status, (await check(b)).status]).toEqual([429, 429]);
    const [row] = await a.deps.db.dataSource.query(`SELECT sum(hits) AS n FROM rate_limits WHERE key LIKE 'check:device:%'`);
    expect(Number(row.n)).toBe(ok);
  });

  it('writes the hits of the last second when a server stops gracefully', async () => {
    const r = await postJson(`${b.url}/api/check`, { kind: 'wechat', value: 'wxclosing1' }, { 'X-Forwarded-For': '10.30.9.9' });
    expect(r.status).toBe(200);
    bOpen = false;
    await b.close();
    const [row] = await a.deps.db.dataSource.query(`SELECT count(*) AS n FROM rate_limits WHERE key LIKE 'check:anon:%' AND hits = 1`);
    expect(Number(row.n)).toBe(1);
  });
});
