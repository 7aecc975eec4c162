import { alertsStartup } from './alerts/startupTask';
import type { AppDeps } from './context';
import { descriptionAlertsStartup } from './descriptionAlerts/startupTask';
import { inboxStartup } from './inbox/startupTask';
import { subscriptionsStartup } from './subscriptions/startupTask';

/** Work done once at every start, after migrations (e.g. purging expired alerts). Add tasks here. */
const tasks: Array<(deps: AppDeps) => Promise<void>> = [alertsStartup, inboxStartup, descriptionAlertsStartup, subscriptionsStartup];

export async function startupTasks(deps: AppDeps): Promise<void> {
  for (const task of tasks) await task(deps);
}
