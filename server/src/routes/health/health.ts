import Router from '@koa/router';
import type { Db } from '../../db/dataSource';
import { DatabaseUnavailableError } from '../../errors';

const probes = new WeakMap<Db['dataSource'], Promise<unknown>>();

/**
 * One `SELECT 1` at a time per database: probes arriving while one is on its way share its answer,
 * so a burst of health checks costs the (single-connection, on PGlite) database one round trip.
 */
function probe(db: Db): Promise<unknown> {
  let p = probes.get(db.dataSource);
  if (!p) {
    p = db.dataSource.query('SELECT 1').finally(() => probes.delete(db.dataSource));
    probes.set(db.dataSource, p);
  }
  return p;
}

export function healthRouter() {
  const router = new Router();
  router.get('/healthz', async (ctx) => {
    const { db } = ctx.deps;
    try {
      await probe(db);
    } catch {
      throw DatabaseUnavailableError(`The ${db.kind === 'pglite' ? 'embedded' : 'PostgreSQL'} database does not answer`);
    }
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { ok: true, db: db.kind };
  });
  return router;
}
