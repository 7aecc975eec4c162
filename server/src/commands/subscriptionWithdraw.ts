import type { EntityManager } from 'typeorm';
import type { SubscriptionCrypto } from '../subscriptions/crypto';

interface Props {
  m: EntityManager;
  crypto: SubscriptionCrypto;
  openid: string;
}

/** "不再通知": her subscription is deleted, whatever cities it had. True when there was one. */
export default async function subscriptionWithdraw({ m, crypto, openid }: Props): Promise<boolean> {
  const deleted: unknown[] = await m.query(`WITH gone AS (DELETE FROM alert_subscriptions WHERE openid_key = $1 RETURNING id) SELECT id FROM gone`, [crypto.key(openid)]);
  return deleted.length > 0;
}
