/**
 * A fake of the WeChat APIs Lotus calls, on real HTTP (127.0.0.1), answering with WeChat's own
 * shapes: `{ access_token, expires_in }`, `{ errcode, errmsg }` with WeChat's messages, PNG images.
 *
 *   npm run fake-wechat                       # PORT=4010 by default; prints the env to use
 *   FAKE_WECHAT_UNVERIFIED=1 npm run fake-wechat   # freepublish answers 48001 (draft-box path)
 *
 * Endpoints: GET /cgi-bin/token, POST /cgi-bin/media/uploadimg, /cgi-bin/material/add_material,
 * /cgi-bin/draft/add, /cgi-bin/draft/update, /cgi-bin/freepublish/submit, /cgi-bin/freepublish/get,
 * /wxa/getwxacodeunlimit (a real QR code PNG of the scene), POST /cgi-bin/message/custom/send (text and
 * image), POST /cgi-bin/media/upload?type=image, GET /cgi-bin/media/get (bytes of a voice or image),
 * GET /sns/jscode2session (a mini-program's wx.login code → openid), POST /cgi-bin/message/subscribe/send.
 *
 * In tests: `const wx = await startFakeWechat()`, then point WECHAT_API_BASE at `wx.url` and use
 * `wx.appid` / `wx.secret`. Controls:
 * - `failNext(path, errcode)`: the next call to `path` (e.g. '/cgi-bin/draft/add') answers that error;
 *   queue several by calling it several times.
 * - `expireTokens(errcode = 40001)`: every token issued so far is refused with 40001 (or 42001).
 * - `setAccountUnverified(true)`: freepublish/* answer 48001, as for unverified accounts since July 2025.
 * - `setIpWhitelisted(false)`: every call answers 40164 naming the caller's IP.
 * - `setPublishDelay(n)`: freepublish/get reports "publishing" n times before its result.
 * - `setPublishResult(status)`: the publish_status freepublish/get ends with (0 success, 2–6 failures).
 * - `userWrote(openid, at?)`: a follower wrote to the account (as the webhook would be told): message/custom/send
 *   to her works for 48 hours after, 20 times at most (45015 after the window, 45047 beyond 20), and
 *   45015 for an openid that never wrote.
 * - `addMedia(kind, bytes?, contentType?)`: temporary media as if she had sent a voice or image; its media_id.
 *   media/get answers its bytes for 3 days of the fake's clock, then 40007.
 * - `loginCode(openid?)`: a wx.login code for that openid (a new one by default), as the mini-program
 *   would get it: jscode2session takes it once within 5 minutes (40029 unknown or late, 40163 used).
 * - `acceptSubscription(openid, templateId = FAKE_TEMPLATE_ID, times = 1)`: she tapped "allow" in
 *   wx.requestSubscribeMessage. Each subscribe/send to her uses one; without one it answers 43101.
 *   It also answers 40037 for a template it does not know, 47003 for data that does not fit the
 *   template's keywords (a `thing` over 20 characters, a malformed `time`), 41030 for a bad page,
 *   40003 for an openid it never gave.
 * - `subscribeMessages`: every subscription message delivered, `{ touser, template_id, page, data, at }`.
 * - `setClock(now)`: the fake's clock, for the 48-hour and 3-day limits (real time by default).
 * - `setMassQuota(n)`: POST /cgi-bin/message/mass/sendall (text, or mpnews of a draft) succeeds n times per calendar
 *   month of the fake's clock (4 by default, as for a service account), then answers 45028; a repeated clientmsgid 45065.
 * - `tokenRequests()`: how many GET /cgi-bin/token were served; `calls`: every other call as
 *   `{ path, body }` (JSON body parsed; uploads as `{ filename, contentType, bytes }`).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import QRCode from 'qrcode';

export interface FakeCall {
  path: string;
  body: unknown;
}

/** The subscription message template the fake knows, with its keywords (as set up at mp.weixin.qq.com). */
export const FAKE_TEMPLATE_ID = 'FAKE_TPL_city_alert_0000000000000000000001';
const TEMPLATES: Record<string, string[]> = { [FAKE_TEMPLATE_ID]: ['thing1', 'time2'] };

export interface SubscribeDelivery {
  touser: string;
  template_id: string;
  page?: string;
  data: Record<string, { value: string }>;
  miniprogram_state?: string;
  lang?: string;
  at: Date;
}

export interface FakeWechat {
  url: string;
  appid: string;
  secret: string;
  calls: FakeCall[];
  tokenRequests(): number;
  failNext(path: string, errcode: number): void;
  expireTokens(errcode?: 40001 | 42001): void;
  setAccountUnverified(unverified: boolean): void;
  setIpWhitelisted(whitelisted: boolean): void;
  setPublishDelay(polls: number): void;
  setPublishResult(status: number): void;
  userWrote(openid: string, at?: Date): void;
  addMedia(kind: 'voice' | 'image', bytes?: Buffer, contentType?: string): string;
  setClock(now: () => Date): void;
  loginCode(openid?: string): { code: string; openid: string };
  acceptSubscription(openid: string, templateId?: string, times?: number): void;
  subscribeMessages: SubscribeDelivery[];
  setMassQuota(perMonth: number): void;
  close(): Promise<void>;
}

const ERRMSG: Record<number, string> = {
  [-1]: 'system error',
  40001: 'invalid credential, access_token is invalid or not latest',
  40002: 'invalid grant_type',
  40005: 'invalid file type',
  40007: 'invalid media_id',
  40009: 'invalid image size',
  40013: 'invalid appid',
  40125: 'invalid appsecret',
  40169: 'invalid length for scene, or the data is not json string',
  41001: 'access_token missing',
  41030: 'invalid page',
  42001: 'access_token expired',
  40003: 'invalid openid',
  40029: 'invalid code',
  40037: 'invalid template_id',
  40163: 'code been used',
  43101: 'user refuse to accept the msg',
  47003: 'argument invalid! data.thing1.value invalid',
  44002: 'empty post data',
  45015: 'response out of time limit or subscription is canceled',
  45047: 'out of response count limit',
  45002: 'content size out of limit',
  45003: 'title size out of limit',
  45009: 'reach max api daily quota limit',
  47001: 'data format error',
  48001: 'api unauthorized',
  45028: 'has no masssend quota',
  45065: 'clientmsgid exist',
};

const SCENE_CHARS = /^[A-Za-z0-9!#$&'()*+,/:;=?@\-._~]{1,32}$/;
const PAGE = /^[A-Za-z0-9_\-]+(\/[A-Za-z0-9_\-]+)*$/;

const rid = () => `${randomBytes(4).toString('hex')}-${randomBytes(4).toString('hex')}`;
const id = (bytes = 16) => randomBytes(bytes).toString('base64url');

function errorBody(errcode: number, ip: string): { errcode: number; errmsg: string } {
  const base = errcode === 40164 ? `invalid ip ${ip} ipv6 ::ffff:${ip}, not in whitelist` : (ERRMSG[errcode] ?? 'error');
  return { errcode, errmsg: `${base} rid: ${rid()}` };
}

function parseUpload(body: Buffer, contentType: string): { filename: string; contentType: string; data: Buffer } | null {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  if (!boundary) return null;
  const marker = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const start = body.indexOf(marker);
  const headEnd = body.indexOf('\r\n\r\n', start);
  if (start < 0 || headEnd < 0) return null;
  const head = body.subarray(start, headEnd).toString('utf8');
  if (!/name="media"/.test(head)) return null;
  const end = body.indexOf(Buffer.concat([Buffer.from('\r\n'), marker]), headEnd);
  if (end < 0) return null;
  return {
    filename: /filename="([^"]*)"/.exec(head)?.[1] ?? '',
    contentType: /Content-Type:\s*([^\r\n]+)/i.exec(head)?.[1] ?? '',
    data: body.subarray(headEnd + 4, end),
  };
}

/**
 * A 1×1 PNG, and a real AMR-NB voice (1.5 s of a 440 Hz tone, 12.2 kbit/s, made with benz-amr-recorder's
 * encoder): what WeChat's media/get answers for an image and a voice.
 */
const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
export const VOICE_AMR = readFileSync(path.join(__dirname, 'fixtures', 'voice-440hz.amr'));
export const VOICE_SECONDS = 1.5;
const MEDIA_DAYS = 3;
const WINDOW_HOURS = 48;
const WINDOW_SENDS = 20;

const LOGIN_CODE_MS = 5 * 60_000;

/** WeChat's rule for a keyword's value, by the keyword's type (its letters): `thing` ≤ 20 characters, `time` a date and time. */
function keywordFits(keyword: string, value: string): boolean {
  const type = keyword.replace(/\d+$/, '');
  if (type === 'thing') return value.length > 0 && [...value].length <= 20;
  if (type === 'time') return /^(\d{4}年\d{1,2}月\d{1,2}日 )?\d{1,2}:\d{2}$/.test(value) || /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/.test(value);
  return [...value].length <= 20;
}

const isImage = (b: Buffer) => (b[0] === 0x89 && b[1] === 0x50) || (b[0] === 0xff && b[1] === 0xd8);

export async function startFakeWechat(options: { port?: number; appid?: string; secret?: string } = {}): Promise<FakeWechat> {
  const appid = options.appid ?? 'wxfake0000000001';
  const secret = options.secret ?? 'fake-secret-0000000000000000000001';
  const tokens = new Map<string, number>(); // token → errcode it now gets (0: valid)
  const failures = new Map<string, number[]>();
  const materials = new Set<string>();
  const drafts = new Map<string, unknown[]>();
  const publishes = new Map<string, { mediaId: string; polls: number; url: string }>();
  const calls: FakeCall[] = [];
  let tokenCount = 0;
  let unverified = false;
  let whitelisted = true;
  let publishDelay = 0;
  let publishResult = 0;
  let url = '';
  let clock = () => new Date();
  const media = new Map<string, { bytes: Buffer; contentType: string; at: number }>();
  const followers = new Map<string, { at: number; sent: number }>();
  const codes = new Map<string, { openid: string; at: number; used: boolean }>();
  const allowances = new Map<string, number>(); // `${openid} ${templateId}` → messages she allowed
  const openids = new Set<string>();
  const subscribeMessages: SubscribeDelivery[] = [];
  const massSends: Array<{ month: string; clientmsgid: string | null }> = [];
  let massQuota = 4;

  async function handle(req: http.IncomingMessage, body: Buffer): Promise<{ status?: number; json?: unknown; png?: Buffer; file?: { bytes: Buffer; contentType: string } }> {
    const u = new URL(req.url ?? '/', 'http://fake');
    const ip = (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
    const fail = (errcode: number) => ({ json: errorBody(errcode, ip) });
    const isToken = u.pathname === '/cgi-bin/token';
    if (isToken) tokenCount++;
    else if (u.pathname !== '/') {
      let parsed: unknown = null;
      const type = String(req.headers['content-type'] ?? '');
      if (type.startsWith('multipart/')) {
        const up = parseUpload(body, type);
        parsed = up ? { filename: up.filename, contentType: up.contentType, bytes: up.data.length } : null;
      } else if (body.length) {
        try {
          parsed = JSON.parse(body.toString('utf8'));
        } catch {
          parsed = body.toString('utf8');
        }
      }
      calls.push({ path: u.pathname, body: parsed });
    }
    if (!whitelisted) return fail(40164);
    const queued = failures.get(u.pathname);
    if (queued?.length) return fail(queued.shift()!);

    if (isToken) {
      if (u.searchParams.get('grant_type') !== 'client_credential') return fail(40002);
      if (u.searchParams.get('appid') !== appid) return fail(40013);
      if (u.searchParams.get('secret') !== secret) return fail(40125);
      const token = `FAKE_${id(48)}`;
      tokens.set(token, 0);
      return { json: { access_token: token, expires_in: 7200 } };
    }

    if (u.pathname === '/sns/jscode2session') {
      if (u.searchParams.get('grant_type') !== 'authorization_code') return fail(40002);
      if (u.searchParams.get('appid') !== appid) return fail(40013);
      if (u.searchParams.get('secret') !== secret) return fail(40125);
      const login = codes.get(u.searchParams.get('js_code') ?? '');
      if (!login || clock().getTime() - login.at > LOGIN_CODE_MS) return fail(40029);
      if (login.used) return fail(40163);
      login.used = true;
      return { json: { openid: login.openid, session_key: id(16) } };
    }

    const token = u.searchParams.get('access_token');
    if (!token) return fail(41001);
    const state = tokens.get(token);
    if (state === undefined) return fail(40001);
    if (state !== 0) return fail(state);

    const json = () => {
      try {
        return JSON.parse(body.toString('utf8')) as Record<string, unknown>;
      } catch {
        return null;
      }
    };
    switch (u.pathname) {
      case '/cgi-bin/media/uploadimg':
      case '/cgi-bin/material/add_material': {
        const up = parseUpload(body, String(req.headers['content-type'] ?? ''));
        if (!up) return fail(44002);
        if (!isImage(up.data)) return fail(40005);
        if (up.data.length >= (u.pathname.includes('uploadimg') ? 1 : 10) * 1024 * 1024) return fail(40009);
        const ext = up.data[0] === 0x89 ? 'png' : 'jpeg';
        const imageUrl = `http://mmbiz.qpic.cn/mmbiz_${ext}/${id(24)}/0?wx_fmt=${ext}`;
        if (u.pathname.includes('uploadimg')) return { json: { url: imageUrl } };
        const mediaId = id(32);
        materials.add(mediaId);
        return { json: { media_id: mediaId, url: imageUrl, item: [] } };
      }
      case '/cgi-bin/draft/add':
      case '/cgi-bin/draft/update': {
        const b = json();
        if (!b) return fail(47001);
        const isAdd = u.pathname.endsWith('/add');
        const articles = (isAdd ? b.articles : [b.articles]) as Array<Record<string, unknown>> | undefined;
        if (!Array.isArray(articles) || articles.length === 0 || articles.some((a) => !a || typeof a !== 'object')) return fail(47001);
        for (const a of articles) {
          if (typeof a.title !== 'string' || [...a.title].length > 32) return fail(45003);
          if (typeof a.content !== 'string' || a.content.length >= 20_000) return fail(45002);
          if (typeof a.thumb_media_id !== 'string' || !materials.has(a.thumb_media_id)) return fail(40007);
        }
        if (isAdd) {
          const mediaId = id(32);
          drafts.set(mediaId, articles);
          return { json: { media_id: mediaId } };
        }
        if (typeof b.media_id !== 'string' || !drafts.has(b.media_id)) return fail(40007);
        drafts.set(b.media_id, articles);
        return { json: { errcode: 0, errmsg: 'ok' } };
      }
      case '/cgi-bin/freepublish/submit': {
        if (unverified) return fail(48001);
        const b = json();
        if (!b || typeof b.media_id !== 'string' || !drafts.has(b.media_id)) return fail(40007);
        const publishId = String(2247483000 + publishes.size + 1);
        publishes.set(publishId, { mediaId: b.media_id, polls: 0, url: `https://mp.weixin.qq.com/s/${id(16)}` });
        drafts.delete(b.media_id);
        return { json: { errcode: 0, errmsg: 'ok', publish_id: publishId, msg_data_id: Number(publishId) } };
      }
      case '/cgi-bin/freepublish/get': {
        if (unverified) return fail(48001);
        const b = json();
        const job = b && publishes.get(String(b.publish_id));
        if (!job) return fail(40007);
        job.polls++;
        if (job.polls <= publishDelay) return { json: { publish_id: b!.publish_id, publish_status: 1 } };
        if (publishResult !== 0) return { json: { publish_id: b!.publish_id, publish_status: publishResult, fail_idx: [1] } };
        return {
          json: {
            publish_id: b!.publish_id,
            publish_status: 0,
            article_id: `AID_${job.mediaId.slice(0, 12)}`,
            article_detail: { count: 1, item: [{ idx: 1, article_url: job.url }] },
            fail_idx: [],
          },
        };
      }
      case '/wxa/getwxacodeunlimit': {
        const b = json();
        if (!b) return fail(47001);
        if (typeof b.scene !== 'string' || !SCENE_CHARS.test(b.scene)) return fail(40169);
        if (b.page !== undefined && (typeof b.page !== 'string' || !PAGE.test(b.page))) return fail(41030);
        const width = Math.min(1280, Math.max(280, Number(b.width ?? 430) || 430));
        return { png: await QRCode.toBuffer(b.scene, { type: 'png', width, margin: 2 }) };
      }
      case '/cgi-bin/message/custom/send': {
        const b = json();
        if (!b || typeof b.touser !== 'string') return fail(47001);
        const text = (b.text as { content?: unknown } | undefined)?.content;
        const image = (b.image as { media_id?: unknown } | undefined)?.media_id;
        if (!(b.msgtype === 'text' && typeof text === 'string' && text.length > 0) && !(b.msgtype === 'image' && typeof image === 'string')) return fail(47001);
        if (b.msgtype === 'image' && !media.has(image as string)) return fail(40007);
        const follower = followers.get(b.touser);
        if (!follower || clock().getTime() - follower.at > WINDOW_HOURS * 3_600_000) return fail(45015);
        if (follower.sent >= WINDOW_SENDS) return fail(45047);
        follower.sent++;
        return { json: { errcode: 0, errmsg: 'ok' } };
      }
      case '/cgi-bin/message/subscribe/send': {
        const b = json();
        if (!b || typeof b.touser !== 'string' || typeof b.template_id !== 'string' || !b.data || typeof b.data !== 'object') return fail(47001);
        const keywords = TEMPLATES[b.template_id];
        if (!keywords) return fail(40037);
        if (!openids.has(b.touser)) return fail(40003);
        if (b.page !== undefined && (typeof b.page !== 'string' || !PAGE.test(b.page.split('?')[0]))) return fail(41030);
        const data = b.data as Record<string, { value?: unknown }>;
        const fits = Object.keys(data).every((k) => keywords.includes(k)) && keywords.every((k) => typeof data[k]?.value === 'string' && keywordFits(k, data[k].value as string));
        if (!fits) return fail(47003);
        const key = `${b.touser} ${b.template_id}`;
        const left = allowances.get(key) ?? 0;
        if (left < 1) return fail(43101);
        allowances.set(key, left - 1);
        subscribeMessages.push({ ...(b as unknown as Omit<SubscribeDelivery, 'at'>), at: clock() });
        return { json: { errcode: 0, errmsg: 'ok', msgid: 3000000000 + subscribeMessages.length } };
      }
      case '/cgi-bin/media/upload': {
        const up = parseUpload(body, String(req.headers['content-type'] ?? ''));
        if (!up) return fail(44002);
        if (u.searchParams.get('type') !== 'image' || !isImage(up.data)) return fail(40005);
        if (up.data.length > 10 * 1024 * 1024) return fail(40009);
        const mediaId = id(32);
        media.set(mediaId, { bytes: up.data, contentType: up.data[0] === 0x89 ? 'image/png' : 'image/jpeg', at: clock().getTime() });
        return { json: { type: 'image', media_id: mediaId, created_at: Math.floor(clock().getTime() / 1000) } };
      }
      case '/cgi-bin/media/get': {
        const found = media.get(u.searchParams.get('media_id') ?? '');
        if (!found || clock().getTime() - found.at > MEDIA_DAYS * 86_400_000) return fail(40007);
        return { file: found };
      }
      case '/cgi-bin/message/mass/sendall': {
        const b = json();
        const filter = b?.filter as { is_to_all?: unknown } | undefined;
        if (!b || typeof filter?.is_to_all !== 'boolean') return fail(47001);
        const text = (b.text as { content?: unknown } | undefined)?.content;
        const mpnews = (b.mpnews as { media_id?: unknown } | undefined)?.media_id;
        if (!(b.msgtype === 'text' && typeof text === 'string' && text.length > 0) && !(b.msgtype === 'mpnews' && typeof mpnews === 'string')) return fail(47001);
        if (b.msgtype === 'mpnews' && !drafts.has(mpnews as string)) return fail(40007);
        const clientmsgid = typeof b.clientmsgid === 'string' ? b.clientmsgid : null;
        if (clientmsgid && massSends.some((m) => m.clientmsgid === clientmsgid)) return fail(45065);
        const month = clock().toISOString().slice(0, 7);
        if (massSends.filter((m) => m.month === month).length >= massQuota) return fail(45028);
        massSends.push({ month, clientmsgid });
        const msgId = 1000000000 + massSends.length;
        return { json: { errcode: 0, errmsg: 'send job submission success', msg_id: msgId, msg_data_id: 2247483000 + massSends.length } };
      }
      default:
        return { status: 404, json: { errcode: 404, errmsg: `no such endpoint in the fake: ${u.pathname}` } };
    }
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      handle(req, Buffer.concat(chunks)).then(
        ({ status = 200, json, png, file }) => {
          if (file) {
            res.writeHead(status, { 'Content-Type': file.contentType, 'Content-Length': file.bytes.length, 'Content-Disposition': 'attachment; filename="media"' });
            res.end(file.bytes);
            return;
          }
          if (png) {
            res.writeHead(status, { 'Content-Type': 'image/png', 'Content-Length': png.length });
            res.end(png);
            return;
          }
          const text = JSON.stringify(json);
          res.writeHead(status, { 'Content-Type': 'application/json; encoding=utf-8', 'Content-Length': Buffer.byteLength(text) });
          res.end(text);
        },
        () => {
          res.writeHead(500);
          res.end();
        },
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : options.port}`;

  return {
    url,
    appid,
    secret,
    calls,
    tokenRequests: () => tokenCount,
    failNext(p, errcode) {
      failures.set(p, [...(failures.get(p) ?? []), errcode]);
    },
    expireTokens(errcode = 40001) {
      for (const t of tokens.keys()) tokens.set(t, errcode);
    },
    setAccountUnverified(value) {
      unverified = value;
    },
    setIpWhitelisted(value) {
      whitelisted = value;
    },
    setPublishDelay(polls) {
      publishDelay = polls;
    },
    setPublishResult(status) {
      publishResult = status;
    },
    userWrote(openid, at = clock()) {
      followers.set(openid, { at: at.getTime(), sent: 0 });
    },
    addMedia(kind, bytes, contentType) {
      const mediaId = id(32);
      media.set(mediaId, {
        bytes: bytes ?? (kind === 'voice' ? VOICE_AMR : TINY_PNG),
        contentType: contentType ?? (kind === 'voice' ? 'audio/amr' : 'image/png'),
        at: clock().getTime(),
      });
      return mediaId;
    },
    setClock(now) {
      clock = now;
    },
    loginCode(openid = `o${id(20)}`) {
      const code = id(24);
      openids.add(openid);
      codes.set(code, { openid, at: clock().getTime(), used: false });
      return { code, openid };
    },
    acceptSubscription(openid, templateId = FAKE_TEMPLATE_ID, times = 1) {
      openids.add(openid);
      const key = `${openid} ${templateId}`;
      allowances.set(key, (allowances.get(key) ?? 0) + times);
    },
    subscribeMessages,
    setMassQuota(perMonth) {
      massQuota = perMonth;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && path.basename(process.argv[1]).startsWith('fake-wechat')) {
  void startFakeWechat({ port: Number(process.env.PORT ?? 4010) }).then((wx) => {
    wx.setAccountUnverified(process.env.FAKE_WECHAT_UNVERIFIED === '1');
    process.stdout.write(
      `Fake WeChat on ${wx.url}${process.env.FAKE_WECHAT_UNVERIFIED === '1' ? ' (unverified account: freepublish answers 48001)' : ''}\n` +
        `Start Lotus against it with:\n  WECHAT_API_BASE=${wx.url} WECHAT_APPID=${wx.appid} WECHAT_SECRET=${wx.secret} npm start\n` +
        `and, for city alerts by subscription message, also:\n  MINIPROGRAM_APPID=${wx.appid} MINIPROGRAM_SECRET=${wx.secret} SUBSCRIBE_TEMPLATE_ID=${FAKE_TEMPLATE_ID}\n`,
    );
    const stop = () => void wx.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }, (e: Error) => {
    process.stderr.write(`fake-wechat could not start: ${e.message}\n`);
    process.exit(1);
  });
}
