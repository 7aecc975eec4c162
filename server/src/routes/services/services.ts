import Router from '@koa/router';
import { ServicesQuerySchema } from '../../contract/directory';
import { City, Service } from '../../entities';
import { NotFoundError } from '../../errors';
import { etag } from '../../middleware/etag';
import { parse } from '../../middleware/validate';
import { presentService } from '../../presenters/service';

export function servicesRouter() {
  const router = new Router();
  router.get('/api/services', etag({ maxAge: 60 }), async (ctx) => {
    const query = parse(ServicesQuerySchema, ctx.query);
    const ds = ctx.deps.db.dataSource;
    if (!(await ds.getRepository(City).existsBy({ slug: query.city }))) {
      throw NotFoundError(`There is no city "${query.city}" in the directory; GET /api/cities lists them`);
    }
    const qb = ds
      .getRepository(Service)
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.organization', 'o')
      .leftJoinAndSelect('s.locations', 'l')
      .where('s.city = :city', { city: query.city })
      .orderBy('s.position', 'ASC')
      .addOrderBy('l.position', 'ASC');
    if (query.tag) qb.andWhere(':tag = ANY(s.tags)', { tag: query.tag });
    if (query.q) {
      const like = `%${query.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('s.search_text LIKE :like', { like });
    }
    const now = ctx.deps.now();
    let services = (await qb.getMany()).map((s) => presentService(s, query.lang, now));
    if (query.openNow === '1') services = services.filter((s) => s.openNow);
    // openNow changes with the clock, so a cached copy must not outlive a minute.
    ctx.body = { data: services };
  });
  return router;
}
