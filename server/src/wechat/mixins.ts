import { randomBytes } from 'node:crypto';
import API from 'wechat-api';

/**
 * The endpoints wechat-api 1.35 lacks, added through its own mechanism: `API.mixin` plus
 * `preRequest`, which supplies `this.token` and retries once on 40001. Uploads take a Buffer (the
 * library's own take a file path) and every method passes WeChat's raw answer through, so the
 * library's retry sees the errcode.
 */
export interface DraftArticle {
  title: string;
  author?: string;
  digest?: string;
  content: string;
  content_source_url?: string;
  thumb_media_id: string;
  need_open_comment?: 0 | 1;
  only_fans_can_comment?: 0 | 1;
}

type Done<T> = (err: (Error & { code?: number }) | null, data?: T) => void;

export interface LotusApi extends API {
  lotusUploadImg(image: Buffer, filename: string, callback: Done<{ url: string }>): void;
  lotusAddMaterial(image: Buffer, filename: string, type: 'image' | 'thumb', callback: Done<{ media_id: string; url?: string }>): void;
  lotusAddDraft(articles: DraftArticle[], callback: Done<{ media_id: string }>): void;
  lotusUpdateDraft(mediaId: string, index: number, article: DraftArticle, callback: Done<{ errcode: number }>): void;
  lotusSubmitPublish(mediaId: string, callback: Done<{ publish_id: string | number }>): void;
  lotusGetPublishStatus(publishId: string, callback: Done<PublishStatusAnswer>): void;
  lotusGetWxaCodeUnlimit(body: WxaCodeRequest, callback: Done<Buffer>): void;
  lotusCustomSend(body: CustomMessage, callback: Done<{ errcode: number }>): void;
  lotusMediaGet(mediaId: string, callback: Done<MediaFile>): void;
  lotusMediaUpload(image: Buffer, filename: string, callback: Done<{ media_id: string }>): void;
  lotusMassSendAll(body: MassMessage, callback: Done<MassSendAnswer>): void;
  lotusCode2Session(code: string, callback: Done<Code2SessionAnswer>): void;
  lotusSubscribeSend(body: SubscribeMessage, callback: Done<{ errcode: number }>): void;
}

/** sns/jscode2session's answer; the session key is dropped where it arrives. */
export interface Code2SessionAnswer {
  openid: string;
  session_key?: string;
  unionid?: string;
}

/** A subscription message (message/subscribe/send): one per tap she gave in the mini-program. */
export interface SubscribeMessage {
  touser: string;
  template_id: string;
  /** The mini-program page it opens, with its query (`pages/alerts/index?city=paris`). */
  page?: string;
  data: Record<string, { value: string }>;
  miniprogram_state?: 'formal' | 'trial' | 'developer';
  lang?: 'zh_CN' | 'en_US' | 'zh_HK' | 'zh_TW';
}

/** A customer-service message (message/custom/send): text or an image already uploaded as media. */
export type CustomMessage =
  | { touser: string; msgtype: 'text'; text: { content: string } }
  | { touser: string; msgtype: 'image'; image: { media_id: string } };

/**
 * A mass message to every follower (message/mass/sendall): a text, or an article of the draft box.
 * `clientmsgid` makes WeChat refuse the same send twice (45065) within 24 hours.
 */
export type MassMessage = { filter: { is_to_all: true }; clientmsgid?: string } & (
  | { msgtype: 'text'; text: { content: string } }
  | { msgtype: 'mpnews'; mpnews: { media_id: string }; send_ignore_reprint: 0 | 1 }
);

export interface MassSendAnswer {
  msg_id: number | string;
  msg_data_id?: number | string;
}

export interface MediaFile {
  bytes: Buffer;
  contentType: string;
}

export interface PublishStatusAnswer {
  publish_id: string | number;
  publish_status: number;
  article_id?: string;
  article_detail?: { count: number; item: Array<{ idx: number; article_url: string }> };
  fail_idx?: number[];
}

export interface WxaCodeRequest {
  scene: string;
  page: string;
  width?: number;
  check_path?: boolean;
  env_version?: 'release' | 'trial' | 'develop';
}

/** WeChat's `{ errcode, errmsg }` becomes an error carrying `code`; the answer itself is passed on. */
function answer<T>(callback: Done<T>): API.RequestCallback {
  return (err, data, res) => {
    const body = data as { errcode?: number; errmsg?: string } | null;
    if (err) return (callback as API.RequestCallback)(err, data, res);
    if (body && typeof body === 'object' && !Buffer.isBuffer(body) && body.errcode) {
      const e: Error & { code?: number } = new Error(body.errmsg ?? '');
      e.name = 'WeChatAPIError';
      e.code = body.errcode;
      return (callback as API.RequestCallback)(e, data, res);
    }
    (callback as API.RequestCallback)(null, data, res);
  };
}

function multipart(image: Buffer, filename: string): API.RequestOptions {
  const boundary = `----lotus${randomBytes(12).toString('hex')}`;
  const type = image[0] === 0x89 ? 'image/png' : 'image/jpeg';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="media"; filename="${filename.replace(/["\r\n]/g, '_')}"\r\nContent-Type: ${type}\r\n\r\n`;
  return {
    type: 'POST',
    dataType: 'json',
    timeout: 60_000,
    content: Buffer.concat([Buffer.from(head), image, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
  };
}

function postJson(data: unknown): API.RequestOptions {
  return { type: 'POST', dataType: 'json', content: JSON.stringify(data), headers: { 'Content-Type': 'application/json' } };
}

function url(api: API, path: string, query = ''): string {
  return `${api.endpoint}${path}?access_token=${encodeURIComponent(api.token.accessToken)}${query}`;
}

/** A method that needs a token: the public one goes through preRequest, the `_` one does the call. */
function withToken<A extends unknown[]>(fn: (this: API, ...args: A) => void) {
  return {
    wrapped(this: API, ...args: unknown[]) {
      this.preRequest(fn as unknown as (...a: never[]) => void, args);
    },
    raw: fn,
  };
}

const methods = {
  /** `wx.login`'s code → her mini-program openid. Takes the app's secret, not an access token. */
  lotusCode2Session: {
    wrapped(this: API, code: string, callback: Done<Code2SessionAnswer>) {
      const query = new URLSearchParams({ appid: this.appid, secret: (this as unknown as { appsecret: string }).appsecret, js_code: code, grant_type: 'authorization_code' });
      this.request(`${this.endpoint}/sns/jscode2session?${query}`, { dataType: 'json' }, answer(callback));
    },
    raw: null,
  },
  lotusSubscribeSend: withToken(function (this: API, body: SubscribeMessage, callback: Done<{ errcode: number }>) {
    this.request(url(this, '/cgi-bin/message/subscribe/send'), postJson(body), answer(callback));
  }),
  lotusUploadImg: withToken(function (this: API, image: Buffer, filename: string, callback: Done<{ url: string }>) {
    this.request(url(this, '/cgi-bin/media/uploadimg'), multipart(image, filename), answer(callback));
  }),
  lotusAddMaterial: withToken(function (this: API, image: Buffer, filename: string, type: 'image' | 'thumb', callback: Done<{ media_id: string }>) {
    this.request(url(this, '/cgi-bin/material/add_material', `&type=${type}`), multipart(image, filename), answer(callback));
  }),
  lotusAddDraft: withToken(function (this: API, articles: DraftArticle[], callback: Done<{ media_id: string }>) {
    this.request(url(this, '/cgi-bin/draft/add'), postJson({ articles }), answer(callback));
  }),
  lotusUpdateDraft: withToken(function (this: API, mediaId: string, index: number, article: DraftArticle, callback: Done<{ errcode: number }>) {
    this.request(url(this, '/cgi-bin/draft/update'), postJson({ media_id: mediaId, index, articles: article }), answer(callback));
  }),
  lotusSubmitPublish: withToken(function (this: API, mediaId: string, callback: Done<{ publish_id: string }>) {
    this.request(url(this, '/cgi-bin/freepublish/submit'), postJson({ media_id: mediaId }), answer(callback));
  }),
  lotusGetPublishStatus: withToken(function (this: API, publishId: string, callback: Done<PublishStatusAnswer>) {
    this.request(url(this, '/cgi-bin/freepublish/get'), postJson({ publish_id: publishId }), answer(callback));
  }),
  /** Answers an image on success and JSON on error: read raw, then look. */
  lotusGetWxaCodeUnlimit: withToken(function (this: API, body: WxaCodeRequest, callback: Done<Buffer>) {
    const opts = { ...postJson(body), dataType: undefined, timeout: 30_000 };
    this.request(url(this, '/wxa/getwxacodeunlimit'), opts, (err, data, res) => {
      const buffer = data as Buffer;
      const type = String(res?.headers['content-type'] ?? '');
      if (!err && Buffer.isBuffer(buffer) && (type.includes('json') || buffer[0] === 0x7b)) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(buffer.toString('utf8'));
        } catch {
          parsed = { errcode: -1, errmsg: 'unreadable answer' };
        }
        return answer(callback)(null, parsed, res);
      }
      answer(callback)(err, data, res);
    });
  }),
  lotusCustomSend: withToken(function (this: API, body: CustomMessage, callback: Done<{ errcode: number }>) {
    this.request(url(this, '/cgi-bin/message/custom/send'), postJson(body), answer(callback));
  }),
  lotusMassSendAll: withToken(function (this: API, body: MassMessage, callback: Done<MassSendAnswer>) {
    this.request(url(this, '/cgi-bin/message/mass/sendall'), postJson(body), answer(callback));
  }),
  /** A temporary image (media/upload, kept 3 days by WeChat), for a customer-service image message. */
  lotusMediaUpload: withToken(function (this: API, image: Buffer, filename: string, callback: Done<{ media_id: string }>) {
    this.request(url(this, '/cgi-bin/media/upload', '&type=image'), multipart(image, filename), answer(callback));
  }),
  /** Temporary media (voice, image) as bytes; WeChat answers JSON instead once it is gone (after 3 days). */
  lotusMediaGet: withToken(function (this: API, mediaId: string, callback: Done<MediaFile>) {
    this.request(url(this, '/cgi-bin/media/get', `&media_id=${encodeURIComponent(mediaId)}`), { timeout: 30_000 }, (err, data, res) => {
      const buffer = data as Buffer;
      const type = String(res?.headers['content-type'] ?? '');
      if (err || !Buffer.isBuffer(buffer)) return answer(callback)(err, data, res);
      if (type.includes('json') || type.startsWith('text/') || buffer[0] === 0x7b) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(buffer.toString('utf8'));
        } catch {
          parsed = { errcode: -1, errmsg: 'unreadable answer' };
        }
        return answer(callback)(null, parsed, res);
      }
      answer(callback)(null, { bytes: buffer, contentType: type.split(';')[0].trim() || 'application/octet-stream' } as never, res);
    });
  }),
};

/** Idempotent: a module loaded twice (tests) must not make `API.mixin` throw on existing names. */
export function installMixins(): void {
  const table: Record<string, unknown> = {};
  for (const [name, { wrapped, raw }] of Object.entries(methods)) {
    if (name in API.prototype) continue;
    table[name] = wrapped;
    if (raw) table[`_${name}`] = raw;
  }
  API.mixin(table);
}
