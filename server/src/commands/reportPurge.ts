import type { EntityManager } from 'typeorm';
import { retentionCutoff } from '../alerts/retention';

interface Props {
  m: EntityManager;
  now: Date;
  retentionMonths: number;
}

/**
 * Deletes reports older than the retention period, whatever their status (expired ones already stop
 * counting in checks), rate-limit windows that have closed, login counts a day old and webhook nonces.
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
  // Login counts a day old that hold no lock have nothing left to slow down.
  await m.query(`DELETE FROM login_attempts WHERE updated_at < $1 AND (locked_until IS NULL OR locked_until < $2)`, [new Date(now.getTime() - 86_400_000), now]);
  await m.query(`DELETE FROM wechat_nonces WHERE seen_at < $1`, [new Date(now.getTime() - 3_600_000)]);
  return { reports: reports.affected ?? 0, rateLimits: rateLimits.affected ?? 0 };
}
