import path from 'node:path';
import { z } from 'zod';

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
  /** Set behind a TLS-terminating proxy so cookies get `Secure` and client IPs come from X-Forwarded-For. */
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
  ALERTS_SECRET: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  ALERTS_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
  /** Per device and per IP address, per hour; the bench raises them rather than bypassing the limiter. */
  ALERTS_CHECKS_PER_HOUR: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').default(30),
  ALERTS_REPORTS_PER_HOUR: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').default(5),
  WECHAT_APPID: optionalText,
  WECHAT_SECRET: optionalText,
  WECHAT_TOKEN: optionalText,
  WECHAT_API_BASE: optionalText.pipe(z.string().url('must be a URL such as https://api.weixin.qq.com').optional()),
  MINIPROGRAM_APPID: optionalText,
  /** With MINIPROGRAM_APPID, flyers carry official mini-program codes (wxa/getwxacodeunlimit) instead of plain QR codes. */
  MINIPROGRAM_SECRET: optionalText,
  /** Public URL of the H5 build, used in plain QR codes when WeChat is not configured. */
  H5_URL: z.string().url('must be a URL such as https://lotus.example.org/').default('http://127.0.0.1:10086/'),
  /** A font with Chinese glyphs for printed flyers; Debian's fonts-wqy-microhei by default. */
  FLYER_FONT: z.string().min(1).default('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'),
});

export type Config = z.infer<typeof EnvSchema> & { db: 'pglite' | 'postgres' };

export class ConfigError extends Error {}

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
