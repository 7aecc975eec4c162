import Router from '@koa/router';
import { ROUTES } from '../../contract/routes';
import type { Context } from 'koa';
import { ServicesQuerySchema } from '../../contract/directory';
import { NotFoundError } from '../../errors';
import { parseQuery } from '../../snapshot/query';
import { contentSnapshot } from '../../snapshot/content';
import { sendJson, sendPrepared } from '../../snapshot/prepared';

/** openNow changes with the clock, so a cached copy must not outlive a minute. */
const CACHE = 'public, max-age=60, must-revalidate';

/** GET /api/services, also answered ahead of the routers (routes/hot.ts). */
export async function servicesRead(ctx: Context): Promise<void> {
  const query = parseQuery(ctx, ServicesQuerySchema);
  const content = await contentSnapshot(ctx.deps.db, ctx.deps.logger).current();
  if (!content.citySlugs.has(query.city)) {
    throw NotFoundError(`There is no city "${query.city}" in the directory; GET /api/cities lists them`, { code: 'city_not_found', field: 'city' });
  }
  const now = ctx.deps.now();
  if (!query.q && !query.tag && query.openNow !== '1') {
    sendPrepared(ctx, content.servicesAnswer(query.city, query.lang, now), CACHE);
    return;
  }
  // Filtered lists are made per request from the same in-memory list: no database read either.
  const { services, dtos } = content.servicesNow(query.city, query.lang, now);
  const text = query.q?.toLowerCase();
  const data = dtos.filter(
    (d, i) => (!query.tag || services[i].tags.includes(query.tag)) && (!text || services[i].searchText.includes(text)) && (query.openNow !== '1' || d.openNow),
  );
  await sendJson(ctx, { data }, CACHE);
}

export function servicesRouter() {
  const router = new Router();
  router.get(ROUTES.services.path, servicesRead);
  return router;
}
