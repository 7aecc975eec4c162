import fs from 'node:fs';
import path from 'node:path';
import Router from '@koa/router';
import type { BuildOptions } from 'esbuild';
import type { Context } from 'koa';

const PUBLIC = path.join(__dirname, 'public');
/** Written by `npm run build` beside the compiled serve.js; absent when running the sources. */
const PREBUILT = path.join(__dirname, 'app.js');

/** How the console's script is compiled, on first request or by `npm run build`. */
export const CONSOLE_BUNDLE_OPTIONS = {
  entryPoints: [path.join(__dirname, 'app/main.ts')],
  bundle: true,
  format: 'iife',
  target: 'chrome100',
  minify: true,
  legalComments: 'none',
  logLevel: 'silent',
} satisfies BuildOptions;

/** No inline script anywhere; inline `style` attributes only, which the WeChat rendering needs. */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  // The inbox plays her voice messages from /api/admin/inbox/…/media/….
  "media-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

let bundle: Promise<string> | null = null;

/** The console's script, compiled once per process on first request and kept in memory. */
export function consoleBundle(): Promise<string> {
  bundle ??= (
    fs.existsSync(PREBUILT)
      ? fs.promises.readFile(PREBUILT, 'utf8')
      : import('esbuild').then((esbuild) => esbuild.build({ ...CONSOLE_BUNDLE_OPTIONS, write: false })).then((r) => r.outputFiles[0].text)
  )
    .catch((e: unknown) => {
      bundle = null;
      throw e;
    });
  return bundle;
}

function secure(ctx: Context) {
  ctx.set('Content-Security-Policy', CSP);
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Referrer-Policy', 'no-referrer');
  ctx.set('X-Frame-Options', 'DENY');
}

/** The mediator console: one HTML page, one stylesheet, one script, all under /console. */
export function consoleRouter() {
  const router = new Router();
  // The router matches '/console' and '/console/' alike; relative URLs need the slash.
  router.get('/console', (ctx) => {
    if (!ctx.path.endsWith('/')) return ctx.redirect('/console/');
    secure(ctx);
    ctx.set('Cache-Control', 'no-cache');
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = fs.readFileSync(path.join(PUBLIC, 'index.html'));
  });
  router.get('/console/console.css', (ctx) => {
    secure(ctx);
    ctx.set('Cache-Control', 'no-cache');
    ctx.type = 'text/css; charset=utf-8';
    ctx.body = fs.readFileSync(path.join(PUBLIC, 'console.css'));
  });
  router.get('/console/app.js', async (ctx) => {
    secure(ctx);
    ctx.set('Cache-Control', 'no-cache');
    ctx.type = 'application/javascript; charset=utf-8';
    ctx.body = await consoleBundle();
  });
  return router;
}
