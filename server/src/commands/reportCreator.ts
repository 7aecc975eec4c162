import type { EntityManager } from 'typeorm';
import type { AlertKeys } from '../alerts/keys';
import { normalizeIdentifier } from '../alerts/normalize';
import { newReference } from '../alerts/reference';
import { monthsBefore, parisMonth } from '../alerts/retention';
import { scrubDetails } from '../alerts/scrub';
import type { ReportCreateRequest } from '../contract/alerts';
import { Report } from '../entities';
import { ValidationError } from '../errors';

interface Props {
  /** The caller's transaction: the report is written whole or not at all. */
  m: EntityManager;
  keys: AlertKeys;
  now: Date;
  retentionMonths: number;
  input: ReportCreateRequest;
  /** Counts what the screener flags in the (scrubbed) details, for moderators; null when it could not screen. */
  screen?: (text: string) => number | null;
}

/** Stores a pending report and returns the reference shown once to the reporter. */
export default async function reportCreator({ m, keys, now, retentionMonths, input, screen }: Props): Promise<{ reference: string; report: Report }> {
  const identifier = normalizeIdentifier(input.kind, input.value, input.region);
  const thisMonth = parisMonth(now);
  const month = input.month ?? thisMonth;
  if (month > thisMonth) throw ValidationError('month cannot be in the future', { code: 'month_in_future', field: 'month' });
  const oldest = monthsBefore(thisMonth, retentionMonths - 1);
  if (month < oldest) throw ValidationError(`month must be ${oldest} or later: older reports are not kept`, { code: 'month_too_old', field: 'month' });
  const details = input.details?.trim() ? scrubDetails(input.details.trim(), { value: input.value, ...identifier }) : null;
  const reference = newReference();
  const report = m.create(Report, {
    referenceHash: keys.reference(reference),
    kind: identifier.kind,
    identifierHash: keys.identifier(identifier.kind, identifier.normalized),
    masked: identifier.masked,
    deviceHash: keys.device(input.device),
    category: input.category,
    level: input.level,
    city: input.city ?? null,
    month,
    details,
    screenHits: details && screen ? screen(details) : null,
    status: 'pending',
    createdAt: now,
    decidedAt: null,
  });
  await m.insert(Report, report);
  return { reference, report };
}
