import Router from '@koa/router';
import { CitiesQuerySchema } from '../../contract/directory';
import { parseQuery } from '../../snapshot/query';
import { contentSnapshot } from '../../snapshot/content';
import { sendPrepared } from '../../snapshot/prepared';

export function citiesRouter() {
  const router = new Router();
  router.get('/api/cities', async (ctx) => {
    const { lang } = parseQuery(ctx, CitiesQuerySchema);
    const content = await contentSnapshot(ctx.deps.db, ctx.deps.logger).current();
    sendPrepared(ctx, content.citiesAnswer(lang), 'public, max-age=300, must-revalidate');
  });
  return router;
}
