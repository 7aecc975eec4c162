/** What every database-backed command of scripts/ shares: opening the database and ending the process. */
import type { Config } from '../server/src/config';
import { ConfigError } from '../server/src/config';
import type { Db } from '../server/src/db/dataSource';
import { DataDirLockedError } from '../server/src/db/lock';
import { openConfiguredDb } from '../server/src/server';

/**
 * Opens the configured database, migrates it (unless `migrate: false`), runs `work`, and always
 * closes it. On the embedded database it takes the data-folder lock, or, while a server holds it,
 * works through that server's socket (the server has migrated its database; a tool never changes the
 * schema under it); `shareRunning: false` refuses to run beside a server instead.
 */
export async function withDatabase<T>(config: Config, work: (db: Db) => Promise<T>, options: { migrate?: boolean; shareRunning?: boolean } = {}): Promise<T> {
  const { db, unlock, viaServer } = await openConfiguredDb(config, {
    shareRunning: options.shareRunning ?? true,
    waiting: () => console.error(`The server holding ${config.DATA_DIR} is still starting; waiting for it (2 minutes at most)…`),
  });
  try {
    if (!viaServer && options.migrate !== false) await db.dataSource.runMigrations({ transaction: 'each' });
    return await work(db);
  } finally {
    await db.close();
    unlock();
  }
}

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * Runs a command and exits with its code. An expected error (`expected`: class → exit code, plus a
 * bad configuration or a data folder held by a running server, both 2) prints its message alone, a
 * sentence the user can act on; anything else exits 2 with the error as thrown.
 */
export function runCli(main: () => Promise<number>, expected: Array<[ErrorClass, number]> = []): void {
  const known: Array<[ErrorClass, number]> = [...expected, [ConfigError, 2], [DataDirLockedError, 2]];
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      const match = known.find(([c]) => e instanceof c);
      console.error(match ? (e as Error).message : e);
      process.exit(match ? match[1] : 2);
    },
  );
}
