import { ADVICE, type AdviceKey } from '../alerts/advice';
import type { CheckResponse, ModerationReportDTO } from '../contract/alerts';
import type { Lang } from '../contract/lang';
import type { CheckFindings } from '../commands/reportCheck';
import type { ListedReport } from '../commands/reportList';

/** `reported` covers pending reports once two independent sources are visible (reportCheck): said as unconfirmed. */
export function presentCheck(f: CheckFindings, lang: Lang): CheckResponse {
  const key: AdviceKey = f.level ?? (f.unconfirmed > 0 ? 'unconfirmed' : 'none');
  return {
    reported: f.count + f.unconfirmed > 0,
    count: f.count,
    unconfirmed: f.unconfirmed,
    categories: f.categories,
    level: f.level,
    lastReported: f.lastReported,
    advice: ADVICE[key][lang],
  };
}

/** The only shape in which a report leaves the server: masked identifier, no hashes, no reporter. */
export function presentModerationReport({ report: r, sameIdentifier }: ListedReport): ModerationReportDTO {
  return {
    id: r.id,
    kind: r.kind,
    masked: r.masked,
    categories: r.categories,
    level: r.level,
    city: r.city,
    month: r.month,
    details: r.details,
    screenHits: r.screenHits,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
    decidedAt: r.decidedAt ? r.decidedAt.toISOString() : null,
    sameIdentifier,
    flagged: r.flagged,
  };
}
