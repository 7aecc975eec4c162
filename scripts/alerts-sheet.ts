/**
 * `npm run alerts:sheet -- --city paris --out sheet.pdf` writes the A4 alerts sheet for the bus tour:
 * the city's approved description alerts and, for reported identifiers, only their kind, last
 * characters, categories, month and count, dated, in Chinese and French, with the QR code of the
 * mini-program's check page. Like flyers, a code that would open a loopback or private H5_URL is
 * refused unless `--test` asks for a test print, stamped TEST on every page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/src/config';
import type { AppDeps } from '../server/src/context';
import { AppError } from '../server/src/errors';
import { miniProgramCodeMaker } from '../server/src/flyers/codeMaker';
import { createLogger } from '../server/src/logger';
import { renderSheet, sheetContent } from '../server/src/sheet';
import { runCli, withDatabase } from './cli';

export class UsageError extends Error {}

const USAGE = 'usage: npm run alerts:sheet -- --city paris [--test] --out sheet.pdf';

function options(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { city: { type: 'string' }, out: { type: 'string' }, test: { type: 'boolean' } } }));
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${USAGE}`);
  }
  if (!values.city || !/^[a-z0-9-]{1,40}$/.test(values.city)) throw new UsageError(`--city takes a city of the directory, such as paris\n${USAGE}`);
  if (!values.out || !/\.pdf$/i.test(values.out)) throw new UsageError(`--out must name a .pdf file\n${USAGE}`);
  return { city: values.city, out: values.out, test: values.test ?? false };
}

/** Does the work; returns the lines to print. */
export async function alertsSheet(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  const opts = options(argv);
  const config = loadConfig(env);
  return withDatabase(config, async (db) => {
    const deps: AppDeps = { config, db, logger: createLogger('silent'), now: () => new Date() };
    const content = await sheetContent(db.dataSource.manager, opts.city, deps.now());
    const pdf = await renderSheet({ content, fontFile: config.FLYER_FONT, h5Url: config.H5_URL, wechat: miniProgramCodeMaker(deps), test: opts.test });
    fs.mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
    fs.writeFileSync(opts.out, pdf);
    return [
      `${content.city.fr}: ${content.descriptions.length} description alert(s), ${content.identifiers.length} reported identifier(s) of the last ${content.months} months`,
      `Wrote ${opts.out} (${Math.round(pdf.length / 1024)} KB)${opts.test ? ', stamped TEST: not for handing out' : ''}`,
    ];
  });
}

if (require.main === module) {
  runCli(
    async () => {
      for (const line of await alertsSheet(process.argv.slice(2))) console.log(line);
      return 0;
    },
    [
      [UsageError, 1],
      [AppError, 1],
    ],
  );
}
