import inboxPurge from '../commands/inboxPurge';
import type { AppDeps } from '../context';
import { loadInboxSecret } from './crypto';
import { programmeSlots } from './presence';

/** At every start: the inbox key must be there (a production start without one stops here), the hours readable; then purge. */
export async function inboxStartup(deps: AppDeps): Promise<void> {
  loadInboxSecret(deps.config);
  programmeSlots(deps.config);
  const purged = await inboxPurge({ m: deps.db.dataSource.manager, now: deps.now(), retentionDays: deps.config.INBOX_RETENTION_DAYS });
  if (purged.messages > 0) deps.logger.info(purged, 'expired inbox messages purged');
}
