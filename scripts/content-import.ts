/**
 * `npm run content:import`: loads content/ into the configured database (PGlite under DATA_DIR, or
 * DATABASE_URL). A malformed file stops it with file, line and reason, and nothing is imported.
 */
import { ConfigError, loadConfig } from '../server/src/config';
import { ContentError, loadContent } from '../server/src/content/loader';
import { importContent } from '../server/src/content/importer';
import { DataDirLockedError } from '../server/src/db/lock';
import { openConfiguredDb } from '../server/src/server';

async function main(): Promise<number> {
  const config = loadConfig();
  const content = loadContent(config.CONTENT_DIR);
  const { db, unlock } = await openConfiguredDb(config);
  try {
    await db.dataSource.runMigrations({ transaction: 'each' });
    const report = await importContent(db.dataSource, content);
    for (const [table, c] of Object.entries(report)) {
      console.log(`${table.padEnd(14)} ${c.inserted} new, ${c.updated} changed, ${c.deleted} removed, ${c.unchanged} unchanged`);
    }
    return 0;
  } finally {
    await db.close();
    unlock();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof ContentError || e instanceof ConfigError || e instanceof DataDirLockedError) {
      console.error(e.message);
      process.exit(e instanceof ContentError ? 1 : 2);
    }
    console.error(e);
    process.exit(2);
  },
);
