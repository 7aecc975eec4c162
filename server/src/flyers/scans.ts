import type { DataSource, EntityManager } from 'typeorm';
import type { DayCount } from '../contract/admin';
import { decodeScene, formatScene, parseScene } from '../contract/scene';
import { NO_FLYER, UNKNOWN_SCENE } from '../entities/ScanCount';
import { parisDay } from './day';

type Queryable = Pick<DataSource | EntityManager, 'query'>;

/** Which counter a scanned scene adds to: its flyer's code, or one of the two buckets. */
export type ScanBucket = { code: string; target: string } | { bucket: typeof UNKNOWN_SCENE | typeof NO_FLYER };

export function classifyScan(raw: string): ScanBucket {
  // Valid scenes hold no `%`, so decoding once more is harmless and accepts a client that did not decode.
  const parsed = parseScene(decodeScene(raw));
  if (!parsed.ok) return { bucket: UNKNOWN_SCENE };
  const { target, flyer } = parsed.scene;
  if (!flyer) return { bucket: NO_FLYER };
  return { code: flyer, target: formatScene({ target, flyer: null }) };
}

/**
 * Adds one to today's counter of the scanned flyer, in one statement so that concurrent scans are
 * all counted. A flyer code the database does not hold, or held with another target, counts as
 * unknown. Nothing about the scanner is read or kept.
 */
export async function countScan(db: Queryable, raw: string, now: Date): Promise<void> {
  const day = parisDay(now);
  const b = classifyScan(raw);
  if ('bucket' in b) {
    await db.query(
      `INSERT INTO scan_counts (code, day, n) VALUES ($1, $2, 1)
       ON CONFLICT (code, day) DO UPDATE SET n = scan_counts.n + 1`,
      [b.bucket, day],
    );
    return;
  }
  await db.query(
    `INSERT INTO scan_counts (code, day, n)
     SELECT COALESCE((SELECT code FROM scene_codes WHERE code = $1 AND target = $2), $3), $4::date, 1
     ON CONFLICT (code, day) DO UPDATE SET n = scan_counts.n + 1`,
    [b.code, b.target, UNKNOWN_SCENE, day],
  );
}

export interface ScanStats {
  /** Per code (flyer codes and the two buckets): the days of the range that had scans, oldest first. */
  days: Map<string, DayCount[]>;
  /** Per code: every scan ever counted. */
  totals: Map<string, number>;
}

export async function scanStats(db: Queryable, range: { from: string; to: string }): Promise<ScanStats> {
  const [rows, totals] = await Promise.all([
    db.query(`SELECT code, day, n FROM scan_counts WHERE day BETWEEN $1 AND $2 ORDER BY code, day`, [range.from, range.to]) as Promise<
      Array<{ code: string; day: string; n: number }>
    >,
    db.query(`SELECT code, sum(n)::int AS total FROM scan_counts GROUP BY code`) as Promise<Array<{ code: string; total: number }>>,
  ]);
  const days = new Map<string, DayCount[]>();
  for (const r of rows) {
    const list = days.get(r.code) ?? [];
    list.push({ day: r.day, n: r.n });
    days.set(r.code, list);
  }
  return { days, totals: new Map(totals.map((t) => [t.code, t.total])) };
}
