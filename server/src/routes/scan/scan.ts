import Router from '@koa/router';
import { countScan } from '../../flyers/scans';
import { parse } from '../../middleware/validate';
import { ScanSchema } from './schema';

/** The mini-program posts the scene once per open from a QR code; the server keeps a daily count only. */
export function scanRouter() {
  const router = new Router();
  router.post('/api/scan', async (ctx) => {
    const { scene } = parse(ScanSchema, ctx.request.body);
    await countScan(ctx.deps.db.dataSource, scene, ctx.deps.now());
    ctx.set('Cache-Control', 'no-store');
    ctx.status = 204;
  });
  return router;
}
