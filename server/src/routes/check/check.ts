import Router from '@koa/router';
import { alertKeys } from '../../alerts/keys';
import { normalizeIdentifier } from '../../alerts/normalize';
import reportCheck from '../../commands/reportCheck';
import { CheckRequestSchema } from '../../contract/alerts';
import { rateLimit } from '../../middleware/rateLimit';
import { parse } from '../../middleware/validate';
import { presentCheck } from '../../presenters/report';

export function checkRouter() {
  const router = new Router();
  router.post('/api/check', rateLimit({ scope: 'check' }), async (ctx) => {
    const input = parse(CheckRequestSchema, ctx.request.body ?? {});
    const { config, db, now } = ctx.deps;
    const identifier = normalizeIdentifier(input.kind, input.value, input.region);
    const findings = await reportCheck({
      m: db.dataSource.manager,
      identifierHash: alertKeys(config).identifier(identifier.kind, identifier.normalized),
      now: now(),
      retentionMonths: config.ALERTS_RETENTION_MONTHS,
    });
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: presentCheck(findings, input.lang) };
  });
  return router;
}
