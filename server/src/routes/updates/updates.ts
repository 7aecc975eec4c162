import Router from '@koa/router';
import { UpdatesQuerySchema } from '../../contract/updates';
import { parseQuery } from '../../snapshot/query';
import { contentSnapshot } from '../../snapshot/content';
import { sendPrepared } from '../../snapshot/prepared';

export function updatesRouter() {
  const router = new Router();
  router.get('/api/updates', async (ctx) => {
    const { lang, city } = parseQuery(ctx, UpdatesQuerySchema);
    const content = await contentSnapshot(ctx.deps.db, ctx.deps.logger).current();
    sendPrepared(ctx, content.updatesAnswer(lang, city, ctx.deps.now()), 'public, max-age=60, must-revalidate');
  });
  return router;
}
