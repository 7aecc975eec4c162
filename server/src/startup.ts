import { alertsStartup } from './alerts/startupTask';
import type { AppDeps } from './context';

/** Work done once at every start, after migrations (e.g. purging expired alerts). Add tasks here. */
const tasks: Array<(deps: AppDeps) => Promise<void>> = [alertsStartup];

export async function startupTasks(deps: AppDeps): Promise<void> {
  for (const task of tasks) await task(deps);
}
