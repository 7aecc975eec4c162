import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { engine } from './db';
import type { TestServer } from './server';

/**
 * What an attacker who got the database would read: pg_dump on PostgreSQL; on PGlite, every row of
 * every table of every schema Lotus writes (the job queue's included) as text.
 */
export async function dumpDatabase(s: TestServer): Promise<string> {
  if (engine === 'postgres') return execFileSync('pg_dump', ['--no-owner', s.config.DATABASE_URL as string], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const ds = s.deps.db.dataSource;
  const tables: Array<{ s: string; t: string }> = await ds.query(
    `SELECT table_schema AS s, table_name AS t FROM information_schema.tables
      WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE'`,
  );
  let out = '';
  for (const { s: schema, t } of tables) {
    const rows: Array<{ row: string }> = await ds.query(`SELECT x::text AS row FROM "${schema}"."${t}" x`);
    out += `${schema}.${t}\n${rows.map((r) => r.row).join('\n')}\n`;
  }
  return out;
}

/** Every file under `dir` (PGlite's tables and write-ahead log), as bytes: a text search misses nothing stored raw. */
export function dataFiles(dir: string): Buffer[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => fs.readFileSync(path.join(e.parentPath, e.name)));
}

/** The needles found in `text`, whatever their case. */
export function clearHits(text: string, needles: string[]): string[] {
  const lower = text.toLowerCase();
  return needles.filter((n) => lower.includes(n.toLowerCase()));
}
