import type autocannon from 'autocannon';
import pg from 'pg';
import { createAlertKeys } from '../../server/src/alerts/keys';
import { normalizeIdentifier } from '../../server/src/alerts/normalize';
import { newReference } from '../../server/src/alerts/reference';
import { REPORT_CATEGORIES, REPORT_LEVELS } from '../../server/src/contract/alerts';

/** Mobile number n (0 ≤ n < 10^8) as a reporter would type it. */
export const phoneOf = (n: number) => `06 ${String(n).padStart(8, '0').replace(/(\d\d)(?=\d)/g, '$1 ')}`;

type Query = (sql: string, params: unknown[]) => Promise<unknown>;

/**
 * `count` identifiers reported and approved (a few with two devices, some with a pending one too),
 * written straight into the reports table with the server's own normalisation and keys, through any
 * query function, so the embedded database can be seeded before the server opens it.
 */
export async function seedReportsWith(query: Query, secret: string, count: number): Promise<void> {
  const keys = createAlertKeys(secret);
  const now = new Date();
  let rows: unknown[][] = [];
  const flush = async () => {
    if (rows.length === 0) return;
    const placeholders = rows.map((_, i) => `(${Array.from({ length: 11 }, (__, j) => `$${i * 11 + j + 1}`).join(', ')})`).join(', ');
    await query(
      `INSERT INTO reports (reference_hash, kind, identifier_hash, masked, device_hash, categories, level, month, status, created_at, decided_at) VALUES ${placeholders}`,
      rows.flat(),
    );
    rows = [];
  };
  for (let n = 0; n < count; n++) {
    const id = normalizeIdentifier('phone', phoneOf(n * 7919));
    const reports = n % 10 === 0 ? 3 : 1;
    for (let r = 0; r < reports; r++) {
      const status = r === 2 ? 'pending' : 'approved';
      rows.push([
        keys.reference(newReference()), 'phone', keys.identifier('phone', id.normalized), id.masked, keys.device(`bench-device-${n}-${r}`),
        [REPORT_CATEGORIES[(n + r) % REPORT_CATEGORIES.length]], REPORT_LEVELS[(n + r) % REPORT_LEVELS.length], '2026-10', status, now, status === 'approved' ? now : null,
      ]);
    }
    if (rows.length >= 500) await flush();
  }
  await flush();
  await query('ANALYZE reports', []);
}

/** The same reports on a running server's PostgreSQL database, which is then told to reload them. */
export async function seedReports(url: string, secret: string, count: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await seedReportsWith((sql, params) => client.query(sql, params), secret, count);
    // Written behind the server's back: tell it to reload its set of reported identifiers.
    await client.query(`UPDATE change_counters SET version = version + 1 WHERE name = 'reports'`);
    await client.query(`NOTIFY lotus_changes, 'reports'`);
  } finally {
    await client.end();
  }
}

/**
 * POST /api/check as 500 workers behind a proxy, each with her own install id and address
 * (documentation range): nine checks in ten hit one of `identifiers` reported numbers, written the
 * way a worker would; one in ten misses.
 */
export function checkRequest(identifiers: number, devices?: string[]): autocannon.Request {
  let n = 0;
  return {
    method: 'POST',
    path: '/api/check',
    headers: { 'content-type': 'application/json' },
    setupRequest(req: autocannon.Request) {
      n += 1;
      const value = n % 10 === 0 ? phoneOf(99_000_000 - (n % 100_000)) : phoneOf((n % identifiers) * 7919);
      const client = n % 500;
      // Without `devices`, an id the server did not issue: the check then counts by address alone.
      const device = devices ? devices[client % devices.length] : `bench-install-${client}-0000000`;
      return {
        ...req,
        headers: { ...req.headers, 'x-forwarded-for': `203.0.113.${client % 250}` },
        body: JSON.stringify({ kind: 'phone', value, lang: 'zh-Hans', device }),
      };
    },
  };
}
