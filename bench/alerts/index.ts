/**
 * npm run bench:alerts — POST /api/check on PostgreSQL (DATABASE_URL; a fresh database is made on
 * that server and dropped after) with 10,000 reported identifiers, against a bare Koa hello-world on
 * the same machine. The server runs in its own process, as in production; the rate limiter stays on,
 * its limit raised through ALERTS_CHECKS_PER_HOUR.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { freePort, waitUntilAnswers } from '../../server/test/process';
import { checkRequest, seedReports } from './seed';

const IDENTIFIERS = 10_000;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ROOT = path.resolve(__dirname, '../..');

function start(script: string, env: Record<string, string>): ChildProcess {
  return fork(path.join(ROOT, script), [], { env: { ...process.env, ...env }, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
}

async function run(label: string, options: autocannon.Options) {
  await autocannon({ ...options, duration: 2 }); // warm-up: JIT, pool connections, caches
  const r = await autocannon({ ...options, duration: DURATION });
  const failed = r.errors + r.timeouts + r.non2xx;
  console.log(`${label.padEnd(24)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms   max ${r.latency.max} ms   failed ${failed}`);
  if (failed > 0) throw new Error(`${label}: ${failed} requests failed (non-2xx, errors or timeouts)`);
  return r;
}

async function main() {
  const base = process.env.DATABASE_URL;
  if (!base) {
    process.stderr.write('bench:alerts needs DATABASE_URL (a PostgreSQL server; a fresh database is created on it and dropped after)\n');
    process.exit(2);
  }
  const name = `lotus_bench_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const secret = randomBytes(32).toString('hex');
  const children: ChildProcess[] = [];
  try {
    const [apiPort, barePort] = [await freePort(), await freePort()];
    const api = start('server/src/main.ts', {
      DATABASE_URL: url.toString(), PORT: String(apiPort), HOST: '127.0.0.1', NODE_ENV: 'production', LOG_LEVEL: 'warn',
      ALERTS_SECRET: secret, INBOX_SECRET: randomBytes(32).toString('hex'), ALERTS_CHECKS_PER_HOUR: '1000000000', TRUST_PROXY: '1',
    });
    children.push(api);
    await waitUntilAnswers(`http://127.0.0.1:${apiPort}/healthz`, api, { timeoutMs: 60_000 });
    const seeded = performance.now();
    await seedReports(url.toString(), secret, IDENTIFIERS);
    console.log(`seeded ${IDENTIFIERS} reported identifiers in ${((performance.now() - seeded) / 1000).toFixed(1)} s; ${DURATION} s per run, ${CONNECTIONS} connections, node ${process.version}`);
    const bare = start('bench/alerts/bare.ts', { PORT: String(barePort) });
    children.push(bare);
    await waitUntilAnswers(`http://127.0.0.1:${barePort}/`, bare, { timeoutMs: 60_000 });

    const check = await run('POST /api/check', { url: `http://127.0.0.1:${apiPort}`, connections: CONNECTIONS, requests: [checkRequest(IDENTIFIERS)] });
    const koa = await run('bare Koa hello-world', { url: `http://127.0.0.1:${barePort}`, connections: CONNECTIONS });
    const ratio = check.requests.average / koa.requests.average;
    console.log(`ratio check/bare ${ratio.toFixed(2)} (aim ≥ 0.25)   check p99 ${check.latency.p99} ms (aim < 20 ms)`);
    // Both runs share the machine with whatever else is running: say how busy it was.
    console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)));
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((e) => {
  process.stderr.write(`bench:alerts failed: ${(e as Error).message}\n`);
  process.exit(1);
});
