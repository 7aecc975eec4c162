import { createAlertKeys } from '../../server/src/alerts/keys';
import { normalizeIdentifier } from '../../server/src/alerts/normalize';
import { newReference } from '../../server/src/alerts/reference';
import { REPORT_CATEGORIES, REPORT_LEVELS } from '../../server/src/contract/alerts';
import { phoneOf } from '../alerts/seed';

type Query = (sql: string, params: unknown[]) => Promise<unknown>;

/**
 * The same reports as bench:alerts (`count` identifiers, one in ten with a second device and a pending
 * report), through any query function, so the embedded database can be seeded before the server opens it.
 */
export async function seedReportsWith(query: Query, secret: string, count: number): Promise<void> {
  const keys = createAlertKeys(secret);
  const now = new Date();
  let rows: unknown[][] = [];
  const flush = async () => {
    if (rows.length === 0) return;
    const placeholders = rows.map((_, i) => `(${Array.from({ length: 11 }, (__, j) => `$${i * 11 + j + 1}`).join(', ')})`).join(', ');
    await query(
      `INSERT INTO reports (reference_hash, kind, identifier_hash, masked, device_hash, category, level, month, status, created_at, decided_at) VALUES ${placeholders}`,
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
        REPORT_CATEGORIES[(n + r) % REPORT_CATEGORIES.length], REPORT_LEVELS[(n + r) % REPORT_LEVELS.length], '2026-10', status, now, status === 'approved' ? now : null,
      ]);
    }
    if (rows.length >= 500) await flush();
  }
  await flush();
  await query('ANALYZE reports', []);
}
