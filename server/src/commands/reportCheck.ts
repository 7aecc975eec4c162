import type { EntityManager } from 'typeorm';
import { REPORT_CATEGORIES, REPORT_LEVELS, type ReportCategory, type ReportLevel } from '../contract/alerts';
import { retentionCutoff } from '../alerts/retention';

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
  m: EntityManager;
  identifierHash: string;
  now: Date;
  retentionMonths: number;
}

interface Row {
  status: 'approved' | 'pending';
  category: ReportCategory;
  level: ReportLevel;
  device_hash: string;
  month: string;
}

/** The hot path of every check: one indexed query in raw SQL, aggregated here. */
export default async function reportCheck({ m, identifierHash, now, retentionMonths }: Props): Promise<CheckFindings> {
  const rows: Row[] = await m.query(
    `SELECT status, category, level, device_hash, month FROM reports
     WHERE identifier_hash = $1 AND created_at > $2 AND status IN ('approved', 'pending')`,
    [identifierHash, retentionCutoff(now, retentionMonths)],
  );
  const approved = rows.filter((r) => r.status === 'approved');
  const approvedDevices = new Set(approved.map((r) => r.device_hash));
  const pendingDevices = new Set(rows.filter((r) => r.status === 'pending' && !approvedDevices.has(r.device_hash)).map((r) => r.device_hash));
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
