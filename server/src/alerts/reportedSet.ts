import type { ReportCategory, ReportLevel } from '../contract/alerts';
import type { Db } from '../db/dataSource';
import { keptPer } from '../snapshot/kept';

/**
 * One report as the check reads it. The keyed hashes of the device and of the source are not kept:
 * they only ever serve to tell "same or not", so each is replaced by a short stand-in ('d17', 's4')
 * that means nothing outside this process.
 */
export interface ReportedRow {
  status: 'approved' | 'pending';
  categories: ReportCategory[];
  level: ReportLevel;
  device_hash: string;
  month: string;
  source_hash: string | null;
  visible_at: Date | null;
  flagged: boolean;
  createdAt: number;
}

interface Stored {
  identifier_hash: string;
  status: 'approved' | 'pending';
  categories: ReportCategory[];
  level: ReportLevel;
  device_hash: string;
  month: string;
  source_hash: string | null;
  visible_at: Date | string | null;
  flagged: boolean;
  created_at: Date | string;
}

/**
 * The reports that can answer a check (approved, or waiting for a moderator), by keyed hash of the
 * identifier: what the table holds and less (no masked identifier, no reference, no details). A check
 * reads it instead of the database; it is reloaded after any report is created, decided, withdrawn
 * or purged, in this process or another (change_counters).
 */
export class ReportedSet {
  constructor(private readonly byHash: Map<string, ReportedRow[]>) {}

  get identifiers(): number {
    return this.byHash.size;
  }

  /** The identifier's reports created after `cutoff` (older ones have expired and wait for the purge). */
  lookup(identifierHash: string, cutoff: Date): ReportedRow[] {
    const rows = this.byHash.get(identifierHash);
    if (!rows) return [];
    const after = cutoff.getTime();
    return rows.filter((r) => r.createdAt > after);
  }

  static async load(db: Db): Promise<ReportedSet> {
    const stored: Stored[] = await db.dataSource.query(
      `SELECT identifier_hash, status, categories, level, device_hash, month, source_hash, visible_at, flagged, created_at
       FROM reports WHERE status IN ('approved', 'pending')`,
    );
    const standIns = new Map<string, string>();
    const standIn = (prefix: string, hash: string) => {
      let s = standIns.get(hash);
      if (!s) {
        s = `${prefix}${standIns.size}`;
        standIns.set(hash, s);
      }
      return s;
    };
    const byHash = new Map<string, ReportedRow[]>();
    for (const r of stored) {
      const row: ReportedRow = {
        status: r.status,
        categories: r.categories,
        level: r.level,
        device_hash: standIn('d', `d:${r.device_hash}`),
        month: r.month,
        source_hash: r.source_hash === null ? null : standIn('s', `s:${r.source_hash}`),
        visible_at: r.visible_at === null ? null : new Date(r.visible_at),
        flagged: r.flagged,
        createdAt: new Date(r.created_at).getTime(),
      };
      const list = byHash.get(r.identifier_hash);
      if (list) list.push(row);
      else byHash.set(r.identifier_hash, [row]);
    }
    return new ReportedSet(byHash);
  }
}

/** This process's reported set for `db`, loaded on first use and after every change of reports. */
export const reportedSet = keptPer('reports', ReportedSet.load);
