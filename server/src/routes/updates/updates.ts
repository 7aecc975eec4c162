import Router from '@koa/router';
import { ROUTES } from '../../contract/routes';
import type { Context } from 'koa';
import { UpdatesQuerySchema } from '../../contract/updates';
import { parseQuery } from '../../snapshot/query';
import { contentSnapshot } from '../../snapshot/content';
import { sendPrepared } from '../../snapshot/prepared';

/** GET /api/updates, also answered ahead of the routers (routes/hot.ts). */
export async function updatesRead(ctx: Context): Promise<void> {
  const { lang, city } = parseQuery(ctx, UpdatesQuerySchema);
  const content = await contentSnapshot(ctx.deps.db, ctx.deps.logger).current();
  sendPrepared(ctx, content.updatesAnswer(lang, city, ctx.deps.now()), 'public, max-age=60, must-revalidate');
}

export function updatesRouter() {
  const router = new Router();
  router.get(ROUTES.updates.path, updatesRead);
  return router;
}
