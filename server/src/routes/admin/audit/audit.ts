import Router from '@koa/router';
import { AuditEntry } from '../../../entities';
import { requireRole, requireSession } from '../../../middleware/auth';
import { parse } from '../../../middleware/validate';
import { rolesFor } from '../../../policies';
import { presentAuditEntry } from '../../../presenters/admin';
import { AuditQuerySchema } from '../schema';

export function auditRouter() {
  const router = new Router({ prefix: '/api/admin' });
  router.get('/audit', requireSession(), requireRole(...rolesFor('audit.read')), async (ctx) => {
    const { limit } = parse(AuditQuerySchema, ctx.query);
    const rows = await ctx.deps.db.dataSource.getRepository(AuditEntry).find({ order: { at: 'DESC' }, take: limit });
    ctx.body = { data: rows.map(presentAuditEntry) };
  });
  return router;
}
