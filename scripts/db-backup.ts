/**
 * `npm run db:backup -- FILE`: a consistent backup of the configured database. PostgreSQL: pg_dump's
 * custom format. The embedded database: gzipped JSON of every table, read in one transaction; it
 * works while the server runs (through its socket). Restore with `npm run db:restore -- FILE`.
 */
import { BackupError, dumpJson, pgDump } from '../server/src/db/backup';
import { loadConfig } from '../server/src/config';
import { runCli, withDatabase } from './cli';

class UsageError extends Error {}

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file || process.argv.length > 3) throw new UsageError('usage: npm run db:backup -- FILE');
  const config = loadConfig();
  if (config.DATABASE_URL) {
    pgDump(config.DATABASE_URL, file);
    console.log(`${file}: pg_dump custom format (restore with npm run db:restore -- ${file})`);
    return 0;
  }
  // No migration first: a backup taken before an upgrade must hold the database as it was.
  const counts = await withDatabase(config, (db) => dumpJson(db, file), { migrate: false });
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`${file}: ${rows} rows in ${Object.keys(counts).length} tables (reports ${counts.reports ?? 0}, mediators ${counts.mediators ?? 0}, articles ${counts.articles ?? 0})`);
  return 0;
}

runCli(main, [
  [UsageError, 1],
  [BackupError, 1],
]);
