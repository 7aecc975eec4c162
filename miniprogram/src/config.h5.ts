/**
 * On the web: LOTUS_API_BASE when the build sets it. Otherwise the page's own origin (the server
 * serves the web app and the API side by side, see server/src/web/), or `?api=http://host:port` in
 * the page URL for development and tests (the build served elsewhere). The override is ignored when
 * the build sets a base, so a crafted link cannot point a production page at another server; served
 * by Lotus, the page's Content-Security-Policy allows no other origin either.
 */
export function apiBase(): string {
  if (LOTUS_API_BASE) return LOTUS_API_BASE.replace(/\/+$/, '');
  const override = new URLSearchParams(window.location.search).get('api');
  if (override && /^https?:\/\/[A-Za-z0-9.:[\]-]+\/?$/.test(override)) return override.replace(/\/+$/, '');
  return window.location.origin;
}
