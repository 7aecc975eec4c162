import type { EntityManager } from 'typeorm';
import { retentionCutoff } from '../alerts/retention';
import type { ReportStatus } from '../contract/alerts';
import { Report } from '../entities';

export interface ListedReport {
  report: Report;
  sameIdentifier: { approved: number; pending: number };
}

interface Props {
  m: EntityManager;
  status: ReportStatus;
  limit: number;
  now: Date;
  retentionMonths: number;
}

/** The moderation queue, oldest first, with how many other live reports name the same identifier. */
export default async function reportList({ m, status, limit, now, retentionMonths }: Props): Promise<ListedReport[]> {
  const cutoff = retentionCutoff(now, retentionMonths);
  const reports = await m
    .getRepository(Report)
    .createQueryBuilder('r')
    .where('r.status = :status AND r.created_at > :cutoff', { status, cutoff })
    .orderBy('r.created_at', status === 'pending' ? 'ASC' : 'DESC')
    .limit(limit)
    .getMany();
  return withSameIdentifier(m, reports, cutoff);
}

/** Pairs each report with how many other live reports (approved, pending) name the same identifier. */
export async function withSameIdentifier(m: EntityManager, reports: Report[], cutoff: Date): Promise<ListedReport[]> {
  if (reports.length === 0) return [];
  const counts: Array<{ identifier_hash: string; id: string; status: ReportStatus }> = await m.query(
    `SELECT identifier_hash, id, status FROM reports
     WHERE identifier_hash = ANY($1) AND status IN ('approved', 'pending') AND created_at > $2`,
    [[...new Set(reports.map((r) => r.identifierHash))], cutoff],
  );
  return reports.map((report) => {
    const others = counts.filter((c) => c.identifier_hash === report.identifierHash && c.id !== report.id);
    return {
      report,
      sameIdentifier: {
        approved: others.filter((c) => c.status === 'approved').length,
        pending: others.filter((c) => c.status === 'pending').length,
      },
    };
  });
}
