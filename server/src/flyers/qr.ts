import { isIP } from 'node:net';
import QRCode from 'qrcode';
import { PrivateAddressError } from '../errors';

/** The mini-program page that reads `scene` and routes it (miniprogram/src/pages/home). */
export const SCENE_PAGE = 'pages/home/index';

/** What makes an official mini-program code: the WeChat gateway's `wxa/getwxacodeunlimit`. */
export interface MiniProgramCodeMaker {
  getUnlimitedQrCode(args: { scene: string; page: string; width?: number }): Promise<Buffer>;
}

/**
 * A flyer's code: WeChat's round mini-program code (a PNG) when WeChat is configured, else a plain
 * QR code of the H5 build's URL with the same scene, drawn as vectors.
 */
export type FlyerQr =
  | { kind: 'wxacode'; scene: string; png: Buffer }
  | { kind: 'url'; scene: string; url: string; modules: { size: number; dark(row: number, col: number): boolean } };

export function h5SceneUrl(h5Url: string, scene: string): string {
  const url = new URL(h5Url);
  url.searchParams.set('scene', scene);
  return url.toString();
}

/**
 * True when a phone that scans the code cannot reach the address: this machine (127.0.0.1, localhost),
 * a private or link-local network, or a bare name that only resolves inside one.
 */
export function privateAddress(url: string): boolean {
  const host = new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (isIP(host) === 4) {
    const [a, b] = host.split('.').map(Number);
    return a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b < 128) || (a === 169 && b === 254) || (a === 172 && b >= 16 && b < 32) || (a === 192 && b === 168);
  }
  if (isIP(host) === 6) {
    // IPv4-mapped (::ffff:7f00:1 is 127.0.0.1): judged as the IPv4 address it carries.
    const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
    if (mapped) {
      const [hi, lo] = [parseInt(mapped[1], 16), parseInt(mapped[2], 16)];
      return privateAddress(`http://${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}/`);
    }
    return host === '::' || host === '::1' || /^f[cd]/.test(host) || /^fe[89ab]/.test(host);
  }
  return !host.includes('.') || host === 'localhost' || /\.(localhost|local|lan|internal|home\.arpa)$/.test(host);
}

/**
 * `test`: a test print, allowed to carry a local address (the card is then stamped TEST); without it a
 * code that would lead nowhere is refused, so no pile of useless flyers gets printed.
 */
export async function flyerQr(scene: string, options: { h5Url: string; wechat?: MiniProgramCodeMaker | null; test?: boolean }): Promise<FlyerQr> {
  if (options.wechat) {
    return { kind: 'wxacode', scene, png: await options.wechat.getUnlimitedQrCode({ scene, page: SCENE_PAGE, width: 860 }) };
  }
  const url = h5SceneUrl(options.h5Url, scene);
  if (!options.test && privateAddress(url)) throw PrivateAddressError(url);
  // Quartile correction: a card in a pocket gets creased and stained and should still scan.
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'Q' });
  return { kind: 'url', scene, url, modules: { size: modules.size, dark: (r, c) => modules.get(r, c) === 1 } };
}

/** The code alone as a PNG, for the console and for whoever prints it on something else. */
export async function qrPng(qr: FlyerQr, width = 600): Promise<Buffer> {
  if (qr.kind === 'wxacode') return qr.png;
  return QRCode.toBuffer(qr.url, { errorCorrectionLevel: 'Q', margin: 4, width, type: 'png' });
}

/** Dark modules as horizontal runs, so a drawing needs one rectangle per run rather than per module. */
export function darkRuns(modules: { size: number; dark(row: number, col: number): boolean }): Array<{ row: number; col: number; length: number }> {
  const runs: Array<{ row: number; col: number; length: number }> = [];
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.dark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.dark(row, col)) col++;
      runs.push({ row, col: start, length: col - start });
    }
  }
  return runs;
}
