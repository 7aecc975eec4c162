import Router from '@koa/router';
import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import { under } from '../paths';
import type { Context } from 'koa';
import { recordAudit } from '../../../auth/audit';
import { addDays } from '../../../contract/admin';
import { SceneCode } from '../../../entities';
import { NotFoundError, ValidationError } from '../../../errors';
import { flyerQr, loadFlyerTexts, privateAddress, qrPng, renderFlyer, type FlyerFormat } from '../../../flyers';
import { miniProgramCodeMaker } from '../../../flyers/codeMaker';
import { parisDay } from '../../../flyers/day';
import { scanStats } from '../../../flyers/scans';
import sceneCodeCreate from '../../../commands/sceneCodeCreate';
import { flyerScene } from '../../../flyers/sceneCodes';
import { csrf, requireSession, signedIn } from '../../../middleware/auth';
import { parse } from '../../../middleware/validate';
import { presentSceneCode, presentScenes } from '../../../presenters/scene';
import { ScenesCreateSchema, ScenesListSchema } from '../../../contract/admin';
import { FlyerQuerySchema, SceneParamsSchema, TestPrintSchema } from './schema';

const DEFAULT_DAYS = 90;
const MAX_DAYS = 366;

async function findCode(ctx: Context): Promise<SceneCode> {
  const { code } = parse(SceneParamsSchema, ctx.params);
  const row = await ctx.deps.db.dataSource.getRepository(SceneCode).findOne({ where: { code } });
  if (!row) throw NotFoundError(`There is no flyer "${code}"`, { code: 'flyer_not_found' });
  return row;
}

async function qrFor(ctx: Context, row: SceneCode, test: boolean) {
  return flyerQr(flyerScene(row), { h5Url: ctx.deps.config.H5_URL, wechat: miniProgramCodeMaker(ctx.deps), test });
}

/** What every flyer's code opens, so the console can say it before anyone prints. */
function codesOpen(ctx: Context) {
  if (miniProgramCodeMaker(ctx.deps)) return { kind: 'wxacode' as const };
  const base = ctx.deps.config.H5_URL;
  return { kind: 'url' as const, base, reachable: !privateAddress(base) };
}

/** Flyers (scene codes) for the console: create, list with daily scan counts, download the QR code and the card. */
export function adminScenesRouter() {
  const router = new Router({ prefix: '/api/admin/scenes' });
  const at = under('/api/admin/scenes');
  router.use(requireSession(), csrf());

  router.get(at(ADMIN_ROUTES.scenes), async (ctx) => {
    const q = parse(ScenesListSchema, ctx.query);
    const to = q.to ?? parisDay(ctx.deps.now());
    const from = q.from ?? addDays(to, -(DEFAULT_DAYS - 1));
    if (from > to) throw ValidationError('from: must be on or before to');
    if (addDays(from, MAX_DAYS - 1) < to) throw ValidationError(`from..to spans at most ${MAX_DAYS} days`);
    const ds = ctx.deps.db.dataSource;
    const rows = await ds.getRepository(SceneCode).find({ order: { createdAt: 'DESC', code: 'ASC' } });
    const stats = await scanStats(ds, { from, to });
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: presentScenes(rows, stats, { from, to }), meta: { codes: codesOpen(ctx) } };
  });

  router.post(at(ADMIN_ROUTES.sceneCreate), async (ctx) => {
    const body = parse(ScenesCreateSchema, ctx.request.body);
    const actor = signedIn(ctx).mediator;
    const row = await ctx.deps.db.dataSource.transaction(async (m) => {
      const created = await sceneCodeCreate({ m, ...body });
      await recordAudit(m, actor, ctx.deps.now(), { action: 'scene.create', target: { type: 'scene', id: created.code }, detail: { target: created.target } });
      return created;
    });
    ctx.status = 201;
    ctx.body = { data: presentSceneCode(row) };
  });

  router.get(at(ADMIN_ROUTES.sceneQr), async (ctx) => {
    const row = await findCode(ctx);
    const { test } = parse(TestPrintSchema, ctx.query);
    const png = await qrPng(await qrFor(ctx, row, test));
    ctx.type = 'image/png';
    ctx.set('Content-Disposition', `inline; filename="lotus-${row.code}.png"`);
    ctx.body = png;
  });

  for (const [route, format] of [[ADMIN_ROUTES.sceneFlyerPdf, 'pdf'], [ADMIN_ROUTES.sceneFlyerSvg, 'svg']] as [{ path: string }, FlyerFormat][]) {
    router.get(at(route), async (ctx) => {
      const row = await findCode(ctx);
      const { langs, test } = parse(FlyerQuerySchema, ctx.query);
      const { config } = ctx.deps;
      const file = await renderFlyer({
        format,
        qr: await qrFor(ctx, row, test),
        test,
        texts: loadFlyerTexts(config.CONTENT_DIR),
        langs,
        code: row.code,
        fontFile: config.FLYER_FONT,
      });
      ctx.type = format === 'pdf' ? 'application/pdf' : 'image/svg+xml';
      ctx.set('Content-Disposition', `attachment; filename="lotus-flyer-${row.code}${test ? '-TEST' : ''}.${format}"`);
      ctx.body = file;
    });
  }
  return router;
}
