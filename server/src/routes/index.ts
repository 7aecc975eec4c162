import type Router from '@koa/router';
import { consoleRouter } from '../console/serve';
import { adminRouters } from './admin';
import { adminScenesRouter } from './admin/scenes/scenes';
import { scanRouter } from './scan/scan';
import { adminReportsRouter } from './admin/reports/reports';
import { checkRouter } from './check/check';
import { reportsRouter } from './reports/reports';
import { descriptionAlertsRouter } from './descriptionAlerts/descriptionAlerts';
import { adminDescriptionAlertsRouter } from './admin/descriptionAlerts/descriptionAlerts';
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
  return [healthRouter(), wechatRouter(), citiesRouter(), programmeRouter(), servicesRouter(), articlesRouter(), updatesRouter(), checkRouter(), reportsRouter(), subscriptionsRouter(), adminReportsRouter(), descriptionAlertsRouter(), adminDescriptionAlertsRouter(), scanRouter(), adminScenesRouter(), ...adminRouters(), consoleRouter()];
}
