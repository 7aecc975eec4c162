/**
 * `npm run flyer -- --scene c=paris --label "Bus tour Belleville, Nov 2026" --lang zh-Hans,fr --out flyer.pdf`
 * registers a flyer (a scene code) in the configured database and writes its A6 card (.pdf or .svg
 * by the --out extension). `--code bt2611` chooses the flyer code (else one is made up);
 * `npm run flyer -- --code bt2611 --out again.svg` prints an existing flyer again.
 * The QR code is WeChat's mini-program code when MINIPROGRAM_APPID/MINIPROGRAM_SECRET are set,
 * else a plain QR code of H5_URL?scene=…, refused when H5_URL is an address phones cannot reach
 * (127.0.0.1, a private network) unless `--test` asks for a test print, which is stamped TEST.
 * With the embedded database, stop the server first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { recordAudit } from '../server/src/auth/audit';
import { loadConfig } from '../server/src/config';
import type { AppDeps } from '../server/src/context';
import { SceneCode } from '../server/src/entities';
import { AppError, PrivateAddressError } from '../server/src/errors';
import { FLYER_LANGS, flyerQr, loadFlyerTexts, privateAddress, renderFlyer, type FlyerLang } from '../server/src/flyers';
import { miniProgramCodeMaker } from '../server/src/flyers/codeMaker';
import sceneCodeCreate from '../server/src/commands/sceneCodeCreate';
import { flyerScene } from '../server/src/flyers/sceneCodes';
import { createLogger } from '../server/src/logger';
import { runCli, withDatabase } from './cli';

export class UsageError extends Error {}

const USAGE = 'usage: npm run flyer -- --scene c=paris --label "Bus tour Belleville, Nov 2026" [--code bt2611] [--lang zh-Hans,fr] [--test] --out flyer.pdf|flyer.svg';

function options(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { scene: { type: 'string' }, label: { type: 'string' }, code: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' }, test: { type: 'boolean' } },
    }));
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${USAGE}`);
  }
  const out = values.out;
  if (!out || !/\.(pdf|svg)$/i.test(out)) throw new UsageError(`--out must name a .pdf or .svg file\n${USAGE}`);
  if (!values.scene && !values.code) throw new UsageError(`give --scene (and --label) for a new flyer, or --code to print an existing one\n${USAGE}`);
  if (values.scene && !values.label) throw new UsageError(`--label is required with --scene: say where and when the flyer is handed out\n${USAGE}`);
  const langs = (values.lang ?? FLYER_LANGS.join(',')).split(',').map((l) => l.trim());
  const unknown = langs.find((l) => !(FLYER_LANGS as readonly string[]).includes(l));
  if (unknown !== undefined || new Set(langs).size !== langs.length) throw new UsageError(`--lang takes ${FLYER_LANGS.join(' and/or ')}, comma-separated, each once`);
  return { ...values, out, langs: langs as FlyerLang[], format: out.toLowerCase().endsWith('.svg') ? ('svg' as const) : ('pdf' as const) };
}

/** Does the work; returns the lines to print. */
export async function flyer(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  const opts = options(argv);
  const config = loadConfig(env);
  const texts = loadFlyerTexts(config.CONTENT_DIR);
  return withDatabase(config, async (db) => {
    const deps: AppDeps = { config, db, logger: createLogger('silent'), now: () => new Date() };
    const test = opts.test ?? false;
    // Before anything is registered: a flyer nobody can open is not worth a code.
    if (!test && !miniProgramCodeMaker(deps) && privateAddress(config.H5_URL)) throw PrivateAddressError(config.H5_URL);
    let row: SceneCode;
    if (opts.scene) {
      const { scene, label, code } = opts;
      row = await db.dataSource.transaction(async (m) => {
        const created = await sceneCodeCreate({ m, scene, label: label ?? '', code });
        await recordAudit(m, null, deps.now(), { action: 'scene.create', target: { type: 'scene', id: created.code }, detail: { target: created.target, via: 'cli' } });
        return created;
      });
    } else {
      const found = await db.dataSource.getRepository(SceneCode).findOne({ where: { code: opts.code } });
      if (!found) throw new UsageError(`There is no flyer "${opts.code}"`);
      row = found;
    }
    const scene = flyerScene(row);
    const qr = await flyerQr(scene, { h5Url: config.H5_URL, wechat: miniProgramCodeMaker(deps), test });
    const file = await renderFlyer({ format: opts.format, qr, texts, langs: opts.langs, code: row.code, fontFile: config.FLYER_FONT, test });
    fs.mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
    fs.writeFileSync(opts.out, file);
    return [
      `${opts.scene ? 'Created' : 'Printed'} flyer ${row.code} "${row.label}": scene ${scene}`,
      qr.kind === 'wxacode' ? 'QR code: WeChat mini-program code (wxa/getwxacodeunlimit)' : `QR code: ${qr.url}`,
      `Wrote ${opts.out} (${Math.round(file.length / 1024)} KB)${test ? ', stamped TEST: not for handing out' : ''}`,
    ];
  });
}

if (require.main === module) {
  runCli(
    async () => {
      for (const line of await flyer(process.argv.slice(2))) console.log(line);
      return 0;
    },
    [
      [UsageError, 1],
      [AppError, 1],
    ],
  );
}
