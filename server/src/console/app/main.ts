import { onUnauthorized } from './api';
import { isDirty, keepForRedraw, resetDraft } from './dirty';
import { clear, h } from './dom';
import { CONSOLE_LANGS, lang, messages, onLangChange, setLang } from './i18n';
import { loginForm, loginOverlay } from './login';
import { pages } from './pages';
import type { Page } from './pages/types';
import { currentMe, loadMe, signOut, type Me } from './session';

const t = messages(
  { leave: '您写的内容还没有保存。确定要离开吗？', brand: 'Lotus 后台', logout: '退出', expired: '登录已过期，请重新登录。您写的内容还在页面上。', notFound: '没有这个页面。', noPermission: '您没有权限打开这个页面：它只对管理员开放。', skip: '跳到正文', langName: '中文' },
  { leave: 'Ce que vous avez écrit n’est pas enregistré. Quitter quand même ?', brand: 'Console Lotus', logout: 'Se déconnecter', expired: 'Session expirée : reconnectez-vous. Ce que vous avez écrit est toujours là.', notFound: 'Cette page n’existe pas.', noPermission: 'Vous n’avez pas le droit d’ouvrir cette page : elle est réservée aux administrateurs.', skip: 'Aller au contenu', langName: 'Français' },
);
const LANG_LABELS = { 'zh-Hans': '中文', fr: 'Français' } as const;

const root = document.getElementById('app') as HTMLElement;

function match(route: string, path: string): Record<string, string> | null {
  const want = route.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) params[want[i].slice(1)] = decodeURIComponent(got[i]);
    else if (want[i] !== got[i]) return null;
  }
  return params;
}

function visible(page: Page, me: Me): boolean {
  return Boolean(page.nav && (!page.nav.roles || page.nav.roles.includes(me.role)));
}

function currentPath(): string {
  return location.hash.replace(/^#\/?/, '').split('?')[0];
}

function go(route: string): void {
  location.hash = `#/${route}`;
}

function header(me: Me, path: string): HTMLElement {
  const nav = h('nav', { class: 'nav' });
  for (const page of pages.filter((p) => visible(p, me))) {
    const active = path === page.route || path.startsWith(`${page.route.split('/')[0]}/`);
    nav.appendChild(h('a', { href: `#/${page.route}`, class: active ? 'active' : '' }, page.nav!.label()));
  }
  const langs = h('div', { class: 'langs', role: 'group' });
  for (const l of CONSOLE_LANGS) {
    langs.appendChild(h('button', { type: 'button', class: l === lang() ? 'lang active' : 'lang', 'aria-pressed': String(l === lang()), onclick: () => setLang(l) }, LANG_LABELS[l]));
  }
  return h(
    'header',
    { class: 'top' },
    h('span', { class: 'brand' }, t('brand')),
    nav,
    h('span', { class: 'spacer' }),
    langs,
    h('span', { class: 'who', 'data-testid': 'who' }, me.username),
    h('button', { type: 'button', class: 'quiet', onclick: async () => { await signOut(); render(); } }, t('logout')),
  );
}

/** Where focus goes once a page is drawn: its heading on a page change, so a screen reader starts there. */
let focusHeading = false;

async function render(): Promise<void> {
  resetDraft();
  document.documentElement.lang = lang();
  const me = currentMe();
  clear(root);
  if (!me) {
    const wrap = h('main', { class: 'login-page' });
    const langs = h('div', { class: 'langs' });
    for (const l of CONSOLE_LANGS) langs.appendChild(h('button', { type: 'button', class: l === lang() ? 'lang active' : 'lang', onclick: () => setLang(l) }, LANG_LABELS[l]));
    wrap.append(langs, loginForm(() => render()));
    root.appendChild(wrap);
    root.querySelector('input')?.focus();
    return;
  }
  const path = currentPath();
  const home = pages.find((p) => visible(p, me));
  if (!path && home) return go(home.route);
  const main = h('main', { class: 'page', id: 'main', tabindex: -1 });
  const skip = h('a', { href: '#', class: 'skip', onclick: (e: Event) => { e.preventDefault(); (main.querySelector<HTMLElement>('h1') ?? main).focus(); } }, t('skip'));
  root.append(skip, header(me, path), main);
  const page = pages.map((p) => ({ p, params: match(p.route, path) })).find((x) => x.params);
  if (!page) {
    main.appendChild(h('p', { class: 'error' }, t('notFound')));
  } else if (page.p.nav?.roles && !page.p.nav.roles.includes(me.role)) {
    main.appendChild(h('p', { class: 'error', 'data-testid': 'no-permission' }, t('noPermission')));
  } else {
    main.appendChild(await page.p.render({ params: page.params!, me, go }));
  }
  if (focusHeading) {
    focusHeading = false;
    const heading = main.querySelector<HTMLElement>('h1') ?? main;
    heading.tabIndex = -1;
    heading.focus();
  }
}

onUnauthorized(async (reason) => {
  // A late answer to a request sent before she signed out is not an expired session: no box.
  if (!currentMe()) throw reason;
  await loginOverlay(t('expired'));
});
/** The language switch redraws the page with any unsaved text kept. */
onLangChange(() => {
  keepForRedraw();
  void render();
});
window.addEventListener('hashchange', (e) => {
  if (isDirty() && !confirm(t('leave'))) {
    history.replaceState(null, '', e.oldURL);
    return;
  }
  focusHeading = true;
  void render();
});
void loadMe().then(() => render());
