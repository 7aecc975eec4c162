import type { MapPlace } from './types';

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
