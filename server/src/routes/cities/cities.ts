import Router from '@koa/router';
import { ROUTES } from '../../contract/routes';
import type { Context } from 'koa';
import { CitiesQuerySchema } from '../../contract/directory';
import { parseQuery } from '../../snapshot/query';
import { contentSnapshot } from '../../snapshot/content';
import { sendPrepared } from '../../snapshot/prepared';

/** GET /api/cities, also answered ahead of the routers (routes/hot.ts). */
export async function citiesRead(ctx: Context): Promise<void> {
  const { lang } = parseQuery(ctx, CitiesQuerySchema);
  const content = await contentSnapshot(ctx.deps.db, ctx.deps.logger).current();
  sendPrepared(ctx, content.citiesAnswer(lang), 'public, max-age=300, must-revalidate');
}

export function citiesRouter() {
  const router = new Router();
  router.get(ROUTES.cities.path, citiesRead);
  return router;
}
