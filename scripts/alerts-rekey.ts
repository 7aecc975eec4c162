/**
 * `npm run alerts:rekey`: after ALERTS_SECRET changed, with the old one in ALERTS_SECRET_PREVIOUS,
 * re-encrypts the alerts key under the new secret. Then ALERTS_SECRET_PREVIOUS can go. Safe to run twice.
 */
import { loadAlertsSecret } from '../server/src/alerts/keys';
import { rekey } from '../server/src/alerts/keyring';
import { loadConfig } from '../server/src/config';
import { runCli, withDatabase } from './cli';

async function main(): Promise<number> {
  const config = loadConfig();
  const changed = await withDatabase(config, (db) => rekey(db.dataSource.manager, loadAlertsSecret(config), config.ALERTS_SECRET_PREVIOUS, new Date()));
  console.log(changed ? 'the alerts key is now encrypted under ALERTS_SECRET: ALERTS_SECRET_PREVIOUS can be removed' : 'nothing to do: the alerts key is already encrypted under ALERTS_SECRET');
  return 0;
}

runCli(main);
