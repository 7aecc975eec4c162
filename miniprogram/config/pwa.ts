import { PNG } from 'pngjs';
import type { Compiler } from 'webpack';
import type { GenerateSW } from 'workbox-webpack-plugin';

/**
 * What makes the H5 build an installable web app: its icons, a manifest with the default name, and
 * Workbox's service worker. The server (server/src/web/) serves the manifest with the configured name.
 *
 * The icon is the share card's tomato (src/assets/share.png): nothing on a home screen says what
 * the app is about. It is drawn from one list of shapes, written out as SVG (the favicon) and
 * rasterised here to PNG with pngjs, as nothing in the tree rasterises SVG without a browser.
 */
const BACKGROUND = '#faf2e8';
const RED = '#e05a3d';
const GREEN = '#5b8c3e';

/** Shapes in a 100×100 box: ellipses (cx, cy, rx, ry, colour), painted in order. */
const SHAPES: [number, number, number, number, string][] = [
  [50, 54, 30, 30, RED],
  [50, 24.5, 8.5, 3.8, GREEN],
];

export function iconSvg(): string {
  const shapes = SHAPES.map(([cx, cy, rx, ry, fill]) => `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="${fill}"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="18" fill="${BACKGROUND}"/>${shapes}</svg>`;
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/**
 * The icon at `size` pixels, 4×4 samples a pixel. `scale` shrinks the drawing around the centre:
 * a maskable icon keeps it inside the 80 % safe zone that any launcher mask leaves visible, on a
 * full-bleed background.
 */
export function iconPng(size: number, scale = 1): Buffer {
  const png = new PNG({ width: size, height: size });
  const bg = rgb(BACKGROUND);
  const shapes = SHAPES.map(([cx, cy, rx, ry, fill]) => ({ cx, cy, rx: rx * scale, ry: ry * scale, c: rgb(fill) }));
  const N = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0];
      for (let sy = 0; sy < N; sy++) {
        for (let sx = 0; sx < N; sx++) {
          const u = ((x + (sx + 0.5) / N) / size) * 100;
          const v = ((y + (sy + 0.5) / N) / size) * 100;
          let c = bg;
          for (const s of shapes) {
            const dx = (u - 50 - (s.cx - 50) * scale) / s.rx;
            const dy = (v - 50 - (s.cy - 50) * scale) / s.ry;
            if (dx * dx + dy * dy <= 1) c = s.c;
          }
          for (let k = 0; k < 3; k++) acc[k] += c[k];
        }
      }
      const i = (y * size + x) * 4;
      for (let k = 0; k < 3; k++) png.data[i + k] = Math.round(acc[k] / (N * N));
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

export const THEME_COLOR = '#f7f4f2';

/**
 * The manifest a plain static copy of the build carries. The server answers with its own, under the
 * configured name (server/src/web/manifest.ts, which Taro's config loader cannot import from here);
 * config/pwa.test.ts keeps the two the same.
 */
export function webManifest(name: string) {
  return {
    name,
    short_name: name,
    id: './',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: THEME_COLOR,
    theme_color: THEME_COLOR,
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}

/** Emits the icons and manifest early enough (ADDITIONAL stage) for Workbox to precache the icons. */
export class PwaAssetsPlugin {
  apply(compiler: Compiler): void {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('PwaAssetsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'PwaAssetsPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset('icons/icon.svg', new sources.RawSource(iconSvg()));
        compilation.emitAsset('icons/icon-192.png', new sources.RawSource(iconPng(192)));
        compilation.emitAsset('icons/icon-512.png', new sources.RawSource(iconPng(512)));
        compilation.emitAsset('icons/maskable-512.png', new sources.RawSource(iconPng(512, 0.8)));
        compilation.emitAsset('manifest.webmanifest', new sources.RawSource(`${JSON.stringify(webManifest('Lotus'), null, 2)}\n`));
      });
    });
  }
}

/**
 * Workbox's GenerateSW: precaches the shell (every emitted file but the manifest, which the server
 * names), and keeps the public API reads network-first (fresh when online: the directory's hours and
 * updates change) with the last answer for offline. A query string never makes a precached file miss
 * (`?scene=`, `?api=` on the start URL). Admin routes, writes and the check are never cached.
 */
export function serviceWorkerOptions(): ConstructorParameters<typeof GenerateSW>[0] {
  return {
    swDest: 'sw.js',
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: true,
    clientsClaim: true,
    skipWaiting: true,
    cleanupOutdatedCaches: true,
    exclude: [/\.map$/, /\.LICENSE\.txt$/, /^manifest\.webmanifest$/],
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    runtimeCaching: [
      {
        // The public reads kept for offline use (directory, articles, updates, emergency numbers).
        // Serialised into sw.js as text: it may use nothing from this file.
        urlPattern: ({ url, request }) => request.method === 'GET' && /^\/api\/(cities|services|articles|updates|programme)(\/|$)/.test(url.pathname),
        handler: 'NetworkFirst',
        options: {
          cacheName: 'lotus-api',
          networkTimeoutSeconds: 6,
          expiration: { maxEntries: 300, maxAgeSeconds: 60 * 60 * 24 * 60 },
          cacheableResponse: { statuses: [200] },
        },
      },
    ],
  };
}
