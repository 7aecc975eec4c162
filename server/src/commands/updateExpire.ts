import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/audit';
import { recordAudit } from '../auth/audit';
import { localTime, previousDay } from '../contract/hours';
import { Update } from '../entities';
import { UpdateNotFoundError } from '../errors';
import { PROGRAMME_ZONE } from '../inbox/hours';

interface Props {
  /** The caller's transaction. */
  m: EntityManager;
  actor: Actor;
  now: Date;
  id: string;
}

/** Hides an update from now on: it showed through its expiry day, so that day becomes yesterday. */
export default async function updateExpire({ m, actor, now, id }: Props): Promise<Update> {
  const yesterday = previousDay(localTime(now, PROGRAMME_ZONE).date);
  if (!(await m.findOne(Update, { where: { id } }))) throw UpdateNotFoundError();
  await m.update(Update, { id }, { expiresOn: yesterday, contentHash: null });
  await recordAudit(m, actor, now, { action: 'update.expire', target: { type: 'update', id } });
  return m.findOneOrFail(Update, { where: { id } });
}
