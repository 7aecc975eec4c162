import Router from '@koa/router';
import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import { under } from '../paths';
import serviceVerify from '../../../commands/serviceVerify';
import { ServiceIdParamsSchema } from '../../../contract/directory';
import { Service } from '../../../entities';
import { csrf, requireRole, requireSession, signedIn } from '../../../middleware/auth';
import { parse } from '../../../middleware/validate';
import { rolesFor } from '../../../policies';
import { presentAdminService } from '../../../presenters/adminService';

/** The directory as mediators check it: every service with its verification, and the one-click confirm. */
export function adminServicesRouter() {
  const router = new Router({ prefix: '/api/admin/services' });
  const at = under('/api/admin/services');
  router.use(requireSession(), csrf());

  router.get(at(ADMIN_ROUTES.services), async (ctx) => {
    const rows = await ctx.deps.db.dataSource.getRepository(Service).find({
      relations: { organization: true, locations: true },
      order: { city: 'ASC', position: 'ASC' },
    });
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: rows.map(presentAdminService) };
  });

  router.post(at(ADMIN_ROUTES.serviceVerify), requireRole(...rolesFor('content.write')), async (ctx) => {
    const { id } = parse(ServiceIdParamsSchema, ctx.params);
    const { mediator } = signedIn(ctx);
    const now = ctx.deps.now();
    const saved = await ctx.deps.db.dataSource.transaction((m) => serviceVerify({ m, id, actor: mediator, now }));
    ctx.body = { data: presentAdminService(saved) };
  });
  return router;
}
