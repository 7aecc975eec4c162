import Taro from '@tarojs/taro';
import type { MapPlace } from './types';

export function openMap(place: MapPlace): void {
  void Taro.openLocation({ ...place, scale: 16 }).catch(() => undefined);
}

/** WeChat has no SMS API: copy the number so she can paste it in her messages. */
export async function startSms(number: string): Promise<boolean> {
  await Taro.setClipboardData({ data: number });
  return true;
}

/** A QR code made by wxacode.getUnlimited passes `scene` in the opened page's query. */
export function launchScene(params: Record<string, string | undefined>): string | null {
  return params.scene ?? null;
}

/** RichText on WeChat keeps only its own whitelist of tags and attributes, and runs no script. */
export function safeHtml(html: string): string {
  return html;
}
