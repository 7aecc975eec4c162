import Router from '@koa/router';
import { ROUTES } from '../../contract/routes';
import scanCount from '../../commands/scanCount';
import { parse } from '../../middleware/validate';
import { ScanSchema } from '../../contract/scan';

/** The mini-program posts the scene once per open from a QR code; the server keeps a daily count only. */
export function scanRouter() {
  const router = new Router();
  router.post(ROUTES.scan.path, async (ctx) => {
    const { scene } = parse(ScanSchema, ctx.request.body);
    // One statement, atomic on its own: no transaction to open.
    await scanCount({ m: ctx.deps.db.dataSource.manager, scene, now: ctx.deps.now() });
    ctx.set('Cache-Control', 'no-store');
    ctx.status = 204;
  });
  return router;
}
