/**
 * npm run bench:startup — time from process start to the first healthy `/healthz`, and the resident
 * memory of the server once it is healthy, on a fresh data folder (migrations and the content import)
 * and on the same folder reopened; on PGlite always, on PostgreSQL when DATABASE_URL is set (a fresh
 * database is made on that server and dropped after). It runs the compiled server (`npm run build`)
 * when it is current, else the sources through tsx, as `npm start` would; BENCH_RUNNER=tsx|dist forces one.
 * The CPU column (user + system time until healthy) is the figure to compare on a busy machine.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort, waitUntilAnswers } from '../../server/test/process';

const ROOT = path.resolve(__dirname, '../..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);

function runner(): 'dist' | 'tsx' {
  const forced = process.env.BENCH_RUNNER;
  if (forced === 'dist' || forced === 'tsx') return forced;
  return execFileSync(process.execPath, [path.join(ROOT, 'scripts/start.mjs'), '--which'], { encoding: 'utf8' }).trim() === 'dist' ? 'dist' : 'tsx';
}

function start(env: Record<string, string>, how: 'dist' | 'tsx'): ChildProcess {
  // With npm start's V8 flag (package.json); the server itself, so that its own memory is measured.
  const args = ['--max-semi-space-size=4', ...(how === 'dist' ? [path.join(ROOT, 'dist/server/src/main.js')] : ['--import', 'tsx', path.join(ROOT, 'server/src/main.ts')])];
  return spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Resident set of a process and its children, in MB, from /proc. */
function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/**
 * CPU time the server (and the children it waited for) used, in seconds: on a busy machine the wall
 * clock measures the neighbours too, this does not.
 */
function cpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime, stime, cutime, cstime: fields 14 to 17 of proc(5), in clock ticks of 1/100 s.
  return fields.slice(11, 15).reduce((a, b) => a + Number(b), 0) / 100;
}

interface Figures {
  seconds: number;
  cpu: number;
  rss: number;
}

async function measure(env: Record<string, string>, how: 'dist' | 'tsx'): Promise<Figures> {
  const port = await freePort();
  const t0 = performance.now();
  const child = start({ ...env, PORT: String(port), HOST: '127.0.0.1' }, how);
  try {
    await waitUntilAnswers(`http://127.0.0.1:${port}/healthz`, child, { timeoutMs: 600_000, everyMs: 50 });
    const seconds = (performance.now() - t0) / 1000;
    const cpu = cpuSeconds(child.pid as number);
    // Let the collector settle the start-up garbage before reading the resident set.
    await new Promise((r) => setTimeout(r, 2000));
    return { seconds, cpu, rss: rssMb(child.pid as number) };
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

async function postgresDb(): Promise<{ url: string; drop(): Promise<void> }> {
  const base = new URL(process.env.DATABASE_URL as string);
  const name = `lotus_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: base.toString() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name}`);
      await c.end();
    },
  };
}

function row(label: string, f: Figures): string {
  return `${label.padEnd(26)} ${f.seconds.toFixed(1).padStart(6)} s  ${f.cpu.toFixed(1).padStart(6)} s  ${String(f.rss).padStart(5)} MB`;
}

async function main() {
  const how = runner();
  console.log(`start to healthy and resident memory after start (${how === 'dist' ? 'compiled dist/' : 'tsx on the sources'}), ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(1)}`);
  console.log(`${''.padEnd(26)} ${'wall'.padStart(8)} ${'CPU'.padStart(8)}  ${'RSS'.padStart(8)}`);
  for (let round = 0; round < ROUNDS; round++) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-bench-'));
    try {
      const env = { DATA_DIR: dataDir, DATABASE_URL: '' };
      console.log(row('PGlite, fresh DATA_DIR', await measure(env, how)));
      console.log(row('PGlite, reopened', await measure(env, how)));
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    if (process.env.DATABASE_URL) {
      const db = await postgresDb();
      const dataDir2 = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-bench-'));
      try {
        const env = { DATABASE_URL: db.url, DATA_DIR: dataDir2 };
        console.log(row('PostgreSQL, fresh database', await measure(env, how)));
        console.log(row('PostgreSQL, reopened', await measure(env, how)));
      } finally {
        await db.drop();
        fs.rmSync(dataDir2, { recursive: true, force: true });
      }
    }
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
