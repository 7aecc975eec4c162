import type { EntityManager } from 'typeorm';
import { retentionCutoff } from '../alerts/retention';

interface Props {
  m: EntityManager;
  now: Date;
  retentionMonths: number;
}

/**
 * Deletes reports older than the retention period, whatever their status (expired ones already stop
 * counting in checks), and rate-limit windows that have closed.
 */
export default async function reportPurge({ m, now, retentionMonths }: Props): Promise<{ reports: number; rateLimits: number }> {
  const reports = await m
    .createQueryBuilder()
    .delete()
    .from('reports')
    .where('created_at <= :cutoff', { cutoff: retentionCutoff(now, retentionMonths) })
    .execute();
  const rateLimits = await m
    .createQueryBuilder()
    .delete()
    .from('rate_limits')
    .where('window_start <= :closed', { closed: new Date(now.getTime() - 3_600_000) })
    .execute();
  return { reports: reports.affected ?? 0, rateLimits: rateLimits.affected ?? 0 };
}
