import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import type { AppDeps } from '../context';
import type { Db } from '../db/dataSource';
import { JobGiveUp, type EnqueueOptions, type JobDefinition } from './define';

/** pg-boss's tables live in their own schema, created by the JobQueue migration. */
export const JOBS_SCHEMA = 'pgboss';

const PARIS = 'Europe/Paris';

/** How often an idle worker asks for work: a job waits at most this long once its transaction commits. */
const POLL_SECONDS = 2;

/** The options of a queue a definition may set, compared with the database's at start. */
const QUEUE_OPTIONS = ['policy', 'retryLimit', 'retryDelay', 'retryBackoff', 'expireInSeconds', 'retentionMinutes', 'deadLetter'] as const;

/** Time a job still running at shutdown gets to finish before it is failed (and retried elsewhere). */
const STOP_TIMEOUT_MS = 10_000;

interface Executor extends PgBoss.Db {
  /** Resolves once no statement of this executor is running (pg-boss completes jobs without awaiting). */
  idle(): Promise<void>;
}

function tracked(run: (text: string, values?: unknown[]) => Promise<{ rows: unknown[]; rowCount?: number }>): Executor {
  const running = new Set<Promise<unknown>>();
  return {
    executeSql(text: string, values: unknown[]) {
      const p = run(text, values);
      running.add(p);
      const done = () => running.delete(p);
      p.then(done, done);
      return p as Promise<{ rows: never[] }>;
    },
    async idle() {
      while (running.size) await Promise.allSettled([...running]);
    },
  };
}

/**
 * The embedded database is one session, shared with the app's driver and the tools' socket: each
 * statement takes its lock. Statements without values may be several (pg-boss's maintenance runs
 * `BEGIN; …; COMMIT`), which only the simple protocol (`exec`) accepts.
 */
function pgliteExecutor(pglite: NonNullable<Db['pglite']>): Executor {
  return tracked(async (text, values) => {
    if (pglite.instance.closed) throw new Error('the embedded database is closed');
    const release = await pglite.lock.acquire();
    try {
      if (values && values.length) {
        const r = await pglite.instance.query(text, values);
        return { rows: r.rows, rowCount: r.affectedRows };
      }
      const results = await pglite.instance.exec(text);
      const last = results[results.length - 1];
      return { rows: last?.rows ?? [], rowCount: last?.affectedRows };
    } finally {
      release();
    }
  });
}

/**
 * pg-boss statements run inside the caller's transaction: a job sent this way exists only if that
 * transaction commits (an approval rolled back sends nothing).
 */
export function transactionDb(m: EntityManager): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[]) {
      const runner = m.queryRunner;
      if (!runner?.isTransactionActive) throw new Error('jobs are sent inside a transaction: pass the transaction’s entity manager');
      const r = await runner.query(text, values, true);
      return { rows: (r.records ?? []) as never[] };
    },
  };
}

/**
 * Adds a job in the caller's transaction. Its queue is created (with default options, replaced by
 * the definition's at the next start) if no server has created it yet, e.g. in a command's test.
 */
export async function enqueue<T extends object>(m: EntityManager, name: string, data: T, options: EnqueueOptions = {}): Promise<string | null> {
  const boss = new PgBoss({ db: transactionDb(m), schema: JOBS_SCHEMA });
  const send = () => boss.send(name, data, { startAfter: options.startAfter, singletonKey: options.singletonKey });
  const id = await send();
  if (id !== null || options.singletonKey) return id;
  // A standard queue refuses nothing: no id means no such queue.
  await boss.createQueue(name);
  return send();
}

export interface RunningJobs {
  boss: PgBoss;
  /** Adds a job outside any transaction (a transaction's work uses `enqueue(m, …)`). */
  send: <T extends object>(name: string, data: T, options?: EnqueueOptions) => Promise<string | null>;
  /** Stops asking for work, lets running jobs finish (10 s at most), and waits for pg-boss's last statements. */
  stop(): Promise<void>;
}

/**
 * Starts the queue with the server: creates or updates every listed queue, registers its worker and
 * schedule. On PostgreSQL pg-boss has a small pool of its own (several server processes share the
 * queue: each job goes to one of them, `FOR UPDATE SKIP LOCKED`); on the embedded database its
 * statements go through the app's one session.
 */
export async function startJobs(deps: AppDeps, definitions: JobDefinition<never>[]): Promise<RunningJobs> {
  const { db, logger } = deps;
  let executor: Executor | null = null;
  let boss: PgBoss;
  const common = { schema: JOBS_SCHEMA, migrate: true, supervise: true, schedule: definitions.some((d) => d.schedule), pollingIntervalSeconds: POLL_SECONDS };
  if (db.pglite) {
    executor = pgliteExecutor(db.pglite);
    boss = new PgBoss({ ...common, db: executor });
  } else if (deps.config.DATABASE_URL) {
    boss = new PgBoss({ ...common, connectionString: deps.config.DATABASE_URL, max: 3, application_name: 'lotus-jobs' });
  } else {
    throw new Error('the job queue runs in the server process, which holds the database');
  }
  // pg-boss reports failures of its own loops here; without a listener an EventEmitter would throw.
  boss.on('error', (e: Error & { queue?: string }) => logger.error({ queue: e.queue, err: e.message }, 'job queue error'));
  await boss.start();

  // Queues and schedules are written only when missing or changed: most starts find them as they were.
  const queues = new Map((await boss.getQueues()).map((q) => [q.name, q]));
  const schedules = new Map((await boss.getSchedules()).map((x) => [x.name, x]));
  for (const definition of definitions) {
    const queue = { ...definition.queue, name: definition.name };
    const held = queues.get(definition.name);
    if (!held) await boss.createQueue(definition.name, queue);
    else if (QUEUE_OPTIONS.some((k) => (held[k] ?? null) !== ({ policy: 'standard', ...queue }[k] ?? null))) await boss.updateQueue(definition.name, queue);
    const context = (job: PgBoss.JobWithMetadata<object>) => ({
      deps,
      jobId: job.id,
      retryCount: job.retryCount,
      send: <T extends object>(name: string, data: T, options: EnqueueOptions = {}) => boss.send(name, data, options),
    });
    // A batch is worked at once; each job ends on its own (pg-boss completes those still active).
    await boss.work<object>(definition.name, { batchSize: Math.max(1, definition.concurrency ?? 1), includeMetadata: true }, async (batch) => {
      await Promise.all(
        batch.map(async (job) => {
          try {
            await definition.work(job.data as never, context(job));
          } catch (e) {
            if (e instanceof JobGiveUp) {
              logger.warn({ queue: definition.name, reason: e.message }, 'job given up, not retried');
              await boss.cancel(definition.name, job.id);
            } else {
              logger.warn({ queue: definition.name, err: (e as Error).message, attempt: job.retryCount + 1 }, 'job failed');
              await boss.fail(definition.name, job.id, { message: (e as Error).message });
            }
          }
        }),
      );
    });
    if (definition.schedule) {
      const { cron, tz = PARIS, data = {} } = definition.schedule;
      const was = schedules.get(definition.name);
      if (!was || was.cron !== cron || was.options?.tz !== tz || JSON.stringify(was.data ?? {}) !== JSON.stringify(data)) await boss.schedule(definition.name, cron, data, { tz });
    }
  }

  // A schedule taken out of its definition stops too (pg-boss keeps schedules in the database).
  const scheduled = new Set(definitions.filter((d) => d.schedule).map((d) => d.name));
  for (const name of schedules.keys()) if (!scheduled.has(name)) await boss.unschedule(name);

  let stopped: Promise<void> | null = null;
  return {
    boss,
    send: (name, data, options = {}) => boss.send(name, data, options),
    stop() {
      stopped ??= (async () => {
        await boss.stop({ graceful: true, wait: true, timeout: STOP_TIMEOUT_MS, close: true });
        await executor?.idle();
      })();
      return stopped;
    },
  };
}
