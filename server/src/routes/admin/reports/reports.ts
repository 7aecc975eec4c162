import Router from '@koa/router';
import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import { under } from '../paths';
import { retentionCutoff } from '../../../alerts/retention';
import reportList, { withSameIdentifier } from '../../../commands/reportList';
import reportModerate from '../../../commands/reportModerate';
import { MODERATION_DECISIONS, ModerationQuerySchema, type ModerationDecision } from '../../../contract/alerts';
import { NotFoundError } from '../../../errors';
import { csrf, requireRole, requireSession, signedIn } from '../../../middleware/auth';
import { parse } from '../../../middleware/validate';
import { rolesFor } from '../../../policies';
import { presentModerationReport } from '../../../presenters/report';

const DECISIONS = Object.keys(MODERATION_DECISIONS) as ModerationDecision[];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Moderators (policies: moderation.act) read reports and decide; each decision is audited. */
export function adminReportsRouter() {
  const router = new Router({ prefix: '/api/admin/reports' });
  const at = under('/api/admin/reports');
  router.use(requireSession(), requireRole(...rolesFor('moderation.act')), csrf());

  router.get(at(ADMIN_ROUTES.reports), async (ctx) => {
    const query = parse(ModerationQuerySchema, ctx.query);
    const { config, db, now } = ctx.deps;
    const listed = await reportList({ m: db.dataSource.manager, ...query, now: now(), retentionMonths: config.ALERTS_RETENTION_MONTHS });
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: listed.map(presentModerationReport) };
  });

  router.post(at(ADMIN_ROUTES.reportDecide), async (ctx) => {
    const { id, decision } = ctx.params;
    // Own keys only: `in` also finds __proto__, constructor and the rest of Object.prototype.
    if (!DECISIONS.includes(decision as ModerationDecision)) throw NotFoundError('No such endpoint');
    if (!UUID.test(id)) throw NotFoundError('No report has this id: it may have been withdrawn or have expired');
    const { config, db, now } = ctx.deps;
    const at = now();
    const { mediator } = signedIn(ctx);
    const [listed] = await db.dataSource.transaction(async (m) => {
      const report = await reportModerate({ m, id, decision: decision as ModerationDecision, actor: mediator, now: at });
      return withSameIdentifier(m, [report], retentionCutoff(at, config.ALERTS_RETENTION_MONTHS));
    });
    ctx.body = { data: presentModerationReport(listed) };
  });

  return router;
}
