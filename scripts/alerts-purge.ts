/**
 * `npm run alerts:purge`: deletes reports and description alerts older than ALERTS_RETENTION_MONTHS (expired ones already
 * stop counting), closed rate-limit windows, and inbox messages older than INBOX_RETENTION_DAYS. The server does the same at every start; run this
 * from cron on a server that stays up for months. Prints counts only, never what was deleted.
 */
import descriptionAlertPurge from '../server/src/commands/descriptionAlertPurge';
import inboxPurge from '../server/src/commands/inboxPurge';
import reportPurge from '../server/src/commands/reportPurge';
import { loadConfig } from '../server/src/config';
import { runCli, withDatabase } from './cli';

async function main(): Promise<number> {
  const config = loadConfig();
  const [purged, inbox, descriptions] = await withDatabase(config, async (db) => [
    await reportPurge({ m: db.dataSource.manager, now: new Date(), retentionMonths: config.ALERTS_RETENTION_MONTHS }),
    await inboxPurge({ m: db.dataSource.manager, now: new Date(), retentionDays: config.INBOX_RETENTION_DAYS }),
    await descriptionAlertPurge({ m: db.dataSource.manager, now: new Date(), retentionMonths: config.ALERTS_RETENTION_MONTHS }),
  ] as const);
  console.log(`purged ${purged.reports} report(s) older than ${config.ALERTS_RETENTION_MONTHS} months and ${purged.rateLimits} closed rate-limit window(s)`);
  console.log(`purged ${inbox.messages} inbox message(s) older than ${config.INBOX_RETENTION_DAYS} days and ${inbox.conversations} conversation(s) left empty`);
  console.log(`purged ${descriptions} description alert(s) older than ${config.ALERTS_RETENTION_MONTHS} months`);
  return 0;
}

runCli(main);
