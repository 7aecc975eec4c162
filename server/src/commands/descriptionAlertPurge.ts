import type { EntityManager } from 'typeorm';
import { retentionCutoff } from '../alerts/retention';
import { DescriptionAlert } from '../entities';

interface Props {
  m: EntityManager;
  now: Date;
  retentionMonths: number;
}

/** Deletes description alerts past the reports' retention period, whatever their status (they already stopped showing). */
export default async function descriptionAlertPurge({ m, now, retentionMonths }: Props): Promise<number> {
  const deleted = await m
    .createQueryBuilder()
    .delete()
    .from(DescriptionAlert)
    .where('created_at <= :cutoff', { cutoff: retentionCutoff(now, retentionMonths) })
    .execute();
  return deleted.affected ?? 0;
}
