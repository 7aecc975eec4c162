/**
 * `npm run content:import`: loads content/ into the configured database (PGlite under DATA_DIR, or
 * DATABASE_URL). A malformed file stops it with file, line and reason, and nothing is imported.
 */
import { loadConfig } from '../server/src/config';
import { loadContent } from '../server/src/content/loader';
import { YamlError } from '../server/src/content/yaml';
import { importContent } from '../server/src/content/importer';
import { runCli, withDatabase } from './cli';

async function main(): Promise<number> {
  const config = loadConfig();
  const content = loadContent(config.CONTENT_DIR);
  const report = await withDatabase(config, (db) => importContent(db.dataSource, content));
  for (const [table, c] of Object.entries(report)) {
    console.log(`${table.padEnd(14)} ${c.inserted} new, ${c.updated} changed, ${c.deleted} removed, ${c.unchanged} unchanged`);
  }
  return 0;
}

runCli(main, [[YamlError, 1]]);
