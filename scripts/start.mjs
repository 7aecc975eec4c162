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
} else if (runner === 'dist') {
  await import(path.join(ROOT, 'dist/server/src/main.js'));
} else {
  // The server handles SIGTERM/SIGINT itself; pass them on and leave with its exit code.
  const child = spawn(process.execPath, [...process.execArgv, '--import', 'tsx', path.join(ROOT, 'server/src/main.ts')], { stdio: 'inherit' });
  for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
