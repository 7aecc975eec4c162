import type { Query } from '../alerts/hotQuery';
import { retentionCutoff } from '../alerts/retention';
import { REPORT_CATEGORIES, REPORT_LEVELS, type ReportCategory, type ReportLevel } from '../contract/alerts';
import { assertUnderLimit, countHitsSql, hourWindow } from '../middleware/rateLimit';

export interface CheckFindings {
  /** Approved reports from distinct devices. */
  count: number;
  /** Devices whose reports still wait for a moderator and are not already counted. */
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
  /** Rate-limit keys (sorted) and the hourly limit: counted in the same statement as the lookup. */
  limit: { keys: string[]; perHour: number };
}

interface Row {
  hits: number;
  status: 'approved' | 'pending' | null;
  category: ReportCategory;
  level: ReportLevel;
  device_hash: string;
  month: string;
}

/**
 * The hot path of every check: the rate-limit hit and the lookup in one raw statement, one round
 * trip to the database (each one costs more than all the rest of a check here), aggregated below.
 */
export default async function reportCheck({ query, identifierHash, now, retentionMonths, limit }: Props): Promise<CheckFindings> {
  const rows = await query<Row>(
    `WITH hit AS (${countHitsSql(3, limit.keys.length)})
     SELECT (SELECT max(hits) FROM hit) AS hits, r.status, r.category, r.level, r.device_hash, r.month
     FROM (SELECT 1) AS one
     LEFT JOIN reports r ON r.identifier_hash = $1 AND r.created_at > $2 AND r.status IN ('approved', 'pending')`,
    [identifierHash, retentionCutoff(now, retentionMonths), hourWindow(now).start, ...limit.keys],
  );
  assertUnderLimit(rows[0].hits, limit.perHour, now);
  const found = rows.filter((r) => r.status !== null);
  const approved = found.filter((r) => r.status === 'approved');
  const approvedDevices = new Set(approved.map((r) => r.device_hash));
  const pendingDevices = new Set(found.filter((r) => r.status === 'pending' && !approvedDevices.has(r.device_hash)).map((r) => r.device_hash));
  const categories = new Set(approved.map((r) => r.category));
  const levels = new Set(approved.map((r) => r.level));
  return {
    count: approvedDevices.size,
    unconfirmed: pendingDevices.size,
    categories: REPORT_CATEGORIES.filter((c) => categories.has(c)),
    level: REPORT_LEVELS.find((l) => levels.has(l)) ?? null,
    lastReported: approved.reduce<string | null>((max, r) => (max === null || r.month > max ? r.month : max), null),
  };
}
