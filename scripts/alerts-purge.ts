/**
 * `npm run alerts:purge`: deletes reports older than ALERTS_RETENTION_MONTHS (expired ones already
 * stop counting) and closed rate-limit windows. The server does the same at every start; run this
 * from cron on a server that stays up for months. Prints counts only, never what was deleted.
 */
import reportPurge from '../server/src/commands/reportPurge';
import { ConfigError, loadConfig } from '../server/src/config';
import { DataDirLockedError } from '../server/src/db/lock';
import { openConfiguredDb } from '../server/src/server';

async function main(): Promise<number> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
  let opened;
  try {
    opened = await openConfiguredDb(config);
  } catch (e) {
    process.stderr.write(`${e instanceof DataDirLockedError ? e.message : `could not open the database: ${(e as Error).message}`}\n`);
    return 1;
  }
  const { db, unlock } = opened;
  try {
    await db.dataSource.runMigrations({ transaction: 'each' });
    const purged = await reportPurge({ m: db.dataSource.manager, now: new Date(), retentionMonths: config.ALERTS_RETENTION_MONTHS });
    process.stdout.write(`purged ${purged.reports} report(s) older than ${config.ALERTS_RETENTION_MONTHS} months and ${purged.rateLimits} closed rate-limit window(s)\n`);
    return 0;
  } finally {
    await db.close();
    unlock();
  }
}

main().then((code) => process.exit(code));
