import type { Config } from '../config';
import type { SubscribeMessage } from '../wechat/gateway';

/** A subscription lives this long unused, then it is deleted (WeChat lets a tap's message wait, we do not). */
export const SUBSCRIPTION_DAYS = 90;

/** WeChat's `thing` keyword takes 20 characters at most. */
const THING_MAX = 20;

/** The page a message opens: the city's recent alerts. No identifier, nothing about the alert itself. */
export function alertsPage(city: string): string {
  return `pages/alerts/index?city=${encodeURIComponent(city)}`;
}

/** What the lock screen may show: a neutral tip, the city and the time. */
export function alertText(cityName: string): string {
  return [...`生活小贴士：${cityName}有新的提醒`].slice(0, THING_MAX).join('');
}

function parisTime(now: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}年${parts.month}月${parts.day}日 ${parts.hour}:${parts.minute}`;
}

/** The message for one city, to send with her openid and the template id. */
export function alertMessage(config: Pick<Config, 'SUBSCRIBE_TEMPLATE_FIELDS' | 'SUBSCRIBE_MINIPROGRAM_STATE'>, { city, cityName, now }: { city: string; cityName: string; now: Date }): Omit<SubscribeMessage, 'touser' | 'template_id'> {
  const [textField, timeField] = config.SUBSCRIBE_TEMPLATE_FIELDS.split(',');
  const data: SubscribeMessage['data'] = { [textField]: { value: alertText(cityName) } };
  if (timeField) data[timeField] = { value: parisTime(now) };
  return { page: alertsPage(city), data, miniprogram_state: config.SUBSCRIBE_MINIPROGRAM_STATE, lang: 'zh_CN' };
}
