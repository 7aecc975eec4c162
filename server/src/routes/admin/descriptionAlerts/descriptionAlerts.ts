import Router from '@koa/router';
import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import { under } from '../paths';
import descriptionAlertList from '../../../commands/descriptionAlertList';
import descriptionAlertApprove from '../../../commands/descriptionAlertApprove';
import descriptionAlertReject from '../../../commands/descriptionAlertReject';
import { DescriptionAlertNotFoundError } from '../../../errors';
import { DescriptionApproveSchema, DescriptionModerationQuerySchema } from '../../../contract/descriptionAlerts';
import { csrf, requireRole, requireSession, signedIn } from '../../../middleware/auth';
import { parse } from '../../../middleware/validate';
import { rolesFor } from '../../../policies';
import { presentModerationDescriptionAlert } from '../../../presenters/descriptionAlert';
import announceCityAlert from '../../../subscriptions/announce';
import { screen } from '../../../screen';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Moderation of alerts by description: whoever may moderate reports (policies: moderation.act). */
export function adminDescriptionAlertsRouter() {
  const router = new Router({ prefix: '/api/admin/description-alerts' });
  const at = under('/api/admin/description-alerts');
  router.use(requireSession(), requireRole(...rolesFor('moderation.act')), csrf());

  router.get(at(ADMIN_ROUTES.descriptionAlerts), async (ctx) => {
    const query = parse(DescriptionModerationQuerySchema, ctx.query);
    const { config, db, now } = ctx.deps;
    const listed = await descriptionAlertList({ m: db.dataSource.manager, ...query, now: now(), retentionMonths: config.ALERTS_RETENTION_MONTHS });
    ctx.body = { data: listed.map(presentModerationDescriptionAlert) };
  });

  router.post(at(ADMIN_ROUTES.descriptionAlertApprove), async (ctx) => {
    if (!UUID.test(ctx.params.id)) throw DescriptionAlertNotFoundError();
    const input = parse(DescriptionApproveSchema, ctx.request.body ?? {});
    const { config, db, now } = ctx.deps;
    const at = now();
    const { mediator } = signedIn(ctx);
    // An ambiguous hit (a word read across two others) only warns, as when publishing.
    const blockedWords = (text: string) => screen(config, text).filter((h) => h.level === 'block' && !h.ambiguous).map((h) => h.word);
    const { alert } = await db.dataSource.transaction(async (m) => {
      const approved = await descriptionAlertApprove({ m, id: ctx.params.id, input, actor: mediator, now: at, blockedWords });
      // Her city's subscribers hear of it once, with the approval or not at all; an edit announces nothing new.
      if (approved.first) await announceCityAlert({ m, city: approved.alert.city, alert: { kind: 'description', id: approved.alert.id }, now: at });
      return approved;
    });
    ctx.body = { data: presentModerationDescriptionAlert(alert) };
  });

  router.post(at(ADMIN_ROUTES.descriptionAlertReject), async (ctx) => {
    if (!UUID.test(ctx.params.id)) throw DescriptionAlertNotFoundError();
    const { db, now } = ctx.deps;
    const { mediator } = signedIn(ctx);
    await db.dataSource.transaction((m) => descriptionAlertReject({ m, id: ctx.params.id, actor: mediator, now: now() }));
    ctx.status = 204;
  });

  return router;
}
