/**
 * On WeChat the API origin is fixed at build time (LOTUS_API_BASE, an https domain registered in
 * the mini-program's settings). Without it, a local server for WeChat DevTools (urlCheck off).
 */
export function apiBase(): string {
  return (LOTUS_API_BASE || 'http://127.0.0.1:3000').replace(/\/+$/, '');
}
