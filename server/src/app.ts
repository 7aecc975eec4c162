import Koa from 'koa';
import type { AppDeps } from './context';
import { jsonBody } from './middleware/body';
import { compress } from './middleware/compress';
import { cors } from './middleware/cors';
import { errorHandler } from './middleware/errors';
import { inputGuard, securityHeaders } from './middleware/hardening';
import { requestLog } from './middleware/requestLog';
import { routers } from './routes';
import { webApp } from './web/serve';
import { exactRoutes } from './middleware/exactRoutes';
import { hotRoutes, publicReadRoutes } from './routes/hot';

export function createApp(deps: AppDeps): Koa {
  // Behind N trusted proxies the client is the Nth address from the right of X-Forwarded-For: what the
  // outermost proxy appended. Everything left of it was written by the client.
  const hops = deps.config.TRUST_PROXY;
  const app = new Koa({ proxy: hops > 0, maxIpsCount: hops });
  app.context.deps = deps;
  // Errors are answered by errorHandler; Koa's own default would print them with their details.
  app.silent = true;
  app.use(requestLog());
  app.use(errorHandler());
  app.use(securityHeaders());
  app.use(cors({ origins: deps.config.CORS_ORIGINS, writeOrigins: deps.config.CORS_WRITE_ORIGINS ?? new URL(deps.config.H5_URL).origin }));
  app.use(exactRoutes({ ...publicReadRoutes(), ...hotRoutes() }));
  app.use(compress());
  app.use(jsonBody());
  app.use(inputGuard());
  // Before the routers: it answers only the build's own files, so /api, /console and the rest pass through.
  app.use(webApp({ dir: deps.config.WEB_APP_DIR, base: deps.config.WEB_APP_PATH, name: deps.config.WEB_APP_NAME }));
  for (const router of routers()) app.use(router.routes()).use(router.allowedMethods());
  return app;
}
