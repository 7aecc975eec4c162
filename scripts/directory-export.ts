/**
 * `npm run directory:export [-- --from-content] [--out FILE]`: writes the services directory as Open
 * Referral HSDS 3 JSON (shape in server/src/directory/export.ts). By default it reads the configured
 * database (PGlite under DATA_DIR, or DATABASE_URL), migrating it and importing content/ if it is
 * empty, as the server would; `--from-content` reads content/ (CONTENT_DIR) and needs no database.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../server/src/config';
import { ContentError, loadContent } from '../server/src/content/loader';
import { importContent } from '../server/src/content/importer';
import { DataDirLockedError } from '../server/src/db/lock';
import { exportDirectory, summarize } from '../server/src/directory/export';
import { snapshotFromContent, snapshotFromDb, type DirectorySnapshot } from '../server/src/directory/snapshot';
import { City } from '../server/src/entities';
import { openConfiguredDb } from '../server/src/server';

class UsageError extends Error {}

async function fromDatabase(config: Config): Promise<DirectorySnapshot> {
  const { db, unlock } = await openConfiguredDb(config);
  try {
    await db.dataSource.runMigrations({ transaction: 'each' });
    if ((await db.dataSource.getRepository(City).count()) === 0) await importContent(db.dataSource, loadContent(config.CONTENT_DIR));
    return await snapshotFromDb(db.dataSource);
  } finally {
    await db.close();
    unlock();
  }
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ options: { out: { type: 'string', default: 'directory.hsds.json' }, 'from-content': { type: 'boolean', default: false } } }).values;
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\nusage: directory-export [--from-content] [--out FILE]`);
  }
  const config = loadConfig();
  const snapshot = args['from-content'] ? snapshotFromContent(loadContent(config.CONTENT_DIR)) : await fromDatabase(config);
  const doc = exportDirectory(snapshot, new Date());
  fs.writeFileSync(args.out, `${JSON.stringify(doc, null, 2)}\n`);
  const n = summarize(doc);
  console.log(`${args.out}: ${n.organizations} organisations, ${n.services} services, ${n.locations} locations, ${n.schedules} schedules`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof ContentError || e instanceof ConfigError || e instanceof DataDirLockedError || e instanceof UsageError) {
      console.error(e.message);
      process.exit(e instanceof ContentError ? 1 : 2);
    }
    console.error(e);
    process.exit(2);
  },
);
