import descriptionAlertPurge from '../commands/descriptionAlertPurge';
import type { AppDeps } from '../context';

/** At every start, as for reports: description alerts past the retention period are deleted. */
export async function descriptionAlertsStartup(deps: AppDeps): Promise<void> {
  const purged = await descriptionAlertPurge({ m: deps.db.dataSource.manager, now: deps.now(), retentionMonths: deps.config.ALERTS_RETENTION_MONTHS });
  if (purged > 0) deps.logger.info({ descriptionAlerts: purged }, 'expired description alerts purged');
}
