import type { Query } from '../alerts/hotQuery';
import { retentionCutoff } from '../alerts/retention';
import { REPORT_CATEGORIES, REPORT_LEVELS, type ReportCategory, type ReportLevel } from '../contract/alerts';
import { assertUnderLimits, countHitsSql, hourWindow, type Limit } from '../quota/limits';

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
  query: Query;
  identifierHash: string;
  now: Date;
  retentionMonths: number;
  /** This request's rate limits: counted in the same statement as the lookup. */
  limits: Limit[];
}

interface Row {
  hits: Array<{ key: string; hits: number }>;
  status: 'approved' | 'pending' | null;
  category: ReportCategory;
  level: ReportLevel;
  device_hash: string;
  month: string;
  source_hash: string | null;
  visible_at: Date | string | null;
  flagged: boolean;
}

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
 * The hot path of every check: the rate-limit hits and the lookup in one raw statement, one round
 * trip to the database (each one costs more than all the rest of a check here), aggregated below.
 */
export default async function reportCheck({ query, identifierHash, now, retentionMonths, limits }: Props): Promise<CheckFindings> {
  const rows = await query<Row>(
    `WITH hit AS (${countHitsSql(3, limits.length)})
     SELECT (SELECT json_agg(json_build_object('key', key, 'hits', hits)) FROM hit) AS hits,
       r.status, r.category, r.level, r.device_hash, r.month, r.source_hash, r.visible_at, r.flagged
     FROM (SELECT 1) AS one
     LEFT JOIN reports r ON r.identifier_hash = $1 AND r.created_at > $2 AND r.status IN ('approved', 'pending')`,
    [identifierHash, retentionCutoff(now, retentionMonths), hourWindow(now).start, ...limits.map((l) => l.key)],
  );
  const hits = typeof rows[0].hits === 'string' ? JSON.parse(rows[0].hits) : rows[0].hits;
  assertUnderLimits(hits, limits, now);
  const found = rows.filter((r) => r.status !== null);
  const approved = found.filter((r) => r.status === 'approved');
  const approvedDevices = new Set(approved.map((r) => r.device_hash));
  const visible = found
    .filter((r) => r.status === 'pending' && !r.flagged && r.visible_at !== null && new Date(r.visible_at).getTime() <= now.getTime())
    .sort((a, b) => new Date(a.visible_at!).getTime() - new Date(b.visible_at!).getTime());
  const sources = independentSources(visible, approvedDevices);
  const categories = new Set(approved.map((r) => r.category));
  const levels = new Set(approved.map((r) => r.level));
  return {
    count: approvedDevices.size,
    unconfirmed: sources >= PENDING_SOURCES_NEEDED ? sources : 0,
    categories: REPORT_CATEGORIES.filter((c) => categories.has(c)),
    level: REPORT_LEVELS.find((l) => levels.has(l)) ?? null,
    lastReported: approved.reduce<string | null>((max, r) => (max === null || r.month > max ? r.month : max), null),
  };
}
