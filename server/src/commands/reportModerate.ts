import type { EntityManager } from 'typeorm';
import { recordAudit, type Actor } from '../auth/audit';
import { MODERATION_DECISIONS, type ModerationDecision } from '../contract/alerts';
import { Report } from '../entities';
import { ConflictError, NotFoundError } from '../errors';
import announceCityAlert from '../subscriptions/announce';

interface Props {
  /** The caller's transaction: the decision and its audit line are written together. */
  m: EntityManager;
  id: string;
  decision: ModerationDecision;
  actor: Actor;
  now: Date;
}

/**
 * Approves, rejects or marks a report as a duplicate. A decision can be changed later (a mistake is
 * undone by deciding again); each one is audited, with the report's id but never its identifier.
 */
export default async function reportModerate({ m, id, decision, actor, now }: Props): Promise<Report> {
  const report = await m.findOne(Report, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!report) throw NotFoundError('No report has this id: it may have been withdrawn or have expired');
  if (!Object.hasOwn(MODERATION_DECISIONS, decision)) throw NotFoundError('No such decision: approve, reject or duplicate');
  const status = MODERATION_DECISIONS[decision];
  if (report.status === status) throw ConflictError(`This report is already ${status}`);
  const from = report.status;
  report.status = status;
  report.decidedAt = now;
  await m.update(Report, { id }, { status, decidedAt: now });
  await recordAudit(m, actor, now, {
    action: `moderation.${decision}`,
    target: { type: 'report', id },
    detail: { from, to: status, kind: report.kind, categories: report.categories.join(','), level: report.level },
  });
  // Her city's subscribers hear of a dangerous client at once, in this transaction: a rolled-back approval sends nothing.
  if (status === 'approved' && report.level === 'dangerous' && report.city) await announceCityAlert({ m, city: report.city, alert: { kind: 'report', id }, now });
  return report;
}
