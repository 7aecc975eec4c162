import path from 'node:path';
import { z } from 'zod';
import { validProgrammeHours } from './inbox/hours';

const optionalText = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number({ message: 'must be a port number from 0 to 65535' }).int('must be a whole number').min(0, 'must be a port number from 0 to 65535').max(65535, 'must be a port number from 0 to 65535').default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://').optional(),
  ),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CONTENT_DIR: z.string().min(1).default(path.resolve(__dirname, '../../content')),
  /** Origins allowed to call the public API from a browser (the H5 build); `*` for any. */
  CORS_ORIGINS: z.string().default('*'),
  /** Origins allowed to write from a browser (file a report, get an install id); the H5_URL's origin when empty. */
  CORS_WRITE_ORIGINS: optionalText,
  /**
   * How many proxies in front of the server append to X-Forwarded-For (0: none, use the socket's
   * address). The client's address is the one the outermost trusted proxy appended, never what the
   * client wrote; cookies get `Secure` behind them.
   */
  TRUST_PROXY: z.coerce.number({ message: 'must be the number of trusted proxies, such as 0 or 1' }).int('must be a whole number').min(0, 'must be 0 or more').max(10, 'must be 10 at most').default(0),
  ALERTS_SECRET: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  ALERTS_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
  /** The secret the database was keyed with, while rotating to a new ALERTS_SECRET (see `npm run alerts:rekey`). */
  ALERTS_SECRET_PREVIOUS: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  /** A pending report counts in public checks only after this many hours plus a random share of as many again. */
  ALERTS_PENDING_DELAY_HOURS: z.coerce.number().min(0, 'must be 0 or more').max(720, 'must be 720 at most').default(6),
  /** Pending reports about one identifier within a day beyond which they are flagged for moderators and stop counting. */
  ALERTS_PENDING_CAP: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').default(5),
  /** Install ids one address may obtain per hour. */
  ALERTS_DEVICES_PER_HOUR: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').default(10),
  /** Per install id (or per address without one), per hour; an address gets ten times as many. The bench raises them rather than bypassing the limiter. */
  ALERTS_CHECKS_PER_HOUR: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').default(30),
  ALERTS_REPORTS_PER_HOUR: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').default(5),
  /** The key the mediator inbox is encrypted with (AES-GCM), separate from ALERTS_SECRET; made once into DATA_DIR when unset outside production. */
  INBOX_SECRET: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  /** Days a message to the official account is kept, with its voice or image. */
  INBOX_RETENTION_DAYS: z.coerce.number({ message: 'must be a number of days' }).int('must be a whole number').min(1, 'must be at least 1').max(365, 'must be 365 at most').default(30),
  /**
   * When a person reads the inbox, Europe/Paris time, per weekday: `mon-fri 10:00-18:00; sat 14:00-17:00`.
   * Auto-replies say so; outside these hours they say when she will be read and whom to call.
   */
  PROGRAMME_HOURS: z
    .string()
    .refine((v) => validProgrammeHours(v), 'must be like "mon-fri 10:00-18:00; sat 14:00-17:00" (Paris time)')
    .default('mon-fri 10:00-18:00'),
  WECHAT_APPID: optionalText,
  WECHAT_SECRET: optionalText,
  WECHAT_TOKEN: optionalText,
  WECHAT_API_BASE: optionalText.pipe(z.string().url('must be a URL such as https://api.weixin.qq.com').optional()),
  /**
   * Mass messages (message/mass/sendall) the official account may send in a calendar month (Paris time):
   * a service account's followers receive at most 4 a month. Past it the console refuses the send.
   */
  WECHAT_MASS_PER_MONTH: z.coerce.number({ message: 'must be a number of messages' }).int('must be a whole number').min(0, 'must be 0 or more').max(31, 'must be 31 at most').default(4),
  MINIPROGRAM_APPID: optionalText,
  /** With MINIPROGRAM_APPID, flyers carry official mini-program codes (wxa/getwxacodeunlimit) instead of plain QR codes. */
  MINIPROGRAM_SECRET: optionalText,
  /** The subscription message template (mp.weixin.qq.com → 订阅消息) city alerts are sent with; unset, the mini-program offers no alerts by message. */
  SUBSCRIBE_TEMPLATE_ID: optionalText,
  /**
   * The template's keywords, in order: the first gets the neutral text ("生活小贴士：巴黎有新的提醒", a
   * `thing` of 20 characters at most), the second, if any, the time (a `time` keyword).
   */
  SUBSCRIBE_TEMPLATE_FIELDS: z.string().regex(/^[a-z_]+\d+(,[a-z_]+\d+)?$/, 'must be one or two template keywords such as thing1,time2').default('thing1,time2'),
  /** Which version of the mini-program a message opens: formal (released), trial or developer. */
  SUBSCRIBE_MINIPROGRAM_STATE: z.enum(['formal', 'trial', 'developer']).default('formal'),
  /** The AES-GCM key of the alert subscriptions (her openid), separate from ALERTS_SECRET and INBOX_SECRET; made once into DATA_DIR when unset outside production. */
  SUBSCRIPTIONS_SECRET: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  /**
   * Flyer scans one address may have counted per hour: a bus's Wi-Fi at a session is one address for
   * everyone on board, a script sending scans from one address skews no more than this.
   */
  SCANS_PER_HOUR: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').default(120),
  /** Subscriptions and withdrawals one address may make per hour (they cost a call to WeChat each). */
  SUBSCRIPTIONS_PER_HOUR: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').default(20),
  /**
   * The programme's own direct line, shown on the mini-program's emergency page only when set: it must
   * be a number the team answers (in Chinese). Unset, the page offers the account message and e-mail.
   */
  PROGRAMME_PHONE: optionalText.pipe(z.string().regex(/^\+?[\d\s.()-]{8,24}$/, 'must be a phone number such as +33 6 12 34 56 78').optional()),
  /** Public URL of the H5 build, used in plain QR codes when WeChat is not configured. */
  H5_URL: z.string().url('must be a URL such as https://lotus.example.org/').default('http://127.0.0.1:10086/'),
  /** The web app's build (the mini-program's H5 build, made by `npm start` when missing or stale). */
  WEB_APP_DIR: z.string().min(1).default(path.resolve(__dirname, '../../miniprogram/dist-h5')),
  /** Where the web app is served, e.g. `/` or `/app/`: a neutral address that says nothing in a history list. */
  WEB_APP_PATH: z
    .string()
    .regex(/^\/([A-Za-z0-9._~-]+\/)*$/, 'must be a path that starts and ends with /, such as / or /app/')
    .refine((p) => !/^\/(api|console|healthz|wechat)\//.test(p), 'must not be under /api/, /console/, /healthz/ or /wechat/')
    .default('/'),
  /** The web app's title and installed name: neutral on a lock screen or a home screen. */
  WEB_APP_NAME: z.string().trim().min(1, 'must not be empty').max(30, 'must be 30 characters at most').default('Lotus'),
  /** A font with Chinese glyphs for printed flyers; Debian's fonts-wqy-microhei by default. */
  FLYER_FONT: z.string().min(1).default('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'),
});

export type Config = z.infer<typeof EnvSchema> & { db: 'pglite' | 'postgres' };

export class ConfigError extends Error {}

/** CONTENT_DIR alone, for tools that need nothing else (`npm run screen`): loadConfig's default and rule. */
export function contentDirOf(env: NodeJS.ProcessEnv = process.env): string {
  return EnvSchema.shape.CONTENT_DIR.parse(env.CONTENT_DIR || undefined);
}

/** A bad value stops start-up with one line naming the variable and what it should be. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`configuration: ${issue.path.join('.')} ${issue.message}`);
  }
  const c = parsed.data;
  return { ...c, DATA_DIR: path.resolve(c.DATA_DIR), db: c.DATABASE_URL ? 'postgres' : 'pglite' };
}
