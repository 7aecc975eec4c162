/** The queues of city alerts; their work is in jobs.ts. */
export const CITY_ALERT_FAN_OUT = 'city-alert-fan-out';
export const CITY_ALERT_SEND = 'city-alert-send';
export const SUBSCRIPTIONS_PURGE = 'subscriptions-purge';

export interface FanOutData {
  /** `report:<id>`: the announced alert, never a person. */
  alert: string;
  city: string;
}

export interface SendData extends FanOutData {
  /** The subscription's row id (its openid stays sealed in the database). */
  subscription: string;
  /** Times this message waited for WeChat's quota to come back. */
  deferrals?: number;
}
