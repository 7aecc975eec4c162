import type { EntityManager } from 'typeorm';
import type { AlertKeys } from '../alerts/keys';
import { canonicalReference } from '../alerts/reference';
import { Report } from '../entities';
import { NotFoundError, ValidationError } from '../errors';

interface Props {
  m: EntityManager;
  keys: AlertKeys;
  /** As the reporter typed it back: case and dashes do not matter. */
  reference: string;
}

/**
 * Deletes the report outright, whatever its status: a withdrawn report keeps nothing behind. The
 * reference alone is enough (100 random bits, shown once), so a reporter who lost her install id
 * — new phone, cleared WeChat — can still take her words back.
 */
export default async function reportWithdraw({ m, keys, reference }: Props): Promise<void> {
  const canonical = canonicalReference(reference);
  if (!canonical) throw ValidationError('reference must be the code shown when the report was sent, like 7KQM-3XPA-9D2F-H8RT-C4WN');
  const found = await m.findOne(Report, { where: { referenceHash: keys.reference(canonical) }, select: { id: true } });
  if (!found) throw NotFoundError('No report has this reference: it may have been withdrawn already or have expired');
  await m.delete(Report, { id: found.id });
}
