import type { EntityManager } from 'typeorm';
import { randomInt } from 'node:crypto';
import { verifiedDevice } from '../alerts/device';
import type { AlertKeys } from '../alerts/keys';
import { normalizeIdentifier } from '../alerts/normalize';
import { newReference } from '../alerts/reference';
import { monthsBefore, parisMonth } from '../alerts/retention';
import { scrubDetails } from '../alerts/scrub';
import type { ReportCreateRequest } from '../contract/alerts';
import { Report } from '../entities';
import { addressRange } from '../quota/source';
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
  /** The sender's address (what the trusted proxy saw): only its range and the day are kept, hashed. */
  ip: string;
  /** A pending report counts in public checks after `delayHours` plus up to as many again, at random. */
  delayHours: number;
  /** Pending reports about one identifier within a day beyond which they are all flagged for moderators. */
  pendingCap: number;
}

const DAY_MS = 86_400_000;

/** When a pending report may start to count: late enough, and unpredictably, that a check cannot time a reporter. */
export function visibleAfter(now: Date, delayHours: number): Date {
  const delayMs = delayHours * 3_600_000;
  return new Date(now.getTime() + delayMs + (delayMs > 0 ? randomInt(0, Math.ceil(delayMs)) : 0));
}

/** Stores a pending report and returns the reference shown once to the reporter. */
export default async function reportCreate({ m, keys, now, retentionMonths, input, screen, ip, delayHours, pendingCap }: Props): Promise<{ reference: string; report: Report; flagged: boolean }> {
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
    // Only an install id the server issued makes its report a source; day-scoped, so sources do not link across days.
    sourceHash: verifiedDevice(keys, input.device) ? keys.ip(`source:${addressRange(ip)}:${now.toISOString().slice(0, 10)}`) : null,
    visibleAt: visibleAfter(now, delayHours),
    categories: input.categories,
    level: input.level,
    city: input.city ?? null,
    month,
    details,
    screenHits: details && screen ? screen(details) : null,
    status: 'pending',
    createdAt: now,
    decidedAt: null,
  });
  const identifierHash = report.identifierHash;
  const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM reports WHERE identifier_hash = $1 AND status = 'pending' AND created_at > $2`, [
    identifierHash,
    new Date(now.getTime() - DAY_MS),
  ]);
  const flagged = n + 1 > pendingCap;
  report.flagged = flagged;
  await m.insert(Report, report);
  // A burst about one identifier is held back as a whole until a moderator has read it.
  if (flagged) await m.query(`UPDATE reports SET flagged = true WHERE identifier_hash = $1 AND status = 'pending' AND NOT flagged`, [identifierHash]);
  return { reference, report, flagged };
}
