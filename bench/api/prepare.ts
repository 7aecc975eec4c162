/**
 * Run by bench:api in its own process, with the benchmarked server's folder as working directory (so
 * tsx compiles that checkout's entities with its own settings): migrates the database with that
 * server's migrations and seeds the reports, before the server opens it.
 */
import path from 'node:path';
import type { openDb as OpenDb } from '../../server/src/db/dataSource';
import { seedReportsWith } from '../alerts/seed';

async function main() {
  const root = process.cwd();
  const { openDb } = require(path.join(root, 'server/src/db/dataSource')) as { openDb: typeof OpenDb };
  const { DATABASE_URL, DATA_DIR, BENCH_SECRET, BENCH_IDENTIFIERS } = process.env;
  const db = DATABASE_URL ? await openDb({ databaseUrl: DATABASE_URL, poolSize: 2 }) : await openDb({ pgliteDir: path.join(DATA_DIR!, 'pglite') });
  try {
    await db.dataSource.runMigrations({ transaction: 'each' });
    await seedReportsWith((sql, params) => db.dataSource.query(sql, params), BENCH_SECRET!, Number(BENCH_IDENTIFIERS));
  } finally {
    await db.close();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`bench:api could not prepare the database: ${(e as Error).message}\n`);
    process.exit(1);
  },
);
