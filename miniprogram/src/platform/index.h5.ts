import type { MapPlace, TapOptions } from './types';

/** No map SDK on the web: OpenStreetMap opens in the browser or the phone's map app, only on a tap. */
export function openMap(place: MapPlace): void {
  const { latitude: lat, longitude: lng } = place;
  window.open(`https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`, '_blank', 'noopener');
}

export async function startSms(number: string): Promise<boolean> {
  window.location.href = `sms:${number}`;
  return false;
}

/** `?scene=` on the home URL (before the #), or in the hash route's own query. */
export function launchScene(params: Record<string, string | undefined>): string | null {
  const fromSearch = new URLSearchParams(window.location.search).get('scene');
  return params.scene ?? (fromSearch === null ? null : encodeURIComponent(fromSearch));
}

const ALLOWED = new Set([
  'P', 'BR', 'HR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'STRONG', 'B', 'EM', 'I',
  'CODE', 'PRE', 'A', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'SPAN', 'DIV', 'IMG', 'DEL', 'S', 'SUP', 'SUB',
]);
const ATTRS = new Set(['style', 'href', 'src', 'alt', 'title', 'colspan', 'rowspan']);
const SAFE_URL = /^(https?:|mailto:|tel:|#)/i;

/**
 * The server escapes raw HTML in articles; this is a second guard because H5 renders with
 * innerHTML: unknown tags are unwrapped, event handlers and script URLs dropped.
 */
export function safeHtml(html: string): string {
  const doc = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html');
  const root = doc.body.firstElementChild;
  if (!root) return '';
  const walk = (el: Element) => {
    for (const child of Array.from(el.children)) {
      if (!ALLOWED.has(child.tagName)) {
        if (child.tagName === 'SCRIPT' || child.tagName === 'STYLE' || child.tagName === 'IFRAME') child.remove();
        else {
          walk(child);
          child.replaceWith(...Array.from(child.childNodes));
        }
        continue;
      }
      for (const attr of Array.from(child.attributes)) {
        const name = attr.name.toLowerCase();
        if (!ATTRS.has(name) || ((name === 'href' || name === 'src') && !SAFE_URL.test(attr.value.trim()))) {
          child.removeAttribute(attr.name);
        }
      }
      if (child.tagName === 'A') child.setAttribute('rel', 'noopener noreferrer');
      walk(child);
    }
  };
  walk(root);
  return root.innerHTML;
}

export function tapProps(onTap: () => void, opts: TapOptions = {}): Record<string, unknown> {
  return {
    onClick: onTap,
    role: 'button',
    tabIndex: 0,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      onTap();
    },
    ...(opts.label ? { 'aria-label': opts.label } : {}),
    ...(opts.pressed === undefined ? {} : { 'aria-pressed': opts.pressed ? 'true' : 'false' }),
  };
}

export function setDocumentLang(lang: string): void {
  document.documentElement.lang = lang;
}

const EXITED = 'lotus:exited';
const NEUTRAL = '/pages/neutral/index';

/**
 * Replaces the current history entry with the neutral page and loads it afresh (a new query value
 * forces a real load, so no hidden page of the programme stays in the document). Until she comes back
 * on purpose, every page of the programme that Back would reopen is replaced by the neutral one too.
 */
export function leaveTo(path: string): void {
  try {
    sessionStorage.setItem(EXITED, '1');
  } catch {
    // Private mode without storage: the replace alone still hides the current page.
  }
  const url = new URL(window.location.href);
  url.searchParams.set('v', Date.now().toString(36));
  url.hash = `#${path}`;
  window.location.replace(url.toString());
}

function exited(): boolean {
  try {
    return sessionStorage.getItem(EXITED) === '1';
  } catch {
    return false;
  }
}

/** Run once at start: after a quick exit, Back lands on the neutral page again instead of the programme. */
export function guardExit(): void {
  const check = () => {
    if (exited() && !window.location.hash.startsWith(`#${NEUTRAL}`)) leaveTo(NEUTRAL);
  };
  check();
  window.addEventListener('popstate', check);
  window.addEventListener('hashchange', check);
}

/** Her deliberate way back (the long press on the dish): the programme opens normally again. */
export function comeBack(): void {
  try {
    sessionStorage.removeItem(EXITED);
  } catch {
    // Nothing stored, nothing to clear.
  }
}

/** The phone keypad with + and spaces: a `tel` input (Taro's `number` would refuse both on the web). */
export function phoneInputProps(label: string): Record<string, unknown> {
  return { type: 'tel', inputMode: 'tel', autoComplete: 'off', 'aria-label': label };
}

/** Any other text input: its label for screen readers. */
export function inputLabel(label: string): Record<string, unknown> {
  return { 'aria-label': label };
}

export function headingProps(): Record<string, unknown> {
  return { role: 'heading', 'aria-level': 1 };
}

/**
 * Registers Workbox's service worker (sw.js beside index.html, made by the build: config/pwa.ts) once
 * the page has loaded, so it never competes with the first screen. Relative URL: the app works under
 * any path the server gives it. Not for a build opened with `?api=` (development, the static test
 * server): a worker would outlive it and answer the next build's pages from its cache.
 */
export function startWebApp(): void {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  if (new URLSearchParams(window.location.search).has('api')) return;
  const register = () => void navigator.serviceWorker.register('sw.js').catch(() => undefined);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/** The browser's own signal that the network is back. */
export function onOnline(run: () => void): void {
  window.addEventListener('online', run);
}

/**
 * The address that opens `scene` (the flyers' grammar, server/src/contract/scene.ts) on the web: the
 * app's own URL with `?scene=`, keeping a development `?api=`.
 */
export function sceneUrl(scene: string): string {
  const here = new URL(window.location.href);
  const url = new URL(here.pathname, here.origin);
  const api = here.searchParams.get('api');
  if (api) url.searchParams.set('api', api);
  url.searchParams.set('scene', scene);
  return url.toString();
}

/** The phone's share sheet (WhatsApp, SMS…) when the browser has one, else the link copied; what happened. */
export async function shareScene(scene: string, title: string): Promise<'shared' | 'copied' | 'failed'> {
  const url = sceneUrl(scene);
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title, url });
      return 'shared';
    } catch (e) {
      // She closed the sheet: nothing to say. Any other refusal falls back to copying.
      if ((e as Error).name === 'AbortError') return 'failed';
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'failed';
  }
}
