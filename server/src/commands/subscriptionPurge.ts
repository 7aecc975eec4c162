import type { EntityManager } from 'typeorm';
import { SUBSCRIPTION_DAYS } from '../subscriptions/message';

interface Props {
  m: EntityManager;
  now: Date;
}

/** A send that died holds its claim; after this long the subscription is counted as used. */
const DEAD_CLAIM_MS = 60 * 60_000;

/** Deletes subscriptions older than 90 days and those a dead send left claimed; how many. */
export default async function subscriptionPurge({ m, now }: Props): Promise<number> {
  const deleted: unknown[] = await m.query(
    `WITH gone AS (DELETE FROM alert_subscriptions WHERE created_at <= $1 OR claimed_at <= $2 RETURNING id) SELECT id FROM gone`,
    [new Date(now.getTime() - SUBSCRIPTION_DAYS * 86_400_000), new Date(now.getTime() - DEAD_CLAIM_MS)],
  );
  return deleted.length;
}
