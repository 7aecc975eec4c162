import Taro from '@tarojs/taro';
import type { MapPlace, TapOptions } from './types';

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

/** WeChat's screen reader reads `aria-role` and `aria-label`. */
export function tapProps(onTap: () => void, opts: TapOptions = {}): Record<string, unknown> {
  return { onClick: onTap, 'aria-role': 'button', ...(opts.label ? { 'aria-label': opts.label } : {}) };
}

export function setDocumentLang(): void {
  // The mini-program has no document; WeChat reads its own language setting.
}

/** reLaunch closes every page of the stack: Back leaves the mini-program instead of returning. */
export function leaveTo(path: string): void {
  void Taro.reLaunch({ url: path });
}

export function guardExit(): void {
  // reLaunch already emptied the page stack.
}

export function comeBack(): void {
  // Nothing to undo on WeChat.
}

/** WeChat's numeric keyboard; the country comes from the region chips, so no + is needed. */
export function phoneInputProps(label: string): Record<string, unknown> {
  return { type: 'number', 'aria-label': label };
}

export function inputLabel(label: string): Record<string, unknown> {
  return { 'aria-label': label };
}

export function headingProps(): Record<string, unknown> {
  return { 'aria-role': 'heading' };
}

export function startWebApp(): void {
  // WeChat installs and updates the mini-program itself.
}

export function onOnline(run: () => void): void {
  Taro.onNetworkStatusChange((res) => {
    if (res.isConnected) run();
  });
}

/** Inside WeChat a scene opens from Home's query: the path a forwarded card carries. */
export function sceneUrl(scene: string): string {
  return `/pages/home/index?scene=${encodeURIComponent(scene)}`;
}

/** WeChat shares through the card (the button's open-type), never a link: nothing to do here. */
export async function shareScene(): Promise<'shared' | 'copied' | 'failed'> {
  return 'shared';
}
