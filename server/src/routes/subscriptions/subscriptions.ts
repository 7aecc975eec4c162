import Router from '@koa/router';
import type { Context } from 'koa';
import subscriptionCreate from '../../commands/subscriptionCreate';
import subscriptionWithdraw from '../../commands/subscriptionWithdraw';
import { ROUTES, type ResponseOf } from '../../contract/routes';
import { SubscriptionsNotConfiguredError, ValidationError, WechatUnreachableError } from '../../errors';
import { rateLimit } from '../../middleware/rateLimit';
import { parse } from '../../middleware/validate';
import { subscriptionCrypto } from '../../subscriptions/crypto';
import { WechatError } from '../../wechat/errors';
import { miniprogramGateway } from '../../wechat/gateway';

/** jscode2session's answers for a code that is wrong, used already, or asked for too often. */
const BAD_CODE = new Set([40029, 40163, 40226]);

/** Her openid from a `wx.login` code; nothing of what WeChat answered is kept or logged. */
async function openidOf(ctx: Context, code: string): Promise<string> {
  const gateway = miniprogramGateway(ctx.deps);
  if (!gateway || !ctx.deps.config.SUBSCRIBE_TEMPLATE_ID) throw SubscriptionsNotConfiguredError();
  try {
    return (await gateway.code2Session(code)).openid;
  } catch (e) {
    if (e instanceof WechatError && e.errcode !== null && BAD_CODE.has(e.errcode)) {
      throw ValidationError('code is not a fresh wx.login code (each may be used once, within 5 minutes): call wx.login again', { code: 'invalid_format', field: 'code' });
    }
    ctx.deps.logger.warn({ errcode: e instanceof WechatError ? e.errcode : null }, 'jscode2session failed');
    throw WechatUnreachableError();
  }
}

export function subscriptionsRouter() {
  const router = new Router();

  router.get(ROUTES.subscriptionConfig.path, (ctx) => {
    const { SUBSCRIBE_TEMPLATE_ID, MINIPROGRAM_APPID, MINIPROGRAM_SECRET } = ctx.deps.config;
    const body: ResponseOf<'subscriptionConfig'> = { templateId: SUBSCRIBE_TEMPLATE_ID && MINIPROGRAM_APPID && MINIPROGRAM_SECRET ? SUBSCRIBE_TEMPLATE_ID : null };
    ctx.set('Cache-Control', 'public, max-age=300');
    ctx.body = { data: body };
  });

  router.post(ROUTES.subscriptionCreate.path, rateLimit({ scope: 'subscribe' }), async (ctx) => {
    const input = parse(ROUTES.subscriptionCreate.request, ctx.request.body ?? {});
    const { config, db, now } = ctx.deps;
    const openid = await openidOf(ctx, input.code);
    const made = await db.dataSource.transaction((m) => subscriptionCreate({ m, crypto: subscriptionCrypto(config), openid, cities: input.cities, now: now() }));
    const body: ResponseOf<'subscriptionCreate'> = { cities: made.cities, expiresAt: made.expiresAt.toISOString() };
    ctx.status = 201;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: body };
  });

  router.post(ROUTES.subscriptionWithdraw.path, rateLimit({ scope: 'subscribe' }), async (ctx) => {
    const input = parse(ROUTES.subscriptionWithdraw.request, ctx.request.body ?? {});
    const { config, db } = ctx.deps;
    const openid = await openidOf(ctx, input.code);
    const withdrawn = await db.dataSource.transaction((m) => subscriptionWithdraw({ m, crypto: subscriptionCrypto(config), openid }));
    const body: ResponseOf<'subscriptionWithdraw'> = { withdrawn };
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: body };
  });

  return router;
}
