import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../../test/db';
import { startTestServer, type TestServer } from '../../test/server';
import { Digest } from '../entities';
import { WEEKLY_DIGEST } from './job';
import { seedReport } from './testSeed';

async function until(check: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe(`weekly digest job on ${engine}`, () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ now: () => new Date('2026-11-30T06:00:00Z') });
    await s.deps.db.dataSource.transaction((m) => seedReport(m, { categories: ['robbery'], level: 'dangerous', city: 'lyon', decidedAt: new Date('2026-11-25T10:00:00Z') }));
  }, 120_000);
  afterAll(() => s.close());

  it('is scheduled for Monday 07:00 in Paris and drafts the week just ended, waiting for a mediator', async () => {
    const schedules = await s.jobs.boss.getSchedules();
    expect(schedules.find((x) => x.name === WEEKLY_DIGEST)).toMatchObject({ cron: '0 7 * * 1', timezone: 'Europe/Paris' });
    await s.jobs.send(WEEKLY_DIGEST, {});
    const digests = s.deps.db.dataSource.getRepository(Digest);
    await until(async () => (await digests.count()) > 0);
    expect(await digests.find({ select: { city: true, weekStart: true, status: true } })).toEqual([{ city: 'lyon', weekStart: '2026-11-23', status: 'draft' }]);
  });
});
