import type { Config } from '../config';
import type { MiniProgramCodeMaker } from './qr';

/** The official mini-program code needs the WeChat gateway; without it flyers carry a plain QR code of the H5 URL. */
export function miniProgramCodeMaker(_config: Config): MiniProgramCodeMaker | null {
  return null;
}
