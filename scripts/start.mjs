/**
 * `npm start`: runs the compiled server (dist/, from `npm run build`) when it is newer than every
 * source, else the sources through tsx — so a fresh clone starts with no build step and an edited
 * source is never shadowed by an old build. `--which` prints `dist` or `tsx` and exits.
 * Plain JavaScript: it must run where only production dependencies are installed.
 * `--max-semi-space-size=4` (package.json, deploy/lotus.service): V8's young generation capped at
 * 4 MB a semi-space instead of 16 keeps some 30 MB less resident, at no measurable start-up cost.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = path.join(ROOT, 'dist/BUILT');
const SOURCES = ['server/src', 'scripts'];

function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      // Tests are not compiled: editing one does not make dist/ stale.
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  for (const d of SOURCES) walk(path.join(ROOT, d));
  return newest;
}

const WEB_SOURCES = ['miniprogram/src', 'miniprogram/config', 'server/src/contract', 'miniprogram/package.json'];
const WEB_DIR = path.join(ROOT, 'miniprogram/dist-h5');

function newestWebSource() {
  let newest = 0;
  const walk = (p) => {
    const st = fs.statSync(p);
    if (!st.isDirectory()) {
      if (!p.endsWith('.test.ts')) newest = Math.max(newest, st.mtimeMs);
      return;
    }
    for (const e of fs.readdirSync(p)) walk(path.join(p, e));
  };
  for (const d of WEB_SOURCES) walk(path.join(ROOT, d));
  return newest;
}

/**
 * The web app (the mini-program's H5 build, served at WEB_APP_PATH by the server) is built here when
 * it is missing or older than its sources, in the background: a Taro build takes minutes on a small
 * machine and the API, the console and WeChat must not wait for it. Meanwhile the server answers the
 * web app's address with a page that says it is being prepared (server/src/web/preparing.ts), or
 * keeps serving the previous build until the new one replaces it whole. With WEB_APP_DIR set, the
 * operator provides the build and nothing is built here.
 */
function buildWebAppIfStale() {
  let current = false;
  try {
    // Taro writes index.html among the last files: the build is current while it is newer than every source.
    current = fs.statSync(path.join(WEB_DIR, 'index.html')).mtimeMs > newestWebSource();
  } catch {
    current = false;
  }
  if (current) return;
  try {
    fs.accessSync(path.dirname(WEB_DIR), fs.constants.W_OK);
  } catch {
    console.error(`web app: ${fs.existsSync(WEB_DIR) ? 'older than its sources' : 'not built'}, and this user cannot write ${path.relative(ROOT, path.dirname(WEB_DIR))}/: run npm run build:h5 as its owner`);
    return;
  }
  let taro;
  try {
    taro = createRequire(path.join(ROOT, 'miniprogram/package.json')).resolve('@tarojs/cli/bin/taro');
  } catch {
    console.error('web app: not built, and the build tools are not installed (npm install without --omit=dev); the API and console run without it');
    return;
  }
  const staging = `${WEB_DIR}-next`;
  const marker = `${WEB_DIR}.building`;
  try {
    process.kill(Number(fs.readFileSync(marker, 'utf8').trim()), 0);
    console.log('web app: another npm start is building it');
    return;
  } catch {
    // No build under way (or its process is gone): this one builds.
  }
  fs.writeFileSync(marker, `${process.pid}\n`);
  console.log(`web app: ${fs.existsSync(WEB_DIR) ? 'sources changed' : 'no build yet'}, building it in the background (a few minutes)`);
  const started = Date.now();
  const env = { ...process.env, NODE_ENV: 'production', LOTUS_API_BASE: '', LOTUS_MP_OUT: 'next' };
  const child = spawn(process.execPath, [taro, 'build', '--type', 'h5'], { cwd: path.join(ROOT, 'miniprogram'), env, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    // Below the server: the API answers first.
    os.setPriority(child.pid, 10);
  } catch {
    // Not allowed here: the build runs at normal priority.
  }
  let errors = '';
  // Taro reports a failed compilation on standard output: the last lines of both are shown.
  const keep = (chunk) => {
    errors = (errors + chunk.toString()).slice(-3000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const stop = () => child.exitCode === null && child.kill('SIGTERM');
  process.on('exit', stop);
  child.on('exit', (code) => {
    process.off('exit', stop);
    fs.rmSync(marker, { force: true });
    if (code !== 0 || !fs.existsSync(path.join(staging, 'index.html'))) {
      console.error(`web app: the build failed (exit ${code}); the previous build, if any, is still served\n${errors.trim()}`);
      return;
    }
    const old = `${WEB_DIR}-old`;
    fs.rmSync(old, { recursive: true, force: true });
    if (fs.existsSync(WEB_DIR)) fs.renameSync(WEB_DIR, old);
    fs.renameSync(staging, WEB_DIR);
    fs.rmSync(old, { recursive: true, force: true });
    console.log(`web app: built in ${Math.round((Date.now() - started) / 1000)} s`);
  });
}

function compiledIsCurrent() {
  try {
    return fs.statSync(STAMP).mtimeMs > newestSource();
  } catch {
    return false;
  }
}

const runner = compiledIsCurrent() ? 'dist' : 'tsx';
if (process.argv.includes('--which')) {
  console.log(runner);
} else {
  if (!process.env.WEB_APP_DIR) buildWebAppIfStale();
  if (runner === 'dist') {
    await import(path.join(ROOT, 'dist/server/src/main.js'));
  } else {
    // The server handles SIGTERM/SIGINT itself; pass them on and leave with its exit code.
    const child = spawn(process.execPath, [...process.execArgv, '--import', 'tsx', path.join(ROOT, 'server/src/main.ts')], { stdio: 'inherit' });
    for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => child.kill(signal));
    child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  }
}
