import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, engine, type TestDb } from '../../test/db';
import { captureLogger } from '../../test/server';
import { loadConfig } from '../config';
import type { AppDeps } from '../context';
import { defineJob, JobGiveUp } from './define';
import { enqueue, startJobs, type RunningJobs } from './queue';
import { splitStatements } from './schema';

const until = async (check: () => boolean | Promise<boolean>, ms = 30_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe(`job queue (pg-boss) on ${engine}`, () => {
  let db: TestDb;
  let jobs: RunningJobs;
  const done: string[] = [];
  const attempts = new Map<string, number>();
  const { logger, lines } = captureLogger();

  const echo = defineJob<{ word: string }>({
    name: 'test-echo',
    async work({ word }) {
      done.push(word);
    },
  });
  const flaky = defineJob<{ word: string }>({
    name: 'test-flaky',
    queue: { retryLimit: 3, retryDelay: 1 },
    async work({ word }, { retryCount }) {
      attempts.set(word, retryCount + 1);
      if (word === 'never') throw new JobGiveUp('bad input');
      if (retryCount < 1) throw new Error('first attempt fails');
      done.push(`${word} after ${retryCount + 1}`);
    },
  });
  const weekly = defineJob({ name: 'test-weekly', schedule: { cron: '0 8 * * 1' }, async work() {} });

  beforeAll(async () => {
    db = await createTestDb();
    const config = loadConfig({ NODE_ENV: 'test', ...db.env });
    const deps: AppDeps = { config, db, logger, now: () => new Date() };
    jobs = await startJobs(deps, [echo, flaky, weekly] as never[]);
  });
  afterAll(async () => {
    await jobs?.stop();
    await db?.close();
  });

  it('runs a job sent in a transaction only once that transaction commits', async () => {
    await db.dataSource
      .transaction(async (m) => {
        await enqueue(m, 'test-echo', { word: 'rolled back' });
        throw new Error('approval failed');
      })
      .catch(() => {});
    await db.dataSource.transaction((m) => enqueue(m, 'test-echo', { word: 'committed' }));
    await until(() => done.includes('committed'));
    // The rolled-back one never existed: the committed one, sent after it, already ran.
    const rows: Array<{ n: number }> = await db.dataSource.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'test-echo'`);
    expect(rows[0].n).toBe(1);
    expect(done).not.toContain('rolled back');
  });

  it('retries a failed attempt, and gives up at once on JobGiveUp', async () => {
    await db.dataSource.transaction(async (m) => {
      await enqueue(m, 'test-flaky', { word: 'retried' });
      await enqueue(m, 'test-flaky', { word: 'never' });
    });
    await until(() => done.includes('retried after 2'));
    await until(async () => {
      const rows: Array<{ state: string }> = await db.dataSource.query(`SELECT state FROM pgboss.job WHERE name = 'test-flaky' AND data->>'word' = 'never'`);
      return rows[0]?.state === 'cancelled';
    });
    expect(attempts.get('never')).toBe(1);
    expect(lines.join('')).toContain('job given up, not retried');
  });

  it('keeps the schedules of the definitions, and only those', async () => {
    expect((await jobs.boss.getSchedules()).map((s) => [s.name, s.cron, s.options?.tz])).toEqual([['test-weekly', '0 8 * * 1', 'Europe/Paris']]);
  });

  it("runs pg-boss's maintenance (expiry, archive, deletion: several statements in one) on this engine", async () => {
    await jobs.boss.maintain();
    expect(lines.join('')).not.toContain('job queue error');
  });

  it('at the next start, takes a changed definition: queue options updated, a schedule taken out removed', async () => {
    await jobs.stop();
    const config = loadConfig({ NODE_ENV: 'test', ...db.env });
    jobs = await startJobs({ config, db, logger, now: () => new Date() }, [echo, { ...flaky, queue: { retryLimit: 5, retryDelay: 1 } }] as never[]);
    const queues = await jobs.boss.getQueues();
    expect(queues.find((q) => q.name === 'test-flaky')?.retryLimit).toBe(5);
    expect(await jobs.boss.getSchedules()).toEqual([]);
  });

  it('enqueues into a queue no server created yet (a command run on its own)', async () => {
    await db.dataSource.transaction((m) => enqueue(m, 'test-unregistered', { word: 'x' }));
    const rows: Array<{ n: number }> = await db.dataSource.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'test-unregistered'`);
    expect(rows[0].n).toBe(1);
  });
});

describe('splitStatements', () => {
  it('splits at semicolons outside quotes and dollar-quoted bodies', () => {
    expect(splitStatements(`SELECT 'a;b'; CREATE FUNCTION f() RETURNS void AS $$ BEGIN PERFORM 1; END; $$ LANGUAGE plpgsql;\n  ;SELECT 2`)).toEqual([
      `SELECT 'a;b'`,
      'CREATE FUNCTION f() RETURNS void AS $$ BEGIN PERFORM 1; END; $$ LANGUAGE plpgsql',
      'SELECT 2',
    ]);
  });
});
