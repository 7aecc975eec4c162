import type { AppDeps } from '../context';
import { WechatRefusedError } from '../errors';
import { wechatGateway } from '../wechat/gateway';
import { WechatError } from '../wechat/errors';
import type { MiniProgramCodeMaker } from './qr';

/**
 * The official mini-program code needs the mini-program's own credentials (not the official
 * account's); without them flyers carry a plain QR code of the H5 URL.
 */
export function miniProgramCodeMaker(deps: AppDeps): MiniProgramCodeMaker | null {
  const { MINIPROGRAM_APPID, MINIPROGRAM_SECRET, WECHAT_API_BASE } = deps.config;
  if (!MINIPROGRAM_APPID || !MINIPROGRAM_SECRET) return null;
  const gateway = wechatGateway(deps, { appid: MINIPROGRAM_APPID, secret: MINIPROGRAM_SECRET, apiBase: WECHAT_API_BASE });
  return {
    async getUnlimitedQrCode(args) {
      try {
        return await gateway.getUnlimitedQrCode(args);
      } catch (e) {
        if (e instanceof WechatError) throw WechatRefusedError(e.message);
        throw e;
      }
    },
  };
}
