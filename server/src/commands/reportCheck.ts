import type { ReportedRow, ReportedSet } from '../alerts/reportedSet';
import { retentionCutoff } from '../alerts/retention';
import { REPORT_CATEGORIES, REPORT_LEVELS, type ReportCategory, type ReportLevel } from '../contract/alerts';
import type { HitCounter } from '../quota/counter';
import type { Limit } from '../quota/limits';

/** Independent sources a pending signal needs before a check mentions it at all. */
export const PENDING_SOURCES_NEEDED = 2;

export interface CheckFindings {
  /** Approved reports from distinct devices. */
  count: number;
  /**
   * Independent sources of pending reports that are visible by now (see SECURITY.md): each a distinct
   * issued install id from a distinct address range and day, none of them flagged; 0 below
   * PENDING_SOURCES_NEEDED, so one person cannot make a number look reported.
   */
  unconfirmed: number;
  /** From approved reports only: a pending report is one person's word until a moderator reads it. */
  categories: ReportCategory[];
  level: ReportLevel | null;
  lastReported: string | null;
}

interface Props {
  /** This process's rate-limit counts (quota/counter.ts): the hit costs no database round trip. */
  hits: HitCounter;
  /** The reported identifiers, held in memory (alerts/reportedSet.ts): the lookup reads no database. */
  reported: ReportedSet;
  identifierHash: string;
  now: Date;
  retentionMonths: number;
  /** This request's rate limits. */
  limits: Limit[];
}

type Row = ReportedRow;

/** Greedy: a pending report counts when neither its install id nor its source was counted already. */
function independentSources(pending: Row[], approvedDevices: Set<string>): number {
  const devices = new Set(approvedDevices);
  const sources = new Set<string>();
  let n = 0;
  for (const r of pending) {
    if (!r.source_hash || devices.has(r.device_hash) || sources.has(r.source_hash)) continue;
    devices.add(r.device_hash);
    sources.add(r.source_hash);
    n += 1;
  }
  return n;
}

/**
 * The hot path of every check: the rate-limit hits counted in memory, then the lookup in the in-memory
 * set of reported identifiers, aggregated below. No database round trip.
 */
export default function reportCheck({ hits, reported, identifierHash, now, retentionMonths, limits }: Props): CheckFindings {
  hits.hit(limits, now);
  const found = reported.lookup(identifierHash, retentionCutoff(now, retentionMonths));
  const approved = found.filter((r) => r.status === 'approved');
  const approvedDevices = new Set(approved.map((r) => r.device_hash));
  const visible = found
    .filter((r) => r.status === 'pending' && !r.flagged && r.visible_at !== null && new Date(r.visible_at).getTime() <= now.getTime())
    .sort((a, b) => new Date(a.visible_at!).getTime() - new Date(b.visible_at!).getTime());
  const sources = independentSources(visible, approvedDevices);
  const categories = new Set(approved.flatMap((r) => r.categories));
  const levels = new Set(approved.map((r) => r.level));
  return {
    count: approvedDevices.size,
    unconfirmed: sources >= PENDING_SOURCES_NEEDED ? sources : 0,
    categories: REPORT_CATEGORIES.filter((c) => categories.has(c)),
    level: REPORT_LEVELS.find((l) => levels.has(l)) ?? null,
    lastReported: approved.reduce<string | null>((max, r) => (max === null || r.month > max ? r.month : max), null),
  };
}
