import Router from '@koa/router';
import { dbQuery } from '../../alerts/hotQuery';
import { alertKeys } from '../../alerts/keys';
import { normalizeIdentifier } from '../../alerts/normalize';
import reportCheck from '../../commands/reportCheck';
import { CheckRequestSchema } from '../../contract/alerts';
import { limitKeys } from '../../middleware/rateLimit';
import { parse } from '../../middleware/validate';
import { presentCheck } from '../../presenters/report';

export function checkRouter() {
  const router = new Router();
  // Rate-limited inside reportCheck, in the lookup's own statement; input that cannot be an identifier never reaches the database.
  router.post('/api/check', async (ctx) => {
    const input = parse(CheckRequestSchema, ctx.request.body ?? {});
    const { config, db, now } = ctx.deps;
    const identifier = normalizeIdentifier(input.kind, input.value, input.region);
    const findings = await reportCheck({
      query: dbQuery(db),
      identifierHash: alertKeys(config).identifier(identifier.kind, identifier.normalized),
      now: now(),
      retentionMonths: config.ALERTS_RETENTION_MONTHS,
      limit: { keys: limitKeys(ctx, 'check', input.device), perHour: config.ALERTS_CHECKS_PER_HOUR },
    });
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: presentCheck(findings, input.lang) };
  });
  return router;
}
