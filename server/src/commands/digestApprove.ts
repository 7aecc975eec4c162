import type { EntityManager } from 'typeorm';
import { recordAudit, type Actor } from '../auth/audit';
import { Digest } from '../entities';
import { ConflictError, DigestNotFoundError } from '../errors';

interface Props {
  /** The caller's transaction. */
  m: EntityManager;
  id: string;
  actor: Actor;
  now: Date;
}

/** A mediator read the digest as it stands and lets it be published; audited under her name. */
export default async function digestApprove({ m, id, actor, now }: Props): Promise<Digest> {
  const digest = await m.findOne(Digest, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!digest) throw DigestNotFoundError();
  if (digest.status === 'approved') throw ConflictError('This digest is already approved');
  await m.update(Digest, { id }, { status: 'approved', approvedAt: now });
  await recordAudit(m, actor, now, { action: 'digest.approve', target: { type: 'digest', id }, detail: { city: digest.city, week: digest.weekStart, screenHits: digest.screenHits } });
  return m.findOneOrFail(Digest, { where: { id } });
}
