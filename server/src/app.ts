import Koa from 'koa';
import { bodyParser } from '@koa/bodyparser';
import type { AppDeps } from './context';
import { cors } from './middleware/cors';
import { errorHandler } from './middleware/errors';
import { requestLog } from './middleware/requestLog';
import { routers } from './routes';

export function createApp(deps: AppDeps): Koa {
  const app = new Koa({ proxy: deps.config.TRUST_PROXY === '1' });
  app.context.deps = deps;
  // Errors are answered by errorHandler; Koa's own default would print them with their details.
  app.silent = true;
  app.use(requestLog());
  app.use(errorHandler());
  app.use(cors({ origins: deps.config.CORS_ORIGINS }));
  app.use(bodyParser({ enableTypes: ['json'], jsonLimit: '256kb' }));
  for (const router of routers()) app.use(router.routes()).use(router.allowedMethods());
  return app;
}
