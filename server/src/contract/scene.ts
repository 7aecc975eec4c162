/**
 * The `scene` grammar of flyer QR codes, shared by the mini-program (which routes it) and the flyer
 * generator (which writes it). A scene is `key=value` pairs joined by `&`, at most 32 characters from
 * WeChat's allowed set: `c=paris` (a city's directory), `a=pep` (an article), `p=check` (a page), plus an
 * optional `f=<code>` naming the flyer for anonymous scan counts: `c=paris&f=bt2611`.
 */
export const SCENE_MAX = 32;
export const SCENE_CHARS = /^[A-Za-z0-9!#$&'()*+,/:;=?@\-._~]*$/;
export const PAGES = ['home', 'directory', 'articles', 'check', 'report', 'emergency', 'about'] as const;
export type Page = (typeof PAGES)[number];

export type SceneTarget =
  | { kind: 'home' }
  | { kind: 'city'; city: string }
  | { kind: 'article'; slug: string }
  | { kind: 'page'; page: Page };

export interface Scene {
  target: SceneTarget;
  flyer: string | null;
}

const VALUE_RE = /^[a-z0-9][a-z0-9-]{0,29}$/;
const FLYER_RE = /^[A-Za-z0-9]{1,12}$/;

export type SceneResult = { ok: true; scene: Scene } | { ok: false; reason: string };

/** Scenes arrive URL-encoded from WeChat and Taro does not decode them: decode once, leniently. */
export function decodeScene(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export function parseScene(raw: string): SceneResult {
  const text = raw.trim();
  if (text.length === 0) return { ok: false, reason: 'empty scene' };
  if (text.length > SCENE_MAX) return { ok: false, reason: `a scene is at most ${SCENE_MAX} characters` };
  if (!SCENE_CHARS.test(text)) return { ok: false, reason: 'a scene may only use letters, digits and !#$&\'()*+,/:;=?@-._~' };
  let target: SceneTarget | null = null;
  let flyer: string | null = null;
  for (const pair of text.split('&')) {
    const eq = pair.indexOf('=');
    if (eq < 1) return { ok: false, reason: `"${pair}" is not key=value` };
    const key = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    if (key === 'f') {
      if (!FLYER_RE.test(value)) return { ok: false, reason: 'f= takes 1 to 12 letters or digits' };
      flyer = value;
      continue;
    }
    if (target) return { ok: false, reason: 'a scene has one target: c=, a= or p=' };
    if (key === 'p') {
      if (!(PAGES as readonly string[]).includes(value)) return { ok: false, reason: `p= takes one of ${PAGES.join(', ')}` };
      target = value === 'home' ? { kind: 'home' } : { kind: 'page', page: value as Page };
    } else if (key === 'c' || key === 'a') {
      if (!VALUE_RE.test(value)) return { ok: false, reason: `${key}= takes lowercase letters, digits and dashes` };
      target = key === 'c' ? { kind: 'city', city: value } : { kind: 'article', slug: value };
    } else {
      return { ok: false, reason: `unknown key "${key}": use c=, a=, p= or f=` };
    }
  }
  return { ok: true, scene: { target: target ?? { kind: 'home' }, flyer } };
}

export function formatScene(scene: Scene): string {
  const parts: string[] = [];
  const t = scene.target;
  if (t.kind === 'city') parts.push(`c=${t.city}`);
  else if (t.kind === 'article') parts.push(`a=${t.slug}`);
  else if (t.kind === 'page') parts.push(`p=${t.page}`);
  else parts.push('p=home');
  if (scene.flyer) parts.push(`f=${scene.flyer}`);
  return parts.join('&');
}
