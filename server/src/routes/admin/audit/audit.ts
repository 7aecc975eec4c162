import Router from '@koa/router';
import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import { under } from '../paths';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import type { Lang } from '../../../contract/lang';
import { Article, AuditEntry, SceneCode, Service, Update } from '../../../entities';
import { requireRole, requireSession } from '../../../middleware/auth';
import { parse } from '../../../middleware/validate';
import { rolesFor } from '../../../policies';
import { presentAuditEntry } from '../../../presenters/admin';
import { AuditQuerySchema } from '../../../contract/admin';

/** The title of what each entry touched, so the trail reads "published «PEP within 48 h»", not an id. */
async function targetTitles(m: EntityManager, rows: AuditEntry[], lang: Lang): Promise<Map<string, string>> {
  const ids = (type: string) => [...new Set(rows.filter((r) => r.targetType === type && r.targetId).map((r) => r.targetId as string))];
  const titles = new Map<string, string>();
  const uuids = (list: string[]) => list.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const articles = uuids(ids('article'));
  const updates = uuids(ids('update'));
  const scenes = ids('scene');
  const services = ids('service');
  if (articles.length) for (const a of await m.find(Article, { where: { id: In(articles) }, select: { id: true, title: true } })) titles.set(`article:${a.id}`, a.title);
  if (updates.length) for (const u of await m.find(Update, { where: { id: In(updates) }, select: { id: true, title: true } })) titles.set(`update:${u.id}`, u.title);
  if (scenes.length) for (const s of await m.find(SceneCode, { where: { code: In(scenes) } })) titles.set(`scene:${s.code}`, s.label);
  if (services.length) for (const s of await m.find(Service, { where: { id: In(services) }, select: { id: true, name: true } })) titles.set(`service:${s.id}`, s.name[lang] ?? s.name['zh-Hans']);
  return titles;
}

export function auditRouter() {
  const router = new Router({ prefix: '/api/admin' });
  const at = under('/api/admin');
  router.get(at(ADMIN_ROUTES.audit), requireSession(), requireRole(...rolesFor('audit.read')), async (ctx) => {
    const { limit, lang } = parse(AuditQuerySchema, ctx.query);
    const m = ctx.deps.db.dataSource.manager;
    const rows = await m.find(AuditEntry, { order: { at: 'DESC' }, take: limit });
    const titles = await targetTitles(m, rows, lang);
    ctx.body = { data: rows.map((e) => presentAuditEntry(e, titles.get(`${e.targetType}:${e.targetId}`) ?? null)) };
  });
  return router;
}
