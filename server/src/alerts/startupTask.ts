import reportPurge from '../commands/reportPurge';
import type { AppDeps } from '../context';
import { installAlertKeys, loadAlertsSecret } from './keys';
import { openKeyring } from './keyring';

/**
 * At every start: the alerts secret must be there (a production start without one stops here) and be
 * the one the database was keyed with (or the previous one, while rotating); then purge.
 */
export async function alertsStartup(deps: AppDeps): Promise<void> {
  const { config } = deps;
  const keyring = await openKeyring(deps.db.dataSource.manager, loadAlertsSecret(config), config.ALERTS_SECRET_PREVIOUS, deps.now());
  installAlertKeys(config, keyring.dataKey);
  if (keyring.rotationPending) deps.logger.warn('the alerts key is still encrypted under ALERTS_SECRET_PREVIOUS: run `npm run alerts:rekey`, then remove ALERTS_SECRET_PREVIOUS');
  const purged = await reportPurge({ m: deps.db.dataSource.manager, now: deps.now(), retentionMonths: deps.config.ALERTS_RETENTION_MONTHS });
  if (purged.reports > 0) deps.logger.info({ reports: purged.reports }, 'expired reports purged');
}
