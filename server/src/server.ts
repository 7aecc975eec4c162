import fs from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import { createApp } from './app';
import type { Config } from './config';
import type { AppDeps } from './context';
import { openDb, type Db } from './db/dataSource';
import { DataDirLockedError, lockDataDir } from './db/lock';
import { servePgliteSocket, SOCKET_NAME, type PgliteSocketServer } from './db/pgliteSocket';
import { clientErrorHandler } from './middleware/hardening';
import { importContent } from './content/importer';
import { loadContent } from './content/loader';
import type { Logger } from './logger';
import { Article, City } from './entities';
import { startupTasks } from './startup';
import { changeWatch, stopChangeWatch } from './snapshot/watch';
import { closeHitCounter } from './quota/counter';
import { jobDefinitions } from './jobs/registry';
import { startJobs, type RunningJobs } from './jobs/queue';

export interface Running {
  server: Server;
  deps: AppDeps;
  port: number;
  /** The job queue (pg-boss) this process works. */
  jobs: RunningJobs;
  close(): Promise<void>;
}

/** How long a tool waits for the socket of a server that holds DATA_DIR but is still starting. */
const SOCKET_WAIT_MS = 120_000;

async function runningServerSocket(config: Config, locked: DataDirLockedError, waiting?: () => void): Promise<Db> {
  const socket = path.join(config.DATA_DIR, SOCKET_NAME);
  const until = Date.now() + SOCKET_WAIT_MS;
  if (!fs.existsSync(socket)) waiting?.();
  while (!fs.existsSync(socket)) {
    if (Date.now() > until) throw locked;
    await new Promise((r) => setTimeout(r, 250));
  }
  return openDb({ socketDir: config.DATA_DIR });
}

/**
 * The configured database. On the embedded one, the data folder's lock is taken; `shareRunning`
 * (the command-line tools) connects instead through the socket of the server that holds it, waiting
 * (and saying so through `waiting`) while that server is still starting.
 */
export async function openConfiguredDb(
  config: Config,
  options: { shareRunning?: boolean; waiting?: () => void } = {},
): Promise<{ db: Db; unlock: () => void; viaServer?: boolean }> {
  if (config.DATABASE_URL) return { db: await openDb({ databaseUrl: config.DATABASE_URL }), unlock: () => {} };
  let unlock: () => void;
  try {
    unlock = lockDataDir(config.DATA_DIR);
  } catch (e) {
    if (options.shareRunning && e instanceof DataDirLockedError) return { db: await runningServerSocket(config, e, options.waiting), unlock: () => {}, viaServer: true };
    throw e;
  }
  try {
    fs.mkdirSync(config.DATA_DIR, { recursive: true });
    return { db: await openDb({ pgliteDir: `${config.DATA_DIR}/pglite` }), unlock };
  } catch (e) {
    unlock();
    throw e;
  }
}

/** How long requests already received may take to finish once the server is asked to stop. */
const DRAIN_MS = 10_000;

/**
 * Stops accepting connections, lets the requests in progress finish (their answers are sent, their
 * transactions committed), closes keep-alive connections as they fall idle, and after DRAIN_MS cuts
 * whatever is left.
 */
async function stopServing(server: Server, logger: Logger): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const idle = setInterval(() => server.closeIdleConnections(), 100);
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), DRAIN_MS).unref());
  server.closeIdleConnections();
  if ((await Promise.race([closed, timeout])) === 'timeout') {
    logger.warn({ afterMs: DRAIN_MS }, 'requests still running at shutdown were cut off');
    server.closeAllConnections();
    await closed;
  }
  clearInterval(idle);
}

/** An empty database gets the shipped content, so a fresh `npm start` serves something real. */
async function importIfEmpty(deps: AppDeps): Promise<void> {
  const ds = deps.db.dataSource;
  const empty = (await ds.getRepository(City).count()) === 0 && (await ds.getRepository(Article).count()) === 0;
  if (!empty) return;
  const report = await importContent(ds, loadContent(deps.config.CONTENT_DIR));
  deps.logger.info({ cities: report.cities.inserted, services: report.services.inserted, articles: report.articles.inserted }, 'content imported');
}

/** Migrates, imports content into an empty database, runs start-up tasks, and listens. */
export async function startServer(config: Config, logger: Logger, options: { now?: () => Date } = {}): Promise<Running> {
  // Where start-up time goes, in the log line that says the server is ready.
  const ms: Record<string, number> = {};
  let lap = performance.now();
  const phase = (name: string) => {
    const t = performance.now();
    ms[name] = Math.round(t - lap);
    lap = t;
  };
  const { db, unlock } = await openConfiguredDb(config);
  phase('database');
  let socket: PgliteSocketServer | null = null;
  let jobs: RunningJobs | null = null;
  try {
    await db.dataSource.runMigrations({ transaction: 'each' });
    phase('migrations');
    const deps: AppDeps = { config, db, logger, now: options.now ?? (() => new Date()) };
    await importIfEmpty(deps);
    phase('content');
    await startupTasks(deps);
    phase('tasks');
    changeWatch(db, logger);
    jobs = await startJobs(deps, jobDefinitions);
    phase('jobs');
    const app = createApp(deps);
    const server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(config.PORT, config.HOST, () => resolve(s));
      s.on('clientError', clientErrorHandler);
      s.once('error', reject);
    });
    if (db.pglite) {
      socket = await servePgliteSocket(db.pglite.instance, db.pglite.lock, config.DATA_DIR).catch((e: Error) => {
        logger.warn({ reason: e.message }, 'the command-line tools cannot reach this database while the server runs');
        return null;
      });
    }
    phase('listen');
    logger.info({ ms }, 'ready');
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    const running = jobs;
    return {
      server,
      deps,
      port,
      jobs: running,
      async close() {
        await stopServing(server, logger);
        // Jobs in progress finish (10 s at most, else they are retried by another process or the next start).
        await running.stop();
        // The rate-limit hits of the last second, written while the database is still open.
        await closeHitCounter(db);
        await socket?.close();
        await stopChangeWatch(db);
        await db.close();
        unlock();
      },
    };
  } catch (e) {
    await jobs?.stop().catch(() => {});
    await socket?.close();
    await stopChangeWatch(db);
    await db.close().catch(() => {});
    unlock();
    throw e;
  }
}
