import { accountsPage } from './accounts';
import { articleEditorPage } from './articleEditor';
import { articlesPage } from './articles';
import { digestEditorPage, digestsPage } from './digests';
import { auditPage } from './audit';
import { flyersPage } from './flyers';
import { inboxConversationPage, inboxPage } from './inbox';
import { reportsPage } from './reports';
import { descriptionAlertsPage } from './descriptionAlerts';
import { servicesPage } from './services';
import type { Page } from './types';
import { updateEditorPage } from './updateEditor';
import { updatesPage } from './updates';

/** Every screen, in menu order. The first one with a menu entry is the home screen. */
export const pages: Page[] = [articlesPage, articleEditorPage, updatesPage, updateEditorPage, flyersPage, inboxPage, inboxConversationPage, reportsPage, digestsPage, digestEditorPage, descriptionAlertsPage, servicesPage, auditPage, accountsPage];
