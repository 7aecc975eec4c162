import PgBoss from 'pg-boss';
import subscriptionPurge from '../commands/subscriptionPurge';
import { City } from '../entities';
import { defineJob, JobGiveUp } from '../jobs/define';
import { JOBS_SCHEMA, transactionDb } from '../jobs/queue';
import { miniprogramGateway } from '../wechat/gateway';
import { WechatError } from '../wechat/errors';
import { subscriptionCrypto } from './crypto';
import { CITY_ALERT_FAN_OUT, CITY_ALERT_SEND, SUBSCRIPTIONS_PURGE, type FanOutData, type SendData } from './jobNames';
import { alertMessage, SUBSCRIPTION_DAYS } from './message';

/** WeChat's answers to message/subscribe/send that decide what happens to a subscription. */
const REFUSED = 43101; // she did not allow (or already used) this message: the subscription is spent
const INVALID_OPENID = 40003;
const BAD_DATA = 47003;
const BAD_TEMPLATE = 40037;
const BAD_PAGE = 41030;
const QUOTA = new Set([45009, 45011]);

/** A message held back by WeChat's quota waits this long, this many times at most. */
const QUOTA_WAIT_MS = 60 * 60_000;
const QUOTA_WAITS = 24;

/**
 * One approved alert → one `city-alert-send` job per subscriber of its city, queued in one
 * transaction with the mark that it was done: a retried fan-out queues nothing twice.
 */
export const cityAlertFanOut = defineJob<FanOutData>({
  name: CITY_ALERT_FAN_OUT,
  queue: { retryLimit: 10, retryDelay: 5, retryBackoff: true, expireInSeconds: 120 },
  async work({ alert, city }, { deps }) {
    await deps.db.dataSource.transaction(async (m) => {
      const marked: unknown[] = await m.query(
        `WITH marked AS (UPDATE city_alert_announcements SET fanned_out_at = $2 WHERE alert = $1 AND fanned_out_at IS NULL RETURNING alert) SELECT alert FROM marked`,
        [alert, deps.now()],
      );
      if (marked.length === 0) return;
      const cutoff = new Date(deps.now().getTime() - SUBSCRIPTION_DAYS * 86_400_000);
      const rows: Array<{ id: string }> = await m.query(
        `SELECT id FROM alert_subscriptions WHERE $1 = ANY(cities) AND created_at > $2 AND claimed_at IS NULL`,
        [city, cutoff],
      );
      if (rows.length === 0) return;
      const boss = new PgBoss({ db: transactionDb(m), schema: JOBS_SCHEMA });
      await boss.insert(rows.map(({ id }) => ({ name: CITY_ALERT_SEND, data: { alert, city, subscription: id } satisfies SendData })), { db: transactionDb(m) });
    });
  },
});

/**
 * Sends one message to one subscriber. The subscription is claimed first (so two processes, or two
 * alerts at once, never both use it), deleted once the message is sent or refused, and released for
 * a retry when WeChat could not take it. A claim found already set belongs to a send that died
 * midway: nothing is sent again (at most once per person).
 */
export const cityAlertSend = defineJob<SendData>({
  name: CITY_ALERT_SEND,
  queue: { retryLimit: 8, retryDelay: 5, retryBackoff: true, expireInSeconds: 60 },
  // Each process sends up to 20 at once, every poll (2 s): a city's hundreds within the minute.
  concurrency: 20,
  async work(data, { deps, send }) {
    const { subscription, city } = data;
    const m = deps.db.dataSource.manager;
    const gateway = miniprogramGateway(deps);
    const templateId = deps.config.SUBSCRIBE_TEMPLATE_ID;
    if (!gateway || !templateId) throw new JobGiveUp('city alerts are not configured (MINIPROGRAM_APPID, MINIPROGRAM_SECRET, SUBSCRIBE_TEMPLATE_ID)');
    const claimed: Array<{ openid_sealed: Buffer }> = await m.query(
      `WITH claimed AS (UPDATE alert_subscriptions SET claimed_at = $2 WHERE id = $1 AND claimed_at IS NULL RETURNING openid_sealed) SELECT openid_sealed FROM claimed`,
      [subscription, deps.now()],
    );
    if (claimed.length === 0) {
      // Used, withdrawn or expired meanwhile; or claimed by a send that did not finish. Its row goes
      // now if nothing else holds it: the purge removes claims older than an hour.
      return;
    }
    const drop = () => m.query(`DELETE FROM alert_subscriptions WHERE id = $1`, [subscription]);
    const release = () => m.query(`UPDATE alert_subscriptions SET claimed_at = NULL WHERE id = $1`, [subscription]);
    const cityRow = await m.findOne(City, { where: { slug: city } });
    const message = alertMessage(deps.config, { city, cityName: cityRow?.name['zh-Hans'] ?? city, now: deps.now() });
    try {
      await gateway.subscribeSend({ ...message, touser: subscriptionCrypto(deps.config).open(Buffer.from(claimed[0].openid_sealed)), template_id: templateId });
    } catch (e) {
      const errcode = e instanceof WechatError ? e.errcode : null;
      if (errcode === REFUSED || errcode === INVALID_OPENID) {
        await drop();
        deps.logger.info({ queue: CITY_ALERT_SEND, errcode }, 'city alert not sent: the subscription was refused or spent, and is deleted');
        return;
      }
      await release();
      if (errcode === BAD_DATA || errcode === BAD_TEMPLATE || errcode === BAD_PAGE) {
        deps.logger.error({ queue: CITY_ALERT_SEND, errcode }, 'city alert refused by WeChat: check SUBSCRIBE_TEMPLATE_ID and SUBSCRIBE_TEMPLATE_FIELDS against the template');
        throw new JobGiveUp(`WeChat refused the message (${errcode})`);
      }
      if (errcode !== null && QUOTA.has(errcode)) {
        const deferrals = (data.deferrals ?? 0) + 1;
        if (deferrals > QUOTA_WAITS) throw new JobGiveUp('WeChat quota exhausted for a day');
        deps.logger.warn({ queue: CITY_ALERT_SEND, errcode, deferrals }, 'city alert held back by WeChat quota: trying again in an hour');
        await send(CITY_ALERT_SEND, { ...data, deferrals }, { startAfter: new Date(Date.now() + QUOTA_WAIT_MS) });
        return;
      }
      deps.logger.warn({ queue: CITY_ALERT_SEND, errcode, code: e instanceof WechatError ? e.code : 'error' }, 'city alert not sent yet: retrying');
      throw new Error(`WeChat did not take the message (${errcode ?? 'unreachable'})`);
    }
    await drop();
    deps.logger.debug({ queue: CITY_ALERT_SEND }, 'city alert sent');
  },
});

/** Daily: subscriptions older than 90 days, and claims a dead send left. */
export const subscriptionsPurge = defineJob<object>({
  name: SUBSCRIPTIONS_PURGE,
  schedule: { cron: '17 4 * * *' },
  async work(_data, { deps }) {
    const purged = await subscriptionPurge({ m: deps.db.dataSource.manager, now: deps.now() });
    if (purged > 0) deps.logger.info({ purged }, 'old alert subscriptions purged');
  },
});
