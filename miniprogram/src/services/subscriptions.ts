import Taro from '@tarojs/taro';
import type { PathOf, RequestOf, ResponseOf } from '@lotus/server/contract/routes';
import { load, send } from './request';

/**
 * City alerts by WeChat subscription message: WeChat asks her (one tap allows one message), then a
 * fresh `wx.login` code lets the server find her openid. The phone remembers only which cities are
 * on and until when, to show it and to offer a renewal once a message has come.
 */

const KEY = 'lotus:alert-subscription';
const DAYS_MS = 86_400_000;
/** Scenes of a mini-program opened from a subscription message. */
const FROM_MESSAGE = new Set([1014, 1107]);
const PATH: PathOf<'subscriptionConfig'> & PathOf<'subscriptionCreate'> = '/api/subscriptions';
const WITHDRAW: PathOf<'subscriptionWithdraw'> = '/api/subscriptions/withdraw';

export interface LocalSubscription {
  cities: string[];
  /** Epoch ms: the server deletes it then. */
  until: number;
}

export type SubscribeOutcome = 'on' | 'declined' | 'failed';

/** The template to ask WeChat for; null when the server sends no city alerts. */
export async function subscriptionTemplate(): Promise<string | null> {
  const res = await load<ResponseOf<'subscriptionConfig'>>(PATH);
  return res.ok ? res.data.templateId : null;
}

export function localSubscription(now = Date.now()): LocalSubscription | null {
  const held = Taro.getStorageSync(KEY) as LocalSubscription | '';
  if (!held || !Array.isArray(held.cities) || typeof held.until !== 'number' || held.until <= now) return null;
  return held;
}

function forget(): void {
  Taro.removeStorageSync(KEY);
}

async function loginCode(): Promise<string | null> {
  try {
    const { code } = await Taro.login();
    return code || null;
  } catch {
    return null;
  }
}

/** Asks WeChat for one message with the template, then tells the server; 'declined' when she said no. */
export async function subscribe(templateId: string, cities: string[]): Promise<SubscribeOutcome> {
  let answer: string | undefined;
  try {
    const res = (await Taro.requestSubscribeMessage({ tmplIds: [templateId] } as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, string>;
    answer = res[templateId];
  } catch {
    return 'failed';
  }
  if (answer !== 'accept') return answer === 'reject' ? 'declined' : 'failed';
  const code = await loginCode();
  if (!code) return 'failed';
  const res = await send<ResponseOf<'subscriptionCreate'>>('POST', PATH, { code, cities } satisfies RequestOf<'subscriptionCreate'>);
  if (!res.ok) return 'failed';
  Taro.setStorageSync(KEY, { cities: res.data.cities, until: Date.parse(res.data.expiresAt) } satisfies LocalSubscription);
  return 'on';
}

/** "不再通知": the server deletes her subscription; the phone forgets it. */
export async function withdraw(): Promise<boolean> {
  const code = await loginCode();
  if (!code) return false;
  const res = await send<ResponseOf<'subscriptionWithdraw'>>('POST', WITHDRAW, { code } satisfies RequestOf<'subscriptionWithdraw'>);
  if (!res.ok) return false;
  forget();
  return true;
}

/**
 * True once when the app was opened from one of our messages while a subscription was held: that
 * message used it (one tap, one message), so the phone forgets it and the page may offer to renew.
 */
export function messageArrived(): boolean {
  if (!localSubscription(Date.now() - 100 * DAYS_MS)) return false;
  let scene: number | undefined;
  try {
    scene = Taro.getEnterOptionsSync?.().scene;
  } catch {
    scene = undefined;
  }
  if (scene === undefined || !FROM_MESSAGE.has(scene)) return false;
  forget();
  return true;
}
