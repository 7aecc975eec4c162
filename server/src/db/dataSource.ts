import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { entities } from '../entities';
import { migrations } from '../migrations';
import { ChangeCounterSubscriber } from '../snapshot/versions';
import { pgliteDriver, SessionLock } from './pgliteDriver';

const INT8 = 20;
const DATE = 1082;

/** Counts come back as numbers and calendar dates as YYYY-MM-DD text on both engines (no time-zone shift). */
pg.types.setTypeParser(INT8, (v) => Number(v));
pg.types.setTypeParser(DATE, (v) => v);

export interface DbOptions {
  databaseUrl?: string;
  /** Folder of the embedded database; in-memory when undefined. */
  pgliteDir?: string;
  /** Tests may build the schema from entities; the server always migrates. */
  synchronize?: boolean;
  poolSize?: number;
  /**
   * A folder holding the socket of a running server's embedded database (pgliteSocket.ts): the
   * command-line tools use it while the server holds DATA_DIR.
   */
  socketDir?: string;
}

export interface Db {
  dataSource: DataSource;
  kind: 'pglite' | 'postgres';
  /** The embedded database this process opened, and the lock on its one session. */
  pglite?: { instance: PGlite; lock: SessionLock };
  close(): Promise<void>;
}

/**
 * PostgreSQL's own default of 128 MB of shared buffers lives in PGlite's WebAssembly heap, which
 * grows and never shrinks; 16 MB holds this database's working set many times over (39 MB on disk
 * in all, most of it the catalogue) and keeps the resident size near 200 MB instead of 330 MB.
 */
const START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB', '-c', 'maintenance_work_mem=16MB', '-c', 'temp_buffers=2MB'];

/**
 * Creating a data folder runs initdb in two more WebAssembly instances whose heaps the process keeps
 * (a server that created its folder sat at 840 MB instead of 420 MB). So a new folder is made by a
 * short-lived child process, under a temporary name renamed into place once complete, and this
 * process only ever reopens one.
 */
function createPgliteDir(dir: string): void {
  const temp = `${dir}.creating-${process.pid}`;
  fs.rmSync(temp, { recursive: true, force: true });
  const code = `const { PGlite } = require(${JSON.stringify(require.resolve('@electric-sql/pglite'))});
PGlite.create(process.argv[1], { startParams: JSON.parse(process.argv[2]) }).then((db) => db.close()).catch((e) => { console.error(e.message); process.exit(1); });`;
  const r = spawnSync(process.execPath, ['-e', code, temp, JSON.stringify(START_PARAMS)], { encoding: 'utf8' });
  if (r.status !== 0) {
    fs.rmSync(temp, { recursive: true, force: true });
    throw new Error(`could not create the embedded database in ${dir}: ${(r.stderr || r.error?.message || '').trim()}`);
  }
  fs.renameSync(temp, dir);
}

export async function openPglite(dir?: string): Promise<PGlite> {
  const options = { parsers: { [DATE]: (v: string) => v }, startParams: START_PARAMS };
  if (!dir) return PGlite.create(options);
  const at = path.resolve(dir);
  fs.mkdirSync(path.dirname(at), { recursive: true });
  if (!fs.existsSync(path.join(at, 'PG_VERSION'))) createPgliteDir(at);
  return PGlite.create(at, options);
}

export async function openDb(options: DbOptions): Promise<Db> {
  const common = {
    type: 'postgres' as const,
    entities,
    migrations,
    migrationsTransactionMode: 'each' as const,
    uuidExtension: 'pgcrypto' as const,
    synchronize: options.synchronize ?? false,
    logging: false,
    // Bumps change_counters on every write of content or reports, so servers rebuild their copies.
    subscribers: [ChangeCounterSubscriber],
  };
  if (options.databaseUrl) {
    const dataSource = new DataSource({ ...common, url: options.databaseUrl, poolSize: options.poolSize ?? 10 });
    await dataSource.initialize();
    return { dataSource, kind: 'postgres', close: () => dataSource.destroy() };
  }
  if (options.socketDir) {
    // One connection: the server behind the socket serves one session at a time anyway. Its kind is
    // the engine's, so no code takes it for a PostgreSQL server with per-connection named statements.
    const dataSource = new DataSource({ ...common, host: options.socketDir, port: 5432, username: 'postgres', database: 'postgres', poolSize: 1, installExtensions: false });
    await dataSource.initialize();
    return { dataSource, kind: 'pglite', close: () => dataSource.destroy() };
  }
  const pglite = await openPglite(options.pgliteDir);
  const lock = new SessionLock();
  const dataSource = new DataSource({
    ...common,
    driver: pgliteDriver(pglite, lock),
    installExtensions: false,
  });
  await dataSource.initialize();
  return {
    dataSource,
    kind: 'pglite',
    pglite: { instance: pglite, lock },
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}
