import Router from '@koa/router';
import { managerQuery } from '../../alerts/hotQuery';
import descriptionAlertCreate from '../../commands/descriptionAlertCreate';
import { DescriptionAlertCreateSchema, DescriptionAlertsQuerySchema, type DescriptionAlertCreatedResponse } from '../../contract/descriptionAlerts';
import { descriptionAlertsSnapshot } from '../../descriptionAlerts/snapshot';
import { requestLimits } from '../../middleware/rateLimit';
import { parse } from '../../middleware/validate';
import { hit } from '../../quota/limits';
import { parseQuery } from '../../snapshot/query';
import { sendPrepared } from '../../snapshot/prepared';
import { screen } from '../../screen';

export function descriptionAlertsRouter() {
  const router = new Router();

  router.post('/api/description-alerts', async (ctx) => {
    const input = parse(DescriptionAlertCreateSchema, ctx.request.body ?? {});
    const { config, db, now, logger } = ctx.deps;
    const at = now();
    // A broken word list must not lose an alert: it is stored unscreened and the moderator sees that.
    const screenText = (text: string) => {
      try {
        return screen(config, text).length;
      } catch {
        logger.warn('description alert not screened: the word list could not be read');
        return null;
      }
    };
    // Counted with the identifier reports (one limit for both ways of reporting), in the alert's own transaction.
    await db.dataSource.transaction(async (m) => {
      await hit(managerQuery(m), requestLimits(ctx, 'report', input.device), at);
      await descriptionAlertCreate({ m, now: at, retentionMonths: config.ALERTS_RETENTION_MONTHS, input, screen: screenText });
    });
    const body: DescriptionAlertCreatedResponse = { status: 'pending' };
    ctx.status = 201;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: body };
  });

  router.get('/api/description-alerts', async (ctx) => {
    const { city } = parseQuery(ctx, DescriptionAlertsQuerySchema);
    const { config, db, logger, now } = ctx.deps;
    const model = await descriptionAlertsSnapshot(db, logger).current();
    sendPrepared(ctx, model.answer(city, now(), config.ALERTS_RETENTION_MONTHS), 'public, max-age=60, must-revalidate');
  });

  return router;
}
