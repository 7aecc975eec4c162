import type { EntityManager } from 'typeorm';
import { recordAudit, type Actor } from '../auth/audit';
import { DescriptionAlert } from '../entities';
import { DescriptionAlertNotFoundError } from '../errors';

interface Props {
  /** The caller's transaction: the deletion and its audit line are written together. */
  m: EntityManager;
  id: string;
  actor: Actor;
  now: Date;
}

/**
 * Rejects an alert, pending or already shown: it is deleted, text and all, since nothing of it is
 * worth keeping. Its audit line keeps the id, city and categories.
 */
export default async function descriptionAlertReject({ m, id, actor, now }: Props): Promise<void> {
  const alert = await m.findOne(DescriptionAlert, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!alert) throw DescriptionAlertNotFoundError();
  await m.delete(DescriptionAlert, { id });
  await recordAudit(m, actor, now, {
    action: 'description.reject',
    target: { type: 'description_alert', id },
    detail: { from: alert.status, to: 'rejected', city: alert.city, categories: alert.categories.join(',') },
  });
}
