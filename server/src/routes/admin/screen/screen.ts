import Router from '@koa/router';
import { csrf, requireSession } from '../../../middleware/auth';
import { parse } from '../../../middleware/validate';
import { renderMarkdown } from '../../../render';
import { PreviewSchema, ScreenSchema } from '../schema';
import { screen } from './screener';

/** What the editor calls as the mediator types: the screener's hits and the WeChat rendering. */
export function screenRouter() {
  const router = new Router({ prefix: '/api/admin' });
  router.use(requireSession(), csrf());
  router.post('/screen', (ctx) => {
    const { text } = parse(ScreenSchema, ctx.request.body ?? {});
    ctx.body = { hits: screen(ctx.deps.config, text) };
  });
  router.post('/preview', (ctx) => {
    const { markdown } = parse(PreviewSchema, ctx.request.body ?? {});
    ctx.body = { html: renderMarkdown(markdown) };
  });
  return router;
}
