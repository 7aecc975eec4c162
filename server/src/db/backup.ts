import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import zlib from 'node:zlib';
import type { Db } from './dataSource';
import { bumpPast } from '../snapshot/versions';

/**
 * Backups. PostgreSQL: pg_dump's custom format, restored by pg_restore. The embedded database: a
 * gzipped JSON document of every table's rows, read in one transaction (a consistent snapshot, taken
 * through the running server's socket when it runs), restored into a freshly migrated database of
 * the same schema version — on either engine, which is also the way from PGlite to PostgreSQL.
 */
export class BackupError extends Error {}

const FORMAT = 'lotus-backup';
const MIGRATIONS_TABLE = 'migrations';

interface Document {
  format: typeof FORMAT;
  version: 1;
  createdAt: string;
  /** The migrations the database had: a backup is restored by a Lotus at that same schema. */
  migrations: string[];
  tables: Record<string, unknown[]>;
}

async function tables(db: Db): Promise<string[]> {
  const rows = (await db.dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)) as Array<{ tablename: string }>;
  return rows.map((r) => r.tablename);
}

async function migrationNames(q: (sql: string) => Promise<unknown>): Promise<string[]> {
  const rows = (await q(`SELECT name FROM "${MIGRATIONS_TABLE}" ORDER BY "timestamp", name`)) as Array<{ name: string }>;
  return rows.map((r) => r.name);
}

/** Every table's rows, read in one transaction, written gzipped to `file`. Returns rows per table. */
export async function dumpJson(db: Db, file: string): Promise<Record<string, number>> {
  const names = await tables(db);
  const counts: Record<string, number> = {};
  const text = await db.dataSource.transaction('REPEATABLE READ', async (m) => {
    const parts: string[] = [];
    for (const t of names) {
      const [{ rows, n }] = (await m.query(`SELECT coalesce(json_agg(t), '[]')::text AS rows, count(*)::int AS n FROM "${t}" t`)) as Array<{ rows: string; n: number }>;
      counts[t] = n;
      parts.push(`${JSON.stringify(t)}:${rows}`);
    }
    const migrations = await migrationNames((sql) => m.query(sql));
    return `{"format":"${FORMAT}","version":1,"createdAt":${JSON.stringify(new Date().toISOString())},"migrations":${JSON.stringify(migrations)},"tables":{${parts.join(',')}}}`;
  });
  writeAtomically(file, zlib.gzipSync(text));
  return counts;
}

function writeAtomically(file: string, data: Buffer): void {
  const temp = `${file}.partial`;
  fs.writeFileSync(temp, data, { mode: 0o600 });
  fs.renameSync(temp, file);
}

export function backupKind(file: string): 'json' | 'pg_dump' {
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(5);
  try {
    fs.readSync(fd, head, 0, 5, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.toString('latin1') === 'PGDMP') return 'pg_dump';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'json';
  throw new BackupError(`${file} is not a Lotus backup (neither npm run db:backup's JSON nor pg_dump's custom format)`);
}

/** Parents before children, so that every row's foreign keys exist when it is inserted. */
async function insertOrder(db: Db, names: string[]): Promise<string[]> {
  const edges = (await db.dataSource.query(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
      WHERE k.contype = 'f' AND c.relname <> p.relname`,
  )) as Array<{ child: string; parent: string }>;
  const ordered: string[] = [];
  const visit = (t: string, path: Set<string>) => {
    if (ordered.includes(t) || path.has(t)) return;
    path.add(t);
    for (const e of edges) if (e.child === t) visit(e.parent, path);
    ordered.push(t);
  };
  for (const t of names) visit(t, new Set());
  return ordered.filter((t) => names.includes(t));
}

/**
 * Replaces every row of the (migrated) database with the backup's, in one transaction: all or nothing.
 * The database must be at the backup's schema version.
 */
export async function restoreJson(db: Db, file: string): Promise<Record<string, number>> {
  let doc: Document;
  try {
    doc = JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8')) as Document;
  } catch {
    throw new BackupError(`${file} could not be read as a Lotus backup (damaged or truncated)`);
  }
  if (doc.format !== FORMAT || doc.version !== 1) throw new BackupError(`${file} is not a Lotus backup of a known version`);
  const have = await migrationNames((sql) => db.dataSource.query(sql));
  if (JSON.stringify(have) !== JSON.stringify(doc.migrations)) {
    throw new BackupError(
      `${file} was made at schema version ${doc.migrations.at(-1) ?? '(none)'} and this Lotus is at ${have.at(-1) ?? '(none)'}: restore it with the Lotus version that made it, then upgrade (migrations run at start)`,
    );
  }
  const names = await tables(db);
  const unknown = Object.keys(doc.tables).filter((t) => !names.includes(t));
  if (unknown.length) throw new BackupError(`${file} holds tables this database lacks: ${unknown.join(', ')}`);
  const order = await insertOrder(db, names);
  const counts: Record<string, number> = {};
  await db.dataSource.transaction(async (m) => {
    const counters = names.includes('change_counters') ? await m.query(`SELECT name, version FROM change_counters`) : [];
    await m.query(`TRUNCATE ${names.map((t) => `"${t}"`).join(', ')}`);
    for (const t of order) {
      const rows = doc.tables[t] ?? [];
      counts[t] = rows.length;
      if (rows.length) await m.query(`INSERT INTO "${t}" SELECT * FROM json_populate_recordset(NULL::"${t}", $1::json)`, [JSON.stringify(rows)]);
    }
    // A running server keeps content and reports in memory: tell it everything changed.
    await bumpPast(m, counters);
  });
  return counts;
}

/** pg_dump/pg_restore's connection, given through the environment so no password shows in `ps`. */
function pgEnv(databaseUrl: string): NodeJS.ProcessEnv {
  const u = new URL(databaseUrl);
  return {
    ...process.env,
    PGHOST: decodeURIComponent(u.hostname) || u.searchParams.get('host') || 'localhost',
    PGPORT: u.port || '5432',
    PGUSER: decodeURIComponent(u.username) || process.env.PGUSER || 'postgres',
    PGPASSWORD: decodeURIComponent(u.password) || process.env.PGPASSWORD || '',
    PGDATABASE: decodeURIComponent(u.pathname.slice(1)) || 'postgres',
    ...(u.searchParams.get('sslmode') ? { PGSSLMODE: u.searchParams.get('sslmode') as string } : {}),
  };
}

function runPgTool(tool: 'pg_dump' | 'pg_restore', args: string[], databaseUrl: string): void {
  const r = spawnSync(tool, args, { env: pgEnv(databaseUrl), encoding: 'utf8' });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new BackupError(`${tool} is not installed: apt-get install postgresql-client (the same major version as the server, or newer)`);
  }
  if (r.status !== 0) throw new BackupError(`${tool} failed: ${(r.stderr || r.error?.message || '').trim()}`);
}

export function pgDump(databaseUrl: string, file: string): void {
  const temp = `${file}.partial`;
  runPgTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${temp}`], databaseUrl);
  fs.chmodSync(temp, 0o600);
  fs.renameSync(temp, file);
}

/** Replaces the database's objects and rows with the dump's, in one transaction. */
export function pgRestore(databaseUrl: string, file: string): void {
  runPgTool('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${pgEnv(databaseUrl).PGDATABASE}`, file], databaseUrl);
}
