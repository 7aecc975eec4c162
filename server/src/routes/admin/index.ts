import type Router from '@koa/router';
import { adminAccountsRouter } from './accounts/accounts';
import { adminArticlesRouter } from './articles/articles';
import { adminDescriptionAlertsRouter } from './descriptionAlerts/descriptionAlerts';
import { adminDigestsRouter } from './digests/digests';
import { adminSheetRouter } from './sheet/sheet';
import { adminDraftsRouter } from './drafts/drafts';
import { adminImagesRouter } from './images/images';
import { adminInboxRouter } from './inbox/inbox';
import { adminReportsRouter } from './reports/reports';
import { adminScenesRouter } from './scenes/scenes';
import { auditRouter } from './audit/audit';
import { screenRouter } from './screen/screen';
import { adminServicesRouter } from './services/services';
import { sessionRouter } from './session/session';
import { adminUpdatesRouter } from './updates/updates';

/** The console's API under /api/admin, the one list of its routers. Every route but login sits behind requireSession(). */
export function adminRouters(): Router[] {
  return [adminReportsRouter(), adminDescriptionAlertsRouter(), adminScenesRouter(), sessionRouter(), adminArticlesRouter(), adminUpdatesRouter(), screenRouter(), auditRouter(), adminServicesRouter(), adminAccountsRouter(), adminImagesRouter(), adminDraftsRouter(), adminInboxRouter(), adminDigestsRouter(), adminSheetRouter()];
}
