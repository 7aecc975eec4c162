import Router from '@koa/router';
import { DatabaseUnavailableError } from '../../errors';

export function healthRouter() {
  const router = new Router();
  router.get('/healthz', async (ctx) => {
    const { db } = ctx.deps;
    try {
      await db.dataSource.query('SELECT 1');
    } catch {
      throw DatabaseUnavailableError(`The ${db.kind === 'pglite' ? 'embedded' : 'PostgreSQL'} database does not answer`);
    }
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { ok: true, db: db.kind };
  });
  return router;
}
