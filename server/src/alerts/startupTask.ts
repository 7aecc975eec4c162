import reportPurge from '../commands/reportPurge';
import type { AppDeps } from '../context';
import { alertKeys } from './keys';

/** At every start: make sure the alerts secret is there (a production start without one stops here), then purge. */
export async function alertsStartup(deps: AppDeps): Promise<void> {
  alertKeys(deps.config);
  const purged = await reportPurge({ m: deps.db.dataSource.manager, now: deps.now(), retentionMonths: deps.config.ALERTS_RETENTION_MONTHS });
  if (purged.reports > 0) deps.logger.info({ reports: purged.reports }, 'expired reports purged');
}
