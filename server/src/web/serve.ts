import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Context, Next } from 'koa';
import { bestEncoding, COMPRESS_MIN_BYTES, matches } from '../snapshot/prepared';
import { webManifest } from './manifest';
import { preparingPage } from './preparing';

/**
 * The web app: the mini-program's H5 build (miniprogram/dist-h5, made by `npm start` when missing or
 * stale: scripts/start.mjs) served at WEB_APP_PATH as an installable, offline web app, with the API
 * on the same origin. Only the files of the build are answered here; every other address (the API,
 * /console, /healthz, /wechat) passes through, even when the app sits at `/`.
 *
 * Three answers are made here rather than read as built: index.html carries the configured name as
 * its title, the manifest carries it as the app's name, and sw.js precaches index.html under the
 * hash of what is served, so changing the name reaches installed apps.
 */
export interface WebAppOptions {
  /** The build folder (with index.html). */
  dir: string;
  /** Where the app is served, with leading and trailing slash: `/`, `/app/`. */
  base: string;
  /** Title and installed name: neutral, nothing that outs her on a lock screen or in a history list. */
  name: string;
}

/** Content-hashed file names (`js/app.1a2b3c4d.js`) never change: cached for a year. */
const HASHED = /\.[0-9a-f]{8}\.(js|css)$/;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg']);

interface Entry {
  body: Buffer;
  type: string;
  etag: string;
  br?: Buffer;
  gzip?: Buffer;
}

interface Build {
  /** index.html's mtime: a new build replaces it last (the build writes it at the end). */
  stamp: number;
  files: Set<string>;
  entries: Map<string, Entry>;
  csp: string;
}

const etag = (body: Buffer | string) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listFiles(dir, rel));
    else if (!e.name.endsWith('.map')) out.push(rel);
  }
  return out;
}

/**
 * The page's policy: its own scripts plus the inline ones index.html carries (Taro's and the first
 * screen's, by hash), styles inline as Taro's components set them, the API and service worker on
 * this origin only.
 */
function policyFor(html: string): string {
  const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
  return [
    "default-src 'none'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function loadBuild(opts: WebAppOptions, stamp: number): Build {
  const files = new Set(listFiles(opts.dir));
  const entries = new Map<string, Entry>();
  const html = fs
    .readFileSync(path.join(opts.dir, 'index.html'), 'utf8')
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(opts.name)}</title>`);
  const index = Buffer.from(html);
  entries.set('index.html', { body: index, type: TYPES['.html'], etag: etag(index) });
  const manifest = Buffer.from(JSON.stringify(webManifest(opts.name)));
  entries.set('manifest.webmanifest', { body: manifest, type: TYPES['.webmanifest'], etag: etag(manifest) });
  files.add('manifest.webmanifest');
  if (files.has('sw.js')) {
    // Workbox wrote index.html's revision before the served one (with its title) existed.
    const revision = createHash('sha256').update(index).digest('hex').slice(0, 32);
    const sw = Buffer.from(fs.readFileSync(path.join(opts.dir, 'sw.js'), 'utf8').replace(/(url:\s*"(?:\.\/)?index\.html",\s*revision:\s*")[^"]*(")/, `$1${revision}$2`));
    entries.set('sw.js', { body: sw, type: TYPES['.js'], etag: etag(sw) });
  }
  return { stamp, files, entries, csp: policyFor(html) };
}

function send(ctx: Context, entry: Entry, ext: string) {
  ctx.set('ETag', entry.etag);
  ctx.vary('Accept-Encoding');
  if (matches(ctx.get('If-None-Match'), entry.etag)) {
    ctx.status = 304;
    return;
  }
  ctx.type = entry.type;
  if (COMPRESSIBLE.has(ext) && entry.body.length >= COMPRESS_MIN_BYTES) {
    const encoding = bestEncoding(ctx.get('Accept-Encoding'));
    if (encoding === 'br') {
      entry.br ??= zlib.brotliCompressSync(entry.body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } });
      ctx.set('Content-Encoding', 'br');
      ctx.body = entry.br;
      return;
    }
    if (encoding === 'gzip') {
      entry.gzip ??= zlib.gzipSync(entry.body, { level: 9 });
      ctx.set('Content-Encoding', 'gzip');
      ctx.body = entry.gzip;
      return;
    }
  }
  ctx.body = entry.body;
}

/** `npm start` marks a build in progress with `<dir>.building` holding its pid (scripts/start.mjs). */
function buildRunning(dir: string): boolean {
  try {
    process.kill(Number(fs.readFileSync(`${dir}.building`, 'utf8').trim()), 0);
    return true;
  } catch {
    return false;
  }
}

/** The middleware; see WebAppOptions. */
export function webApp(opts: WebAppOptions) {
  const base = opts.base;
  let build: Build | null = null;

  /** The current build, reloaded when a new one has been written; null while there is none. */
  function current(): Build | null {
    let stamp: number;
    try {
      stamp = fs.statSync(path.join(opts.dir, 'index.html')).mtimeMs;
    } catch {
      build = null;
      return null;
    }
    if (!build || build.stamp !== stamp) build = loadBuild(opts, stamp);
    return build;
  }

  return async function webAppMiddleware(ctx: Context, next: Next) {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    // `/app` → `/app/`: the build's addresses are relative to the folder.
    if (base !== '/' && ctx.path === base.slice(0, -1)) {
      ctx.status = 301;
      ctx.redirect(base + (ctx.querystring ? `?${ctx.querystring}` : ''));
      return;
    }
    if (!ctx.path.startsWith(base)) return next();
    let rel: string;
    try {
      rel = decodeURIComponent(ctx.path.slice(base.length));
    } catch {
      return next();
    }
    if (rel === '') rel = 'index.html';
    // With the app at `/`, every API request passes here: no file system call for what the build lacks.
    // A new build is picked up from its index.html, which a browser always asks for first.
    if (build && rel !== 'index.html' && !build.files.has(rel)) return next();
    const app = current();
    if (!app) {
      if (rel !== 'index.html') return next();
      ctx.status = 503;
      ctx.set('Retry-After', '10');
      ctx.set('Cache-Control', 'no-store');
      ctx.set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
      ctx.type = TYPES['.html'];
      ctx.body = Buffer.from(preparingPage(opts.name, buildRunning(opts.dir)));
      return;
    }
    if (!app.files.has(rel)) return next();
    const ext = path.extname(rel);
    let entry = app.entries.get(rel);
    if (!entry) {
      const body = await fs.promises.readFile(path.join(opts.dir, rel)).catch(() => null);
      if (!body) return next();
      entry = { body, type: TYPES[ext] ?? 'application/octet-stream', etag: etag(body) };
      app.entries.set(rel, entry);
    }
    ctx.set('Cache-Control', HASHED.test(rel) ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (rel === 'index.html') ctx.set('Content-Security-Policy', app.csp);
    // The worker's own fetches: this origin only.
    if (rel === 'sw.js') ctx.set('Content-Security-Policy', "default-src 'none'; connect-src 'self'");
    send(ctx, entry, ext);
  };
}
