import type Router from '@koa/router';
import { consoleRouter } from '../console/serve';
import { adminRouters } from './admin';
import { scanRouter } from './scan/scan';
import { checkRouter } from './check/check';
import { reportsRouter } from './reports/reports';
import { descriptionAlertsRouter } from './descriptionAlerts/descriptionAlerts';
import { articlesRouter } from './articles/articles';
import { citiesRouter } from './cities/cities';
import { healthRouter } from './health/health';
import { programmeRouter } from './programme/programme';
import { servicesRouter } from './services/services';
import { updatesRouter } from './updates/updates';
import { wechatRouter } from './wechat/wechat';
import { subscriptionsRouter } from './subscriptions/subscriptions';

/** Every resource's router. A new resource adds one line here. */
export function routers(): Router[] {
  return [healthRouter(), wechatRouter(), citiesRouter(), programmeRouter(), servicesRouter(), articlesRouter(), updatesRouter(), checkRouter(), reportsRouter(), subscriptionsRouter(), descriptionAlertsRouter(), scanRouter(), ...adminRouters(), consoleRouter()];
}
