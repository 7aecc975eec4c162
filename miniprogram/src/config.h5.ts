/**
 * On the web: LOTUS_API_BASE when the build sets it. Otherwise (development and test builds) the
 * page's own host on port 3000, or `?api=http://host:port` in the page URL. The override is ignored
 * when the build sets a base, so a crafted link cannot point a production page at another server.
 */
export function apiBase(): string {
  if (LOTUS_API_BASE) return LOTUS_API_BASE.replace(/\/+$/, '');
  const override = new URLSearchParams(window.location.search).get('api');
  if (override && /^https?:\/\/[A-Za-z0-9.:[\]-]+\/?$/.test(override)) return override.replace(/\/+$/, '');
  return `${window.location.protocol}//${window.location.hostname}:3000`;
}
