import Router from '@koa/router';
import { ROUTES } from '../../contract/routes';
import scanCount from '../../commands/scanCount';
import { rateLimit } from '../../middleware/rateLimit';
import { parse } from '../../middleware/validate';
import { ScanSchema } from '../../contract/scan';

/**
 * The mini-program posts the scene once per open from a QR code; the server keeps a daily count only.
 * Limited per address, so one script cannot make a flyer look read where nobody picked it up.
 */
export function scanRouter() {
  const router = new Router();
  router.post(ROUTES.scan.path, rateLimit({ scope: 'scan' }), async (ctx) => {
    const { scene } = parse(ScanSchema, ctx.request.body);
    // One statement, atomic on its own: no transaction to open.
    await scanCount({ m: ctx.deps.db.dataSource.manager, scene, now: ctx.deps.now() });
    ctx.set('Cache-Control', 'no-store');
    ctx.status = 204;
  });
  return router;
}
