/**
 * Mini-program budget: builds both targets (timed); compiles the weapp build with WeChat's own
 * compiler (miniprogram-ci, offline) and prints its package sizes, per package and per page, against
 * WeChat's 2 MB limit (our budget: 1 MB); then runs Lighthouse (mobile emulation) on the five first
 * H5 pages against the real server and prints the performance score, FCP, LCP, total blocking time
 * and cumulative layout shift.
 *
 *   npm run bench:miniprogram                     build, then measure
 *   npm run bench:miniprogram -- --no-build       measure the existing builds
 *   npm run bench:miniprogram -- --runs 5         median of 5 Lighthouse runs per page (default 3)
 *   npm run bench:miniprogram -- --pages home,check
 *   LOTUS_MP_OUT=name npm run bench:miniprogram   builds and measures miniprogram/dist-name, dist-h5-name
 *
 * Lighthouse warns that this machine's CPU is slow, and a loaded machine moves total blocking time by
 * a factor of 3 between runs: compare pages and builds measured in one run, as medians.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildDir } from '../../e2e/support/build';
import { ROOT, startRealServer } from '../../e2e/support/server';
import { serveStatic } from '../../e2e/support/static';
import { lighthouse, PAGES, type LighthouseFigures } from './lighthouse';
import { compileWithWechat, sizesByPage } from './wechat';
import { pwaFigures, printPwaFigures } from './pwa';

// LOTUS_MP_OUT=name measures (and builds) miniprogram/dist-name and dist-h5-name instead of dist and dist-h5.
const WEAPP = buildDir('weapp');
const H5 = buildDir('h5');
const LIMIT = 2 * 1024 * 1024;
const BUDGET = 1024 * 1024;

function files(dir: string, root = dir): { file: string; bytes: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p, root) : [{ file: path.relative(root, p), bytes: statSync(p).size }];
  });
}

function build(type: 'weapp' | 'h5'): number {
  const started = Date.now();
  execFileSync('npm', ['run', `build:${type}`], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production', LOTUS_API_BASE: '' } });
  return (Date.now() - started) / 1000;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};

async function weapp() {
  const onDisk = files(WEAPP).reduce((s, f) => s + f.bytes, 0);
  const compiled = await compileWithWechat(WEAPP);
  if (!compiled.ok) throw new Error(`WeChat's compiler rejected the build: ${compiled.error}`);
  const app = JSON.parse(readFileSync(path.join(WEAPP, 'app.json'), 'utf8'));
  const { perPage, perPackage } = sizesByPage(compiled.files, app);
  const total = Object.values(compiled.files).reduce((s, n) => s + n, 0);
  console.log(`\nweapp, as WeChat's compiler packs it (build on disk ${kb(onDisk)}):`);
  for (const [pkg, bytes] of perPackage) {
    const verdict = bytes > LIMIT ? 'OVER WECHAT LIMIT' : bytes > BUDGET ? 'over budget' : 'OK';
    console.log(`  package ${pkg.padEnd(12)} ${kb(bytes).padStart(10)}  (limit ${kb(LIMIT)}, budget ${kb(BUDGET)}) ${verdict}`);
  }
  console.log(`  total               ${kb(total).padStart(10)}`);
  const shared = total - [...perPage.values()].reduce((s, n) => s + n, 0);
  console.log(`  shared by every page (runtime, vendors, base.wxml, app) ${kb(shared)}; each page's own files:`);
  for (const [page, bytes] of perPage) console.log(`    ${kb(bytes).padStart(10)}  ${page}`);
  const failed = compiled.quality.filter((q) => !q.success).map((q) => q.name);
  console.log(`  WeChat code-quality check: ${failed.length ? `FAILED ${failed.join(', ')}` : `all ${compiled.quality.length} checks pass`}`);
}

async function h5(runs: number, only?: string[]) {
  const h5Files = files(H5).filter((f) => !f.file.endsWith('.LICENSE.txt'));
  console.log(`\nh5 build: ${kb(h5Files.reduce((s, f) => s + f.bytes, 0))} on disk (all pages, uncompressed)`);
  const [api, web] = await Promise.all([startRealServer(), serveStatic(H5)]);
  try {
    console.log(`Lighthouse ${runs > 1 ? `(median of ${runs} runs) ` : ''}mobile emulation, performance:`);
    console.log(`  ${'page'.padEnd(10)} ${'score'.padStart(5)} ${'FCP'.padStart(8)} ${'LCP'.padStart(8)} ${'TBT'.padStart(8)} ${'CLS'.padStart(6)} ${'JS+CSS'.padStart(9)}`);
    const warnings = new Set<string>();
    for (const { name, route } of PAGES.filter((p) => !only || only.includes(p.name))) {
      const url = `${web.url}/?api=${encodeURIComponent(api.url)}#/${route}`;
      const all: LighthouseFigures[] = [];
      for (let i = 0; i < runs; i++) all.push(await lighthouse(url));
      all.forEach((r) => r.warnings.forEach((w) => warnings.add(w)));
      const m = (k: keyof Omit<LighthouseFigures, 'warnings'>) => median(all.map((r) => r[k]));
      const ms = (n: number) => `${(n / 1000).toFixed(2)} s`;
      console.log(
        `  ${name.padEnd(10)} ${String(m('score')).padStart(5)} ${ms(m('fcp')).padStart(8)} ${ms(m('lcp')).padStart(8)} ${`${m('tbt').toFixed(0)} ms`.padStart(8)} ${m('cls').toFixed(3).padStart(6)} ${kb(m('scriptBytes')).padStart(9)}`,
      );
    }
    for (const w of warnings) console.log(`  lighthouse: ${w.replace(/\s+/g, ' ').slice(0, 200)}`);
  } finally {
    await web.close();
    await api.stop();
  }
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    console.log(`weapp build: ${build('weapp').toFixed(1)} s`);
    console.log(`h5 build:    ${build('h5').toFixed(1)} s`);
  }
  await weapp();
  await h5(Number(arg('--runs') ?? 3), arg('--pages')?.split(','));
  printPwaFigures(await pwaFigures(H5));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
