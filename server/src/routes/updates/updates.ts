import Router from '@koa/router';
import { Brackets, In } from 'typeorm';
import { fallbackOrder } from '../../contract/lang';
import { localTime } from '../../contract/hours';
import { UpdatesQuerySchema } from '../../contract/updates';
import { pickTranslations } from '../../commands/translations';
import { Update } from '../../entities';
import { etag } from '../../middleware/etag';
import { parse } from '../../middleware/validate';
import { presentUpdate } from '../../presenters/update';

/** Updates are dated in the programme's own calendar. */
const PROGRAMME_ZONE = 'Europe/Paris';

export function updatesRouter() {
  const router = new Router();
  router.get('/api/updates', etag({ maxAge: 60 }), async (ctx) => {
    const { lang, city } = parse(UpdatesQuerySchema, ctx.query);
    const today = localTime(ctx.deps.now(), PROGRAMME_ZONE).date;
    const qb = ctx.deps.db.dataSource
      .getRepository(Update)
      .createQueryBuilder('u')
      .where({ lang: In([...fallbackOrder(lang)]) })
      .andWhere('u.published_on <= :today', { today })
      .andWhere(new Brackets((b) => b.where('u.expires_on IS NULL').orWhere('u.expires_on >= :today', { today })))
      .orderBy('u.published_on', 'DESC')
      .addOrderBy('u.key', 'ASC');
    if (city) qb.andWhere(new Brackets((b) => b.where('u.city IS NULL').orWhere('u.city = :city', { city })));
    const rows = await qb.getMany();
    ctx.body = { data: pickTranslations(rows, (u) => u.key, lang).map((u) => presentUpdate(u, lang)) };
  });
  return router;
}
