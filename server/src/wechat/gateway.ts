import API from 'wechat-api';
import type { AppDeps } from '../context';
import { WechatNotConfiguredError } from '../errors';
import { TOKEN_ERRORS, unreachable, WechatError, wechatError } from './errors';
import { installMixins, type Code2SessionAnswer, type CustomMessage, type DraftArticle, type LotusApi, type MediaFile, type PublishStatusAnswer, type SubscribeMessage } from './mixins';
import { dbTokenStore } from './tokenStore';
import type { MassMessage, MassSendAnswer } from './mixins';

export type { CustomMessage, DraftArticle, MediaFile, SubscribeMessage } from './mixins';

installMixins();

export interface WechatCredentials {
  appid: string;
  secret: string;
  /** `WECHAT_API_BASE`: our fake server in development and tests; WeChat otherwise. */
  apiBase?: string;
}

export type PublishStatus =
  | { state: 'publishing' }
  | { state: 'published'; articleId: string; url: string }
  | { state: 'failed'; reason: string };

/** WeChat's publish_status numbers, as a mediator would read them. */
const PUBLISH_FAILURES: Record<number, string> = {
  2: 'WeChat refused it as not original content',
  3: 'WeChat could not publish it',
  4: "it did not pass WeChat's review",
  5: 'it was deleted after publishing',
  6: 'it was blocked by WeChat',
};

export interface WechatGateway {
  readonly appid: string;
  /** An image for an article body (media/uploadimg): its mmbiz URL, usable only inside WeChat articles. */
  uploadImage(image: Buffer, filename: string): Promise<{ url: string }>;
  /** A permanent image (material/add_material) to use as a draft's cover. */
  addThumb(image: Buffer, filename: string): Promise<{ mediaId: string }>;
  addDraft(articles: DraftArticle[]): Promise<{ mediaId: string }>;
  updateDraft(mediaId: string, index: number, article: DraftArticle): Promise<void>;
  submitPublish(mediaId: string): Promise<{ publishId: string }>;
  getPublishStatus(publishId: string): Promise<PublishStatus>;
  /** A mini-program code (wxa/getwxacodeunlimit), PNG. Needs the mini-program's own credentials. */
  getUnlimitedQrCode(options: { scene: string; page: string; width?: number; checkPath?: boolean }): Promise<Buffer>;
  /** A customer-service message to one follower (message/custom/send), allowed 48 h after her last message. */
  customSend(message: CustomMessage): Promise<void>;
  /** Temporary media she sent (media/get): WeChat keeps it 3 days. */
  mediaGet(mediaId: string): Promise<MediaFile>;
  /** A temporary image (media/upload) to send in a customer-service message. */
  uploadTempImage(image: Buffer, filename: string): Promise<{ mediaId: string }>;
  /** A message to every follower (message/mass/sendall); the account may send only a few a month. */
  massSendAll(message: MassMessage): Promise<{ msgId: string }>;
  /** The mini-program's `wx.login` code → her openid (sns/jscode2session). Needs the mini-program's credentials. */
  code2Session(code: string): Promise<{ openid: string }>;
  /** One subscription message (message/subscribe/send), allowed once per tap she gave. Mini-program credentials. */
  subscribeSend(message: SubscribeMessage): Promise<void>;
}

type Callback<T> = (err: (Error & { code?: number | string }) | null, data?: T) => void;

function toWechatError(err: Error & { code?: number | string }): WechatError {
  if (err instanceof WechatError) return err;
  if (err.name === 'WeChatAPIError' && typeof err.code === 'number') return wechatError(err.code, err.message);
  return unreachable();
}

function createApi(deps: AppDeps, credentials: WechatCredentials): LotusApi {
  let api: LotusApi;
  const fetchToken = () =>
    new Promise<API.AccessToken>((resolve, reject) => {
      api.getAccessToken((err, token) => (err ? reject(toWechatError(err)) : resolve(token)));
    });
  const store = dbTokenStore(deps.db.dataSource, credentials.appid, fetchToken);
  api = new API(
    credentials.appid,
    credentials.secret,
    (callback) => {
      store.get().then((token) => callback(null, token), callback);
    },
    // The store saves the token itself, inside its locked transaction.
    (_token, callback) => callback(null),
  ) as LotusApi;
  if (credentials.apiBase) api.endpoint = credentials.apiBase.replace(/\/+$/, '');
  api.setOpts({ timeout: 15_000 });

  // Every call passes here: a token WeChat rejects is forgotten before the library retries, or its
  // own 40001 retry would send the same dead token again.
  const request = api.request.bind(api);
  api.request = (url, opts, callback) =>
    request(url, opts, (err, data, res) => {
      const code = errcodeOf(data);
      const used = /[?&]access_token=([^&]+)/.exec(url)?.[1];
      if (code !== null && TOKEN_ERRORS.has(code) && used) {
        store.invalidate(decodeURIComponent(used)).then(
          () => callback(err, data, res),
          () => callback(err, data, res),
        );
        return;
      }
      callback(err, data, res);
    });
  return api;
}

function errcodeOf(data: unknown): number | null {
  if (Buffer.isBuffer(data)) {
    if (data[0] !== 0x7b) return null;
    try {
      return errcodeOf(JSON.parse(data.toString('utf8')));
    } catch {
      return null;
    }
  }
  const code = (data as { errcode?: unknown } | null)?.errcode;
  return typeof code === 'number' && code !== 0 ? code : null;
}

/**
 * Promise-shaped calls with one rule on top of the library's: an expired token (42001, 40014, which
 * it does not retry) is renewed and the call retried once. 40001 was already retried by the library
 * with a renewed token, since the stale one was invalidated above.
 */
function caller(api: LotusApi) {
  return function call<T>(invoke: (callback: Callback<T>) => void, retried = false): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      invoke((err, data) => {
        if (!err) return resolve(data as T);
        const code = typeof err.code === 'number' ? err.code : null;
        if (!retried && code !== null && code !== 40001 && TOKEN_ERRORS.has(code)) {
          call(invoke, true).then(resolve, reject);
          return;
        }
        reject(toWechatError(err));
      });
    });
  };
}

export function createWechatGateway(deps: AppDeps, credentials: WechatCredentials): WechatGateway {
  const api = createApi(deps, credentials);
  const call = caller(api);
  return {
    appid: credentials.appid,
    async uploadImage(image, filename) {
      const data = await call<{ url: string }>((cb) => api.lotusUploadImg(image, filename, cb));
      return { url: data.url };
    },
    async addThumb(image, filename) {
      // type=image, not thumb: a draft's cover must be a permanent image, and `thumb` takes only JPG ≤ 64 KB.
      const data = await call<{ media_id: string }>((cb) => api.lotusAddMaterial(image, filename, 'image', cb));
      return { mediaId: data.media_id };
    },
    async addDraft(articles) {
      const data = await call<{ media_id: string }>((cb) => api.lotusAddDraft(articles, cb));
      return { mediaId: data.media_id };
    },
    async updateDraft(mediaId, index, article) {
      await call((cb) => api.lotusUpdateDraft(mediaId, index, article, cb));
    },
    async submitPublish(mediaId) {
      const data = await call<{ publish_id: string | number }>((cb) => api.lotusSubmitPublish(mediaId, cb));
      return { publishId: String(data.publish_id) };
    },
    async getPublishStatus(publishId) {
      const data = await call<PublishStatusAnswer>((cb) => api.lotusGetPublishStatus(publishId, cb));
      if (data.publish_status === 1) return { state: 'publishing' };
      const url = data.article_detail?.item?.[0]?.article_url;
      if (data.publish_status === 0 && url) return { state: 'published', articleId: String(data.article_id ?? ''), url };
      return { state: 'failed', reason: PUBLISH_FAILURES[data.publish_status] ?? `WeChat reports publish status ${data.publish_status}` };
    },
    async getUnlimitedQrCode({ scene, page, width = 430, checkPath = true }) {
      return call<Buffer>((cb) => api.lotusGetWxaCodeUnlimit({ scene, page, width, check_path: checkPath }, cb));
    },
    async customSend(message) {
      await call((cb) => api.lotusCustomSend(message, cb));
    },
    async mediaGet(mediaId) {
      return call<MediaFile>((cb) => api.lotusMediaGet(mediaId, cb));
    },
    async uploadTempImage(image, filename) {
      const data = await call<{ media_id: string }>((cb) => api.lotusMediaUpload(image, filename, cb));
      return { mediaId: data.media_id };
    },
    async massSendAll(message) {
      const data = await call<MassSendAnswer>((cb) => api.lotusMassSendAll(message, cb));
      return { msgId: String(data.msg_id) };
    },
    async code2Session(code) {
      const data = await call<Code2SessionAnswer>((cb) => api.lotusCode2Session(code, cb));
      if (typeof data.openid !== 'string' || !data.openid) throw unreachable();
      return { openid: data.openid };
    },
    async subscribeSend(message) {
      await call((cb) => api.lotusSubscribeSend(message, cb));
    },
  };
}

const cache = new WeakMap<AppDeps['db'], Map<string, WechatGateway>>();

/** One gateway per database and app, so concurrent callers in a process share its token refresh. */
export function wechatGateway(deps: AppDeps, credentials: WechatCredentials): WechatGateway {
  let byApp = cache.get(deps.db);
  if (!byApp) cache.set(deps.db, (byApp = new Map()));
  const key = [credentials.appid, credentials.secret, credentials.apiBase ?? ''].join('|');
  let gateway = byApp.get(key);
  if (!gateway) byApp.set(key, (gateway = createWechatGateway(deps, credentials)));
  return gateway;
}

/** The mini-program's gateway, from MINIPROGRAM_APPID / MINIPROGRAM_SECRET; null when they are not set. */
export function miniprogramGateway(deps: AppDeps): WechatGateway | null {
  const { MINIPROGRAM_APPID, MINIPROGRAM_SECRET, WECHAT_API_BASE } = deps.config;
  if (!MINIPROGRAM_APPID || !MINIPROGRAM_SECRET) return null;
  return wechatGateway(deps, { appid: MINIPROGRAM_APPID, secret: MINIPROGRAM_SECRET, apiBase: WECHAT_API_BASE });
}

/**
 * The official account's gateway, from WECHAT_APPID / WECHAT_SECRET / WECHAT_API_BASE. The one "WeChat
 * is not configured" guard: publishing, digests and the inbox all reach the account through here.
 */
export function accountGateway(deps: AppDeps): WechatGateway {
  const { WECHAT_APPID, WECHAT_SECRET, WECHAT_API_BASE } = deps.config;
  if (!WECHAT_APPID || !WECHAT_SECRET) throw WechatNotConfiguredError();
  return wechatGateway(deps, { appid: WECHAT_APPID, secret: WECHAT_SECRET, apiBase: WECHAT_API_BASE });
}
