/**
 * WeChat answers `{ errcode, errmsg }`. A mediator sees `message`, written for her: what happened
 * and what to do, never a bare number.
 */
export class WechatError extends Error {
  constructor(
    /** Stable, for the console: `quota`, `ip_not_whitelisted`, `unauthorized_api`, ... */
    readonly code: string,
    message: string,
    /** WeChat's own error number, or null when WeChat was not reached. */
    readonly errcode: number | null = null,
  ) {
    super(message);
    this.name = 'WechatError';
  }
}

export const TOKEN_ERRORS = new Set([40001, 40014, 42001]);

const MP = 'mp.weixin.qq.com → 设置与开发 / Settings and development → 基本配置 / Basic configuration';

/** The IP WeChat saw, quoted in its 40164 message ("invalid ip 1.2.3.4 ipv6 ..., not in whitelist"). */
function whitelistIp(errmsg: string): string | null {
  return /invalid ip ([0-9a-f.:]+)/i.exec(errmsg)?.[1] ?? null;
}

export function wechatError(errcode: number, errmsg: string): WechatError {
  switch (errcode) {
    case 40164: {
      const ip = whitelistIp(errmsg);
      return new WechatError(
        'ip_not_whitelisted',
        `WeChat refused the call: this server's IP address${ip ? ` (${ip})` : ''} is not on the account's IP whitelist. Add it at ${MP} → IP whitelist, then try again.`,
        errcode,
      );
    }
    case 45009:
      return new WechatError('quota', "WeChat's daily quota for this action is used up. Try again tomorrow.", errcode);
    case 48001:
      return new WechatError(
        'unauthorized_api',
        'This WeChat account is not allowed to use this function (WeChat withdraws it from unverified and personal accounts).',
        errcode,
      );
    case 40013:
    case 40125:
    case 41002:
    case 41004:
      return new WechatError('credentials', `WeChat does not accept WECHAT_APPID / WECHAT_SECRET: check them at ${MP}.`, errcode);
    case 40001:
    case 40014:
    case 42001:
      return new WechatError(
        'token_rejected',
        'WeChat rejected the access token even after renewing it. Is another system using the same AppSecret? Each renewal there cancels ours.',
        errcode,
      );
    case 40007:
      return new WechatError('media_missing', 'WeChat no longer has this draft or image (deleted at mp.weixin.qq.com?). Publish again to create a new draft.', errcode);
    case 45002:
      return new WechatError('content_too_long', 'WeChat finds the article too long: shorten it or split it into two articles.', errcode);
    case 45003:
      return new WechatError('title_too_long', 'WeChat finds the title too long: at most 32 characters.', errcode);
    case 40005:
    case 40009:
      return new WechatError('invalid_image', 'WeChat refused an image: only JPG or PNG files under 1 MB are accepted.', errcode);
    case 45015:
      return new WechatError(
        'reply_window_closed',
        'WeChat lets the account answer only within 48 hours of her last message, and that time has passed. Your reply will reach her once she writes again.',
        errcode,
      );
    case 45047:
      return new WechatError('reply_limit', 'WeChat allows at most 20 replies in a row until she writes again. Wait for her next message.', errcode);
    case -1:
      return new WechatError('busy', 'WeChat is busy right now; try again in a minute.', errcode);
    default:
      return new WechatError(`wechat_${errcode}`, `WeChat answered with error ${errcode} (${errmsg}).`, errcode);
  }
}

export function unreachable(): WechatError {
  return new WechatError('unreachable', 'WeChat could not be reached (network error or timeout); try again later.');
}
