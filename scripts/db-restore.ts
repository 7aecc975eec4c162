/**
 * `npm run db:restore -- FILE`: replaces every row of the configured database with a backup's, all or
 * nothing. A pg_dump backup restores into PostgreSQL (pg_restore --clean); a JSON backup (from the
 * embedded database) into either engine, at the same schema version. On the embedded database, stop
 * the server first: it keeps copies of the data in memory.
 */
import { backupKind, BackupError, pgRestore, restoreJson } from '../server/src/db/backup';
import { loadConfig } from '../server/src/config';
import { runCli, withDatabase } from './cli';

class UsageError extends Error {}

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file || process.argv.length > 3) throw new UsageError('usage: npm run db:restore -- FILE');
  const config = loadConfig();
  const kind = backupKind(file);
  if (kind === 'pg_dump') {
    if (!config.DATABASE_URL) throw new BackupError(`${file} is a pg_dump backup of PostgreSQL: set DATABASE_URL to the database to restore it into`);
    pgRestore(config.DATABASE_URL, file);
    console.log(`restored ${file} into PostgreSQL`);
    return 0;
  }
  const counts = await withDatabase(config, (db) => restoreJson(db, file), { shareRunning: false });
  console.log(`restored ${file}: reports ${counts.reports ?? 0}, mediators ${counts.mediators ?? 0}, articles ${counts.articles ?? 0}, scan counts ${counts.scan_counts ?? 0}`);
  return 0;
}

runCli(main, [
  [UsageError, 1],
  [BackupError, 1],
]);
