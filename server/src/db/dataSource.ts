import 'reflect-metadata';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { entities } from '../entities';
import { migrations } from '../migrations';
import { ChangeCounterSubscriber } from '../snapshot/versions';
import { EXTRA_START_PARAMS, ensurePgliteDir } from './pgliteDir';
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

const START_PARAMS = [...PGlite.defaultStartParams, ...EXTRA_START_PARAMS];

export async function openPglite(dir?: string): Promise<PGlite> {
  const options = { parsers: { [DATE]: (v: string) => v }, startParams: START_PARAMS };
  if (!dir) return PGlite.create(options);
  const at = path.resolve(dir);
  await ensurePgliteDir(at);
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
