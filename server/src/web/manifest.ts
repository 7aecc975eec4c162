/** The web app's colour: the mini-program's background (app.config.ts), so the splash and title bar match the pages. */
export const THEME_COLOR = '#f7f4f2';

/**
 * The web app's manifest: its name is the configured neutral one (WEB_APP_NAME); addresses are
 * relative, so it works under any WEB_APP_PATH. The build writes a copy with the default name for a
 * plain static host (miniprogram/config/pwa.ts); the server answers with this one.
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
