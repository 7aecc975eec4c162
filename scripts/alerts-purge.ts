/**
 * `npm run alerts:purge`: deletes reports older than ALERTS_RETENTION_MONTHS (expired ones already
 * stop counting) and closed rate-limit windows. The server does the same at every start; run this
 * from cron on a server that stays up for months. Prints counts only, never what was deleted.
 */
import reportPurge from '../server/src/commands/reportPurge';
import { loadConfig } from '../server/src/config';
import { runCli, withDatabase } from './cli';

async function main(): Promise<number> {
  const config = loadConfig();
  const purged = await withDatabase(config, (db) =>
    reportPurge({ m: db.dataSource.manager, now: new Date(), retentionMonths: config.ALERTS_RETENTION_MONTHS }),
  );
  console.log(`purged ${purged.reports} report(s) older than ${config.ALERTS_RETENTION_MONTHS} months and ${purged.rateLimits} closed rate-limit window(s)`);
  return 0;
}

runCli(main);
