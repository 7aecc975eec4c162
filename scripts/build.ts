/**
 * `npm run build`: compiles the server and the command-line tools to JavaScript in dist/ (one .js per
 * .ts, the same tree: dist/server/src/main.js, dist/scripts/flyer.js) and the console's script to
 * dist/server/src/console/app.js; `npm start` then runs dist/ while it is newer than every source.
 *
 * esbuild, not tsc: it is the same transform tsx applies in development and in every test, so the
 * compiled server behaves as the tested one (tsc's `emitDecoratorMetadata` would hand TypeORM
 * reflected types the tests never saw; every column names its type, so none is needed), and it
 * compiles the whole tree in well under a second. Type checking stays `npm run typecheck`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { CONSOLE_BUNDLE_OPTIONS } from '../server/src/console/serve';

const ROOT = path.resolve(__dirname, '..');
/** `--out NAME`: another folder beside dist/ (the build test's); paths inside rely on that depth. */
const outArg = process.argv.indexOf('--out');
const OUT = path.join(ROOT, outArg > 0 ? path.basename(process.argv[outArg + 1] ?? 'dist') : 'dist');

/** Sources of the compiled tree: everything under these folders but tests and browser code. */
function sources(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (p !== path.join(ROOT, 'server/src/console/app')) walk(p);
      } else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.d.ts')) found.push(p);
    }
  };
  walk(path.join(ROOT, 'server/src'));
  walk(path.join(ROOT, 'scripts'));
  return found;
}

/**
 * Files the sources read beside themselves (content/ two folders up from server/src, the console's
 * public/ folder) are linked into dist/, so a path relative to `__dirname` means the same there.
 */
function link(target: string, at: string): void {
  fs.mkdirSync(path.dirname(at), { recursive: true });
  fs.symlinkSync(path.relative(path.dirname(at), target), at);
}

async function main() {
  const started = performance.now();
  fs.rmSync(OUT, { recursive: true, force: true });
  const entryPoints = sources();
  await build({
    entryPoints,
    outbase: ROOT,
    outdir: OUT,
    bundle: false,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // import('./server') as require(), as tsx runs it: Node's own import() wants file extensions.
    supported: { 'dynamic-import': false },
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    logLevel: 'warning',
  });
  await build({ ...CONSOLE_BUNDLE_OPTIONS, outfile: path.join(OUT, 'server/src/console/app.js') });
  link(path.join(ROOT, 'content'), path.join(OUT, 'content'));
  link(path.join(ROOT, 'server/src/console/public'), path.join(OUT, 'server/src/console/public'));
  link(path.join(ROOT, 'miniprogram/dist-h5'), path.join(OUT, 'miniprogram/dist-h5'));
  // Written last: `npm start` trusts dist/ only when this stamp is newer than every source.
  fs.writeFileSync(path.join(OUT, 'BUILT'), `${new Date().toISOString()}\n`);
  console.log(`${path.relative(ROOT, OUT)}/: ${entryPoints.length} modules and the console script in ${Math.round(performance.now() - started)} ms`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
