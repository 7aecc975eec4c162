/**
 * npm run bench:api — the public API against a bare Koa hello-world, in one run, on PostgreSQL
 * (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres: a fresh database is made there
 * and dropped after) and on the embedded database (a fresh DATA_DIR, removed after). The server runs in
 * its own process with the shipped content and 10,000 reported identifiers, as in production.
 * Loopback only; every run is bounded: BENCH_ROUNDS (3) rounds of BENCH_SECONDS (2) per endpoint,
 * each right after as long a run of bare Koa. BENCH_ENGINES=postgres and BENCH_ONLY=check,304 narrow a run.
 *
 * The server measured is the one `npm start` runs in production: compiled (`npm run build`, done here
 * first) and started with the node flags of deploy/lotus.service. BENCH_RUNNER=tsx measures the sources
 * through tsx instead, as the tests run them (slower: tsx names every closure it makes).
 * On a machine with two cores or more, the load generator (this process) is held to the first core and
 * both servers to the second (BENCH_PIN=0 lets the scheduler place them): unpinned, the same tree gave
 * a check 84 to 133 µs of CPU from one run to the next, as the scheduler moved the three processes
 * around; pinned, 76 to 87 µs.
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { freePort, waitUntilAnswers } from '../../server/test/process';
import { checkRequest } from '../alerts/seed';
import { measureOpenNow } from './openNow';

const IDENTIFIERS = 10_000;
const DURATION = Number(process.env.BENCH_SECONDS ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ROOT = path.resolve(__dirname, '../..');
/** Another checkout's server (e.g. a `git worktree` of an older commit) to compare with, under the same load. */
const SERVER_ROOT = process.env.BENCH_SERVER_ROOT ? path.resolve(process.env.BENCH_SERVER_ROOT) : ROOT;
const PG_BASE = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ENGINES = (process.env.BENCH_ENGINES ?? 'postgres,pglite').split(',');
const COMPILED = process.env.BENCH_RUNNER !== 'tsx';
/** deploy/lotus.service's flags, read from the unit itself so the two cannot drift apart. */
const DEPLOYED_FLAGS = /ExecStart=\S*node((?: --[\w-]+=\S+)*) scripts\/start\.mjs/.exec(fs.readFileSync(path.join(ROOT, 'deploy/lotus.service'), 'utf8'))?.[1].split(' ').filter(Boolean) ?? [];
const PIN = process.env.BENCH_PIN !== '0' && os.cpus().length >= 2;
if (PIN) execFileSync('taskset', ['-p', '-c', '0', String(process.pid)], { stdio: 'ignore' });

/** How a server process is started: on the second core when pinning. */
function placed(execArgv: string[]): { execPath?: string; execArgv: string[] } {
  return PIN ? { execPath: 'taskset', execArgv: ['-c', '1', process.execPath, ...execArgv] } : { execArgv };
}

function start(script: string, env: Record<string, string>): ChildProcess {
  return fork(path.join(ROOT, script), [], { env: { ...process.env, ...env }, ...placed(['--import', 'tsx']), stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
}

function rssMb(pid: number | undefined): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

const TICKS_PER_S = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** CPU time (user + system, every thread) a process has used so far, in µs. */
function cpuUs(pid: number | undefined): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / TICKS_PER_S;
}

interface Row {
  label: string;
  rps: number;
  /** The server's CPU time per answer: steadier than req/s on a shared machine (the others' load slows both sides alike). */
  cpuUs: number;
  p50: number;
  p99: number;
  failed: number;
  timeouts: number;
}

/** What bench:api uses beyond bench/alerts' declarations of autocannon. */
type Options = autocannon.Options & { headers?: Record<string, string> };
type Result = autocannon.Result & { '3xx': number; requests: { total: number } };

async function measure(label: string, pid: number | undefined, options: Options, expected = 200): Promise<Row> {
  const cpuBefore = cpuUs(pid);
  const r = (await autocannon({ ...options, duration: DURATION })) as Result;
  const cpu = (cpuUs(pid) - cpuBefore) / Math.max(1, r.requests.total);
  // autocannon counts any non-2xx as a failure; a 304 run expects exactly 304s.
  const wrongStatus = expected === 200 ? r.non2xx : r.requests.total - r['3xx'];
  return { label, rps: r.requests.average, cpuUs: cpu, p50: r.latency.p50, p99: r.latency.p99, failed: r.errors + wrongStatus, timeouts: r.timeouts };
}

/** Install ids issued by the server, as the apps hold them: their checks cost two more keyed hashes (signature, limit key). */
async function installIds(base: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = await fetch(`${base}/api/device`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${i % 250}` }, body: '{}' });
    ids.push(((await r.json()) as { data: { device: string } }).data.device);
  }
  return ids;
}

/** Nine checks in ten hit a reported number (written the way a worker would), one in ten misses. */
async function benchEngine(engine: string, bareUrl: string, barePid: number | undefined, secret: string): Promise<void> {
  const port = await freePort();
  const env: Record<string, string> = {
    PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production', LOG_LEVEL: 'warn',
    ALERTS_SECRET: secret, INBOX_SECRET: randomBytes(32).toString('hex'), ALERTS_CHECKS_PER_HOUR: '1000000000', ALERTS_DEVICES_PER_HOUR: '1000', TRUST_PROXY: '1',
  };
  let cleanup: () => Promise<void>;
  if (engine === 'postgres') {
    const name = `lotus_bench_api_${process.pid}_${randomBytes(3).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_BASE });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(PG_BASE);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    cleanup = async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-bench-api-'));
    env.DATA_DIR = dir;
    env.DATABASE_URL = '';
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  const children: ChildProcess[] = [];
  try {
    // Migrated and seeded before the server opens the database: the embedded one admits a single process.
    const prepare = fork(path.join(__dirname, 'prepare.ts'), [], {
      cwd: SERVER_ROOT,
      env: { ...process.env, ...env, BENCH_SECRET: secret, BENCH_IDENTIFIERS: String(IDENTIFIERS) },
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const prepared = await new Promise<number | null>((resolve) => prepare.once('exit', resolve));
    if (prepared !== 0) throw new Error('the database could not be prepared');
    // BENCH_CPU_PROF=dir: the server writes a V8 CPU profile there when it stops (open it in Chromium's DevTools).
    const prof = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`] : [];
    const [main, flags] = COMPILED ? ['dist/server/src/main.js', DEPLOYED_FLAGS] : ['server/src/main.ts', ['--import', 'tsx']];
    const api = fork(path.join(SERVER_ROOT, main), [], { cwd: SERVER_ROOT, env: { ...process.env, ...env }, ...placed([...flags, ...prof]), stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    children.push(api);
    const base = `http://127.0.0.1:${port}`;
    await waitUntilAnswers(`${base}/healthz`, api, { timeoutMs: 120_000 });
    const rssBefore = rssMb(api.pid);
    const services = `${base}/api/services?city=paris&lang=zh-Hans`;
    const first = await fetch(services);
    const etag = first.headers.get('etag') ?? '';
    const size = (await first.arrayBuffer()).byteLength;
    const c = CONNECTIONS;
    // What browsers and WeChat send.
    const enc = { 'accept-encoding': 'gzip, deflate, br' };
    const runs: Array<[string, Options, number?]> = [
      [`GET /api/services (${(size / 1024).toFixed(1)} KB of JSON)`, { url: services, connections: c, headers: enc }],
      ['GET /api/articles', { url: `${base}/api/articles?lang=zh-Hans`, connections: c, headers: enc }],
      ['GET /api/cities', { url: `${base}/api/cities?lang=zh-Hans`, connections: c, headers: enc }],
      ['GET /api/services 304', { url: services, connections: c, headers: { ...enc, 'if-none-match': etag } }, 304],
      ['POST /api/check', { url: base, connections: c, requests: [checkRequest(IDENTIFIERS)] }],
      ['POST /api/check, install ids', { url: base, connections: c, requests: [checkRequest(IDENTIFIERS, await installIds(base, 500))] }],
      ['GET /healthz', { url: `${base}/healthz`, connections: c }],
    ];
    if (engine === 'pglite') runs.push(['GET /api/services, 50 conn.', { url: services, connections: 50, headers: enc }]);
    // BENCH_ONLY=check,304 measures only the endpoints whose label holds one of these words.
    const only = process.env.BENCH_ONLY?.split(',');
    if (only) runs.splice(0, runs.length, ...runs.filter(([label]) => only.some((w) => label.includes(w))));
    // A first pass warms up every path (JIT, pool connections, prepared answers) before anything is measured.
    for (const [, options] of runs) await autocannon({ ...options, duration: 1 });
    // Rounds of (bare Koa, endpoint) pairs: the machine's load drifts, so each endpoint is compared with
    // bare Koa measured just before it, several times over.
    const rounds: Array<Array<{ bare: Row; row: Row }>> = [];
    for (let round = 0; round < ROUNDS; round++) {
      const pairs: Array<{ bare: Row; row: Row }> = [];
      for (const [label, options, expected] of runs) {
        const bare = await measure('bare Koa', barePid, { url: bareUrl, connections: options.connections });
        pairs.push({ bare, row: await measure(label, api.pid, options, expected) });
      }
      rounds.push(pairs);
    }
    const rows = runs.map((_, i) => combine(rounds.map((pairs) => pairs[i])));
    const rssAfter = rssMb(api.pid);
    print(engine, rows, rssBefore, rssAfter);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((r) => child.once('exit', r)) : null)));
    await cleanup();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One line per endpoint over the rounds: mean req/s of each side, median latencies, every failure. */
function combine(pairs: Array<{ bare: Row; row: Row }>): { bare: Row; row: Row; rounds: Array<{ bare: Row; row: Row }> } {
  const merge = (rows: Row[]): Row => ({
    label: rows[0].label,
    rps: rows.reduce((n, r) => n + r.rps, 0) / rows.length,
    cpuUs: median(rows.map((r) => r.cpuUs)),
    p50: median(rows.map((r) => r.p50)),
    p99: median(rows.map((r) => r.p99)),
    failed: rows.reduce((n, r) => n + r.failed, 0),
    timeouts: rows.reduce((n, r) => n + r.timeouts, 0),
  });
  return { bare: merge(pairs.map((p) => p.bare)), row: merge(pairs.map((p) => p.row)), rounds: pairs };
}

function print(engine: string, rows: Array<{ bare: Row; row: Row; rounds: Array<{ bare: Row; row: Row }> }>, rssBefore: number, rssAfter: number) {
  console.log(`\n${engine}: server RSS ${rssBefore.toFixed(0)} MB after start, ${rssAfter.toFixed(0)} MB after the runs`);
  console.log('| endpoint | req/s | bare Koa req/s (runs just before) | share of bare Koa | shares per round | server CPU µs/answer | bare Koa CPU µs | CPU share | p50 ms | p99 ms | failed | timeouts |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const { bare, row: r, rounds } of rows) {
    const share = `${((100 * r.rps) / bare.rps).toFixed(0)} %`;
    const spread = rounds.map((p) => ((100 * p.row.rps) / p.bare.rps).toFixed(0)).join(', ');
    const cpuShare = `${((100 * bare.cpuUs) / r.cpuUs).toFixed(0)} %`;
    console.log(
      `| ${r.label} | ${r.rps.toFixed(0)} | ${bare.rps.toFixed(0)} | ${share} | ${spread} | ${r.cpuUs.toFixed(0)} | ${bare.cpuUs.toFixed(0)} | ${cpuShare} | ${r.p50} | ${r.p99} | ${r.failed} | ${r.timeouts} |`,
    );
  }
}

async function main() {
  const secret = randomBytes(32).toString('hex');
  const barePort = await freePort();
  const bare = start('bench/alerts/bare.ts', { PORT: String(barePort) });
  try {
    await waitUntilAnswers(`http://127.0.0.1:${barePort}/`, bare, { timeoutMs: 120_000 });
    if (SERVER_ROOT !== ROOT) console.log(`server from ${SERVER_ROOT}`);
    if (COMPILED) execFileSync('npm', ['run', '--silent', 'build'], { cwd: SERVER_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    console.log(`${ROUNDS} rounds of ${DURATION} s per endpoint, each after ${DURATION} s of bare Koa; ${CONNECTIONS} connections; node ${process.version}, ${os.cpus().length} cores`);
    console.log(
      `server: ${COMPILED ? `compiled (dist/), node ${DEPLOYED_FLAGS.join(' ')}` : 'sources through tsx'}; ${PIN ? 'load generator on core 0, servers on core 1' : 'not pinned'}`,
    );
    const openNow = measureOpenNow();
    console.log(
      `openNow, Paris list: computed per request (with its JSON, gzip and ETag) ${openNow.perRequestUs.toFixed(0)} µs; kept per minute ${openNow.perMinuteUs.toFixed(2)} µs`,
    );
    for (const engine of ENGINES) await benchEngine(engine, `http://127.0.0.1:${barePort}`, bare.pid, secret);
    // The runs share the machine with whatever else is running: say how busy it was.
    console.log(`\nload average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  } finally {
    bare.kill('SIGTERM');
  }
}

main().catch((e) => {
  process.stderr.write(`bench:api failed: ${(e as Error).message}\n`);
  process.exit(1);
});
