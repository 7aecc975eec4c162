import Router from '@koa/router';
import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import { under } from '../paths';
import { SheetQuerySchema } from '../../../contract/digest';
import { miniProgramCodeMaker } from '../../../flyers/codeMaker';
import { csrf, requireSession } from '../../../middleware/auth';
import { parse } from '../../../middleware/validate';
import { renderSheet, sheetContent } from '../../../sheet';

/** `GET /api/admin/sheet?city=paris[&test=1]`: the A4 alerts sheet for the bus, as `npm run alerts:sheet` makes it. */
export function adminSheetRouter() {
  const router = new Router({ prefix: '/api/admin/sheet' });
  const at = under('/api/admin/sheet');
  router.use(requireSession(), csrf());

  router.get(at(ADMIN_ROUTES.sheet), async (ctx) => {
    const { city, test } = parse(SheetQuerySchema, ctx.query);
    const { deps } = ctx;
    const content = await sheetContent(deps.db.dataSource.manager, city, deps.now());
    const pdf = await renderSheet({ content, fontFile: deps.config.FLYER_FONT, h5Url: deps.config.H5_URL, wechat: miniProgramCodeMaker(deps), test: test === '1' });
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Content-Disposition', `attachment; filename="lotus-${city}${test === '1' ? '-test' : ''}.pdf"`);
    ctx.type = 'application/pdf';
    ctx.body = pdf;
  });

  return router;
}
