import Router from '@koa/router';
import { ROUTES } from '../../contract/routes';
import type { ProgrammeDTO } from '../../contract/programme';

/** The programme's contact, from configuration: the emergency page shows a direct line only when one is set. */
export function programmeRouter() {
  const router = new Router();
  router.get(ROUTES.programme.path, (ctx) => {
    const body: ProgrammeDTO = { phone: ctx.deps.config.PROGRAMME_PHONE ?? null };
    ctx.set('Cache-Control', 'public, max-age=300');
    ctx.body = { data: body };
  });
  return router;
}
