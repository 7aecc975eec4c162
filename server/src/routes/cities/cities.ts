import Router from '@koa/router';
import { CitiesQuerySchema } from '../../contract/directory';
import { City } from '../../entities';
import { etag } from '../../middleware/etag';
import { parse } from '../../middleware/validate';
import { presentCity } from '../../presenters/city';

export function citiesRouter() {
  const router = new Router();
  router.get('/api/cities', etag({ maxAge: 300 }), async (ctx) => {
    const { lang } = parse(CitiesQuerySchema, ctx.query);
    const ds = ctx.deps.db.dataSource;
    const [cities, counts] = await Promise.all([
      ds.getRepository(City).find({ order: { slug: 'ASC' } }),
      ds.query(`SELECT city, count(*)::int AS n FROM services GROUP BY city`) as Promise<Array<{ city: string; n: number }>>,
    ]);
    const byCity = new Map(counts.map((c) => [c.city, c.n]));
    ctx.body = { data: cities.map((c) => presentCity(c, lang, byCity.get(c.slug) ?? 0)) };
  });
  return router;
}
