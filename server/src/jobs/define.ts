import type PgBoss from 'pg-boss';
import type { AppDeps } from '../context';

/** What a job's handler gets besides its data. */
export interface JobContext {
  deps: AppDeps;
  /** pg-boss's id of this job (not a person's). */
  jobId: string;
  /** 0 on the first attempt. */
  retryCount: number;
  /** Jobs this one starts (a fan-out), inserted in the caller's transaction when `m` is given. */
  send: SendJob;
}

export type SendJob = <T extends object>(name: string, data: T, options?: EnqueueOptions) => Promise<string | null>;

export interface EnqueueOptions {
  /** Not before this time. */
  startAfter?: Date;
  /** One job per key while one is waiting (pg-boss singletonKey with the queue's `policy`). */
  singletonKey?: string;
}

/**
 * One kind of job: a queue in PostgreSQL (pg-boss), the function that works it, and optionally a
 * schedule. Definitions are listed in `registry.ts`; the running server works every queue listed there.
 */
export interface JobDefinition<T extends object = object> {
  /** The queue's name: lower case, digits and dashes (`city-alert-send`). */
  name: string;
  /**
   * Does the work. Returning completes the job; throwing fails this attempt, retried after
   * `retryDelay` seconds (doubled each time with `retryBackoff`) up to `retryLimit` times.
   * Throw `new JobGiveUp(reason)` to fail without retrying.
   */
  work(data: T, context: JobContext): Promise<void>;
  /** pg-boss queue options: retries, expiry of a running attempt, retention. */
  queue?: Omit<PgBoss.Queue, 'name'>;
  /** Run on a cron schedule (Europe/Paris unless `tz` says otherwise), in one process only. */
  schedule?: { cron: string; tz?: string; data?: T };
  /** Jobs of this queue one process fetches and works at once (default 1). */
  concurrency?: number;
}

/** Typed identity: `export const digestJob = defineJob<DigestData>({ name: 'weekly-digest', ... })`. */
export function defineJob<T extends object>(definition: JobDefinition<T>): JobDefinition<T> {
  return definition;
}

/** Fails this job for good: no retry (bad configuration, a refusal that will not change). */
export class JobGiveUp extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JobGiveUp';
  }
}
