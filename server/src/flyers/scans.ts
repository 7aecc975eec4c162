import type { DataSource, EntityManager } from 'typeorm';
import type { DayCount } from '../contract/admin';

type Queryable = Pick<DataSource | EntityManager, 'query'>;

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
