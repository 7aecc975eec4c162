import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDb, type Db } from '../src/db/dataSource';

/**
 * Test databases on the engine CI asks for: a fresh PostgreSQL database per call when DATABASE_URL
 * is set, else an embedded PGlite copied from a migrated template (creating one costs seconds,
 * copying one a fraction of that).
 */
export const engine: 'postgres' | 'pglite' = process.env.DATABASE_URL ? 'postgres' : 'pglite';

function migrationsFingerprint(): string {
  const dir = path.join(__dirname, '../src/migrations');
  const h = createHash('sha1');
  for (const f of fs.readdirSync(dir).sort()) h.update(f).update(fs.readFileSync(path.join(dir, f)));
  return h.digest('hex').slice(0, 12);
}

async function pgliteTemplate(): Promise<string> {
  const dir = path.join(os.tmpdir(), `lotus-template-${migrationsFingerprint()}`);
  if (fs.existsSync(path.join(dir, 'ready'))) return dir;
  const building = `${dir}.${process.pid}.${randomBytes(4).toString('hex')}`;
  const db = await openDb({ pgliteDir: path.join(building, 'pglite') });
  await db.dataSource.runMigrations();
  await db.close();
  fs.writeFileSync(path.join(building, 'ready'), '');
  try {
    fs.renameSync(building, dir);
  } catch {
    // Another worker finished first; its copy is as good as ours.
    fs.rmSync(building, { recursive: true, force: true });
  }
  return dir;
}

/** A data folder holding a migrated embedded database at `<dir>/pglite`, as DATA_DIR expects. */
export async function freshDataDir(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-data-'));
  if (engine === 'pglite') fs.cpSync(path.join(await pgliteTemplate(), 'pglite'), path.join(dir, 'pglite'), { recursive: true });
  return dir;
}

/** A fresh, empty PostgreSQL database on the server of DATABASE_URL; its URL. */
export async function freshPostgresUrl(): Promise<string> {
  const base = new URL(process.env.DATABASE_URL as string);
  const name = `lotus_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  base.pathname = `/${name}`;
  return base.toString();
}

export interface TestDb extends Db {
  /** The environment a server needs to open this same database. */
  env: Record<string, string>;
}

/** A migrated database of the engine under test, closed and removed by `close()`. */
export async function createTestDb(): Promise<TestDb> {
  if (engine === 'postgres') {
    const url = await freshPostgresUrl();
    const db = await openDb({ databaseUrl: url, poolSize: 5 });
    await db.dataSource.runMigrations();
    return { ...db, env: { DATABASE_URL: url } };
  }
  const dir = await freshDataDir();
  const db = await openDb({ pgliteDir: path.join(dir, 'pglite') });
  return {
    ...db,
    env: { DATA_DIR: dir },
    async close() {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
