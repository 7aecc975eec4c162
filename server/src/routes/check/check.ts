import Router from '@koa/router';
import { ROUTES } from '../../contract/routes';
import type { Context } from 'koa';
import { issueDevice, verifiedDevice } from '../../alerts/device';
import { alertKeys } from '../../alerts/keys';
import { normalizeIdentifier } from '../../alerts/normalize';
import { reportedSet } from '../../alerts/reportedSet';
import reportCheck from '../../commands/reportCheck';
import { CheckRequestSchema, type DeviceIssuedResponse } from '../../contract/alerts';
import { requestBody } from '../../middleware/body';
import { rateLimit, requestLimits } from '../../middleware/rateLimit';
import { parse } from '../../middleware/validate';
import { presentCheck } from '../../presenters/report';
import { hitCounter } from '../../quota/counter';

/**
 * POST /api/check, also answered ahead of the body parser and the routers (routes/hot.ts), so it reads
 * its body itself. Rate-limited inside reportCheck; input that cannot be an identifier is refused before.
 */
export async function check(ctx: Context): Promise<void> {
  const input = parse(CheckRequestSchema, (await requestBody(ctx)) ?? {});
  const { config, db, logger, now } = ctx.deps;
  const identifier = normalizeIdentifier(input.kind, input.value, input.region);
  const findings = reportCheck({
    hits: hitCounter(db, logger),
    reported: await reportedSet(db, logger).current(),
    identifierHash: alertKeys(config).identifier(identifier.kind, identifier.normalized),
    now: now(),
    retentionMonths: config.ALERTS_RETENTION_MONTHS,
    limits: requestLimits(ctx, 'check', input.device),
  });
  // Straight onto Node's response and as text: given an object, Koa looks its type up by name on every answer.
  ctx.res.setHeader('Cache-Control', 'no-store');
  ctx.res.setHeader('Content-Type', 'application/json; charset=utf-8');
  ctx.body = JSON.stringify({ data: presentCheck(findings, input.lang) });
}

export function checkRouter() {
  const router = new Router();

  router.post(ROUTES.check.path, check);

  /**
   * An install id for the app, made and signed here (alerts/device.ts). An app that still holds a
   * valid one gets it back, so asking again costs nothing.
   */
  router.post(ROUTES.device.path, rateLimit({ scope: 'device' }), (ctx) => {
    const keys = alertKeys(ctx.deps.config);
    const held = (ctx.request.body as { device?: unknown } | undefined)?.device;
    const body: DeviceIssuedResponse = { device: verifiedDevice(keys, typeof held === 'string' ? held : null) ?? issueDevice(keys) };
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: body };
  });
  return router;
}
