import type { AppDeps } from '../context';
import { SubscriptionsKey } from '../entities';
import { pinKey } from '../sealing';
import { subscriptionCrypto } from './crypto';

/**
 * At every start, once city alerts are set up: the key must be there (a production start without
 * SUBSCRIPTIONS_SECRET stops here, not at her first tap) and be the one the database's subscriptions
 * were sealed with.
 */
export async function subscriptionsStartup(deps: AppDeps): Promise<void> {
  const { SUBSCRIBE_TEMPLATE_ID, MINIPROGRAM_APPID, MINIPROGRAM_SECRET } = deps.config;
  if (!SUBSCRIBE_TEMPLATE_ID || !MINIPROGRAM_APPID || !MINIPROGRAM_SECRET) return;
  await pinKey(deps.db.dataSource.manager, {
    table: 'subscriptions_keys',
    entity: SubscriptionsKey,
    fingerprint: subscriptionCrypto(deps.config).fingerprint(),
    mismatch:
      'configuration: SUBSCRIPTIONS_SECRET is not the key the alert subscriptions were sealed with; set the same SUBSCRIPTIONS_SECRET on every process (to start over with a new key: DELETE FROM alert_subscriptions; DELETE FROM subscriptions_keys)',
  });
}
