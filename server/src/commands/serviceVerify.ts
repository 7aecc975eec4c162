import type { EntityManager } from 'typeorm';
import { recordAudit, type Actor } from '../auth/audit';
import { localTime } from '../contract/hours';
import { Service } from '../entities';
import { NotFoundError } from '../errors';

interface Props {
  /** The caller's transaction manager: the row and its audit line are written together. */
  m: EntityManager;
  /** `city:slug`, as listed. */
  id: string;
  actor: Actor;
  now: Date;
}

const PROGRAMME_ZONE = 'Europe/Paris';

/**
 * A mediator has just called or visited the service and found address, phone and hours right: it
 * becomes verified today (Paris date). The content hash is left alone, so the next import does not
 * see a change; the importer keeps this date unless content/ carries a later one.
 */
export default async function serviceVerify({ m, id, actor, now }: Props): Promise<Service> {
  const existing = await m.findOne(Service, { where: { id } });
  if (!existing) throw NotFoundError('No service has this id: the directory may have been imported again since the list was loaded');
  const verifiedOn = localTime(now, PROGRAMME_ZONE).date;
  await m.update(Service, { id }, { verified: true, verifiedOn });
  await recordAudit(m, actor, now, { action: 'service.verify', target: { type: 'service', id }, detail: { verifiedOn } });
  return m.findOneOrFail(Service, { where: { id }, relations: { organization: true, locations: true } });
}
