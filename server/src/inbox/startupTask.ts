import inboxPurge from '../commands/inboxPurge';
import type { AppDeps } from '../context';
import { InboxKey } from '../entities';
import { pinKey } from '../sealing';
import { inboxCrypto } from './crypto';
import { programmeSlots } from './presence';

/** At every start: the inbox key must be there (a production start without one stops here) and be the database's, the hours readable; then purge. */
export async function inboxStartup(deps: AppDeps): Promise<void> {
  await pinKey(deps.db.dataSource.manager, {
    table: 'inbox_keys',
    entity: InboxKey,
    fingerprint: inboxCrypto(deps.config).fingerprint(),
    mismatch:
      "configuration: INBOX_SECRET is not the key this database's inbox was sealed with; set the same INBOX_SECRET on every process (a lost key leaves the kept messages unreadable: delete the inbox_* rows to start over)",
  });
  programmeSlots(deps.config);
  const purged = await inboxPurge({ m: deps.db.dataSource.manager, now: deps.now(), retentionDays: deps.config.INBOX_RETENTION_DAYS });
  if (purged.messages > 0) deps.logger.info(purged, 'expired inbox messages purged');
}
