import { cityAlertFanOut, cityAlertSend, subscriptionsPurge } from '../subscriptions/jobs';
import type { JobDefinition } from './define';
import { weeklyDigest } from '../digest/job';

/**
 * Every kind of job the server works (pg-boss queues in PostgreSQL). A new one is a `defineJob({ name,
 * work, queue?, schedule? })` (jobs/define.ts) added to this list; it is then worked by every server
 * process and its schedule, if any, fires in one of them.
 */
export const jobDefinitions: JobDefinition<never>[] = [cityAlertFanOut, cityAlertSend, subscriptionsPurge, weeklyDigest] as JobDefinition<never>[];
