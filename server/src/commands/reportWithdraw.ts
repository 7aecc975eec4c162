import type { EntityManager } from 'typeorm';
import type { AlertKeys } from '../alerts/keys';
import { canonicalReference } from '../alerts/reference';
import { ERROR_CODES } from '../contract/errors';
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
  if (!canonical) throw ValidationError(ERROR_CODES.invalid_reference, { code: 'invalid_reference', field: 'reference' });
  const found = await m.findOne(Report, { where: { referenceHash: keys.reference(canonical) }, select: { id: true } });
  if (!found) throw NotFoundError(ERROR_CODES.report_not_found, { code: 'report_not_found' });
  await m.delete(Report, { id: found.id });
}
