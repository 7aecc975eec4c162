import { z } from 'zod';

/**
 * City alerts by WeChat subscription message. The mini-program asks WeChat for one message
 * (`wx.requestSubscribeMessage` with `templateId`), then sends a fresh `wx.login` code: the server
 * learns her openid from it and keeps it sealed with the cities, nothing else.
 */

/** `GET /api/subscriptions`: the template to ask for; null when the server does not send city alerts. */
export interface SubscriptionConfigResponse {
  templateId: string | null;
}

const code = z.string({ message: 'code must be the code wx.login gave' }).min(1, 'code must be the code wx.login gave').max(128, 'code is too long');
const city = z.string().regex(/^[a-z0-9-]{1,40}$/, 'cities must be city slugs such as paris');

/** `POST /api/subscriptions`: one more message, about any of these cities. */
export const SubscriptionCreateSchema = z.object({
  code,
  cities: z.array(city, { message: 'cities must be a list of city slugs' }).min(1, 'cities must name at least one city').max(20, 'cities has too many entries'),
});
export type SubscriptionCreateRequest = z.infer<typeof SubscriptionCreateSchema>;

export interface SubscriptionCreatedResponse {
  /** Every city her subscription now covers. */
  cities: string[];
  /** Unused by then, it is deleted. */
  expiresAt: string;
}

/** `POST /api/subscriptions/withdraw`: "不再通知", with a fresh `wx.login` code. */
export const SubscriptionWithdrawSchema = z.object({ code });
export type SubscriptionWithdrawRequest = z.infer<typeof SubscriptionWithdrawSchema>;

export interface SubscriptionWithdrawnResponse {
  /** False when there was nothing to withdraw (already used, expired, or never made). */
  withdrawn: boolean;
}
