import type { EntityManager } from 'typeorm';
import { retentionCutoff } from '../alerts/retention';
import type { DescriptionStatus } from '../contract/descriptionAlerts';
import { DescriptionAlert } from '../entities';

interface Props {
  m: EntityManager;
  status: DescriptionStatus;
  limit: number;
  now: Date;
  retentionMonths: number;
}

/** The moderators' queue, oldest first; approved ones newest first. Expired alerts are not listed. */
export default async function descriptionAlertList({ m, status, limit, now, retentionMonths }: Props): Promise<DescriptionAlert[]> {
  return m
    .getRepository(DescriptionAlert)
    .createQueryBuilder('a')
    .where('a.status = :status AND a.created_at > :cutoff', { status, cutoff: retentionCutoff(now, retentionMonths) })
    .orderBy('a.created_at', status === 'pending' ? 'ASC' : 'DESC')
    .limit(limit)
    .getMany();
}
