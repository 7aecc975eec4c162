import Router from '@koa/router';
import { ROUTES } from '../../contract/routes';
import { managerQuery } from '../../alerts/hotQuery';
import { alertKeys } from '../../alerts/keys';
import reportCreate from '../../commands/reportCreate';
import reportWithdraw from '../../commands/reportWithdraw';
import { ReportCreateSchema, type ReportCreatedResponse } from '../../contract/alerts';
import { rateLimit, requestLimits } from '../../middleware/rateLimit';
import { parse } from '../../middleware/validate';
import { hit } from '../../quota/limits';
import { screen } from '../../screen';

export function reportsRouter() {
  const router = new Router();

  router.post(ROUTES.reportCreate.path, async (ctx) => {
    const input = parse(ReportCreateSchema, ctx.request.body ?? {});
    const { config, db, now, logger } = ctx.deps;
    const at = now();
    // A broken word list must not lose a report: it is stored unscreened and the moderator sees that.
    const screenDetails = (text: string) => {
      try {
        return screen(config, text).length;
      } catch {
        logger.warn('report details not screened: the word list could not be read');
        return null;
      }
    };
    // The quota hit and the report share the transaction: a report that fails leaves no trace, not even a count.
    const { reference, flagged } = await db.dataSource.transaction(async (m) => {
      await hit(managerQuery(m), requestLimits(ctx, 'report', input.device), at);
      return reportCreate({
        m,
        keys: alertKeys(config),
        now: at,
        retentionMonths: config.ALERTS_RETENTION_MONTHS,
        input,
        screen: screenDetails,
        ip: ctx.ip,
        delayHours: config.ALERTS_PENDING_DELAY_HOURS,
        pendingCap: config.ALERTS_PENDING_CAP,
      });
    });
    // No identifier, no reporter: moderators find the flagged reports in their queue.
    if (flagged) logger.warn('pending reports about one identifier passed the daily cap: flagged for moderators');
    const body: ReportCreatedResponse = { reference };
    ctx.status = 201;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: body };
  });

  router.delete(ROUTES.reportWithdraw.path, rateLimit({ scope: 'withdraw' }), async (ctx) => {
    const { config, db } = ctx.deps;
    await db.dataSource.transaction((m) => reportWithdraw({ m, keys: alertKeys(config), reference: ctx.params.reference }));
    ctx.status = 204;
  });

  return router;
}
