import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { entities } from '../entities';
import { migrations } from '../migrations';
import { pgliteDriver } from './pgliteDriver';

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
}

export interface Db {
  dataSource: DataSource;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export async function openPglite(dir?: string): Promise<PGlite> {
  if (dir) fs.mkdirSync(path.dirname(path.resolve(dir)), { recursive: true });
  return PGlite.create(dir ? path.resolve(dir) : undefined, { parsers: { [DATE]: (v: string) => v } });
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
  };
  if (options.databaseUrl) {
    const dataSource = new DataSource({ ...common, url: options.databaseUrl, poolSize: options.poolSize ?? 10 });
    await dataSource.initialize();
    return { dataSource, kind: 'postgres', close: () => dataSource.destroy() };
  }
  const pglite = await openPglite(options.pgliteDir);
  const dataSource = new DataSource({
    ...common,
    driver: pgliteDriver(pglite),
    installExtensions: false,
  });
  await dataSource.initialize();
  return {
    dataSource,
    kind: 'pglite',
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}
