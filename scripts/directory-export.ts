/**
 * `npm run directory:export [-- --from-content] [--out FILE]`: writes the services directory as Open
 * Referral HSDS 3 JSON (shape in server/src/directory/export.ts). By default it reads the configured
 * database (PGlite under DATA_DIR, or DATABASE_URL), migrating it and importing content/ if it is
 * empty, as the server would; `--from-content` reads content/ (CONTENT_DIR) and needs no database.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig, type Config } from '../server/src/config';
import { loadContent } from '../server/src/content/loader';
import { YamlError } from '../server/src/content/yaml';
import { importContent } from '../server/src/content/importer';
import { exportDirectory, summarize } from '../server/src/directory/export';
import { snapshotFromContent, snapshotFromDb, type DirectorySnapshot } from '../server/src/directory/snapshot';
import { City } from '../server/src/entities';
import { runCli, withDatabase } from './cli';

class UsageError extends Error {}

async function fromDatabase(config: Config): Promise<DirectorySnapshot> {
  return withDatabase(config, async (db) => {
    if ((await db.dataSource.getRepository(City).count()) === 0) await importContent(db.dataSource, loadContent(config.CONTENT_DIR));
    return snapshotFromDb(db.dataSource);
  });
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

runCli(main, [
  [YamlError, 1],
  [UsageError, 2],
]);
