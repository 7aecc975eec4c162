import inboxPurge from '../commands/inboxPurge';
import type { AppDeps } from '../context';
import { ConfigError } from '../config';
import { InboxKey } from '../entities';
import { inboxCrypto } from './crypto';
import { programmeSlots } from './presence';

/** At every start: the inbox key must be there (a production start without one stops here) and be the database's, the hours readable; then purge. */
export async function inboxStartup(deps: AppDeps): Promise<void> {
  const fingerprint = inboxCrypto(deps.config).fingerprint();
  const m = deps.db.dataSource.manager;
  await m.query(`INSERT INTO inbox_keys (id, fingerprint) VALUES (1, $1) ON CONFLICT (id) DO NOTHING`, [fingerprint]);
  const stored = await m.findOneByOrFail(InboxKey, { id: 1 });
  if (stored.fingerprint !== fingerprint) {
    throw new ConfigError(
      "configuration: INBOX_SECRET is not the key this database's inbox was sealed with; set the same INBOX_SECRET on every process (a lost key leaves the kept messages unreadable: delete the inbox_* rows to start over)",
    );
  }
  programmeSlots(deps.config);
  const purged = await inboxPurge({ m: deps.db.dataSource.manager, now: deps.now(), retentionDays: deps.config.INBOX_RETENTION_DAYS });
  if (purged.messages > 0) deps.logger.info(purged, 'expired inbox messages purged');
}
