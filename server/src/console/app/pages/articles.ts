import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import { call } from '../api';
import { clear, h } from '../dom';
import { messages } from '../i18n';
import { ARTICLE_CATEGORIES, common, wechatBadge } from './labels';
import type { Page } from './types';

const t = messages(
  {
    nav: '文章', heading: '文章', create: '＋ 写新文章', title: '标题', lang: '语言', category: '分类', miniprogram: '小程序', shown: '显示中', status: '状态', wechat: '公众号', updated: '更新日期', empty: '还没有文章。',
    search: '按标题搜索', any: '全部', state: '状态', sort: '排序', newest: '最新的在前', oldest: '最早的在前', none: '没有符合条件的文章。', count: '共 {n} 篇', archivedOnly: '已归档的文章',
  },
  {
    nav: 'Articles', heading: 'Articles', create: '＋ Nouvel article', title: 'Titre', lang: 'Langue', category: 'Rubrique', miniprogram: 'Mini-programme', shown: 'Affiché', status: 'État', wechat: 'Compte officiel', updated: 'Mis à jour', empty: 'Aucun article pour l’instant.',
    search: 'Chercher dans les titres', any: 'Tous', state: 'État', sort: 'Tri', newest: 'Les plus récents d’abord', oldest: 'Les plus anciens d’abord', none: 'Aucun article ne correspond.', count: '{n} article(s)', archivedOnly: 'Articles archivés',
  },
);

const STATES = ['blocked', 'clear', 'archived'] as const;

/** Search, filters and sort live in the address, so "back to the list" finds them again. */
function readQuery(): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(location.hash.split('?')[1] ?? ''));
}

function select(id: string, label: string, value: string, options: Array<[string, string]>): { el: HTMLElement; input: HTMLSelectElement } {
  const input = h('select', { id }, ...options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)));
  return { el: h('div', { class: 'field' }, h('label', { for: id }, label), input), input };
}

export const articlesPage: Page = {
  route: 'articles',
  nav: { label: () => t('nav') },
  async render({ go }) {
    const { data } = await call(ADMIN_ROUTES.articles, {});
    const q = readQuery();
    const search = h('input', { id: 'article-search', type: 'search', value: q.q ?? '' });
    const lang = select('filter-lang', t('lang'), q.lang ?? '', [['', t('any')], ...(['zh-Hans', 'fr', 'en'] as const).map((l): [string, string] => [l, common(l)])]);
    const category = select('filter-category', t('category'), q.category ?? '', [['', t('any')], ...ARTICLE_CATEGORIES.map((c): [string, string] => [c, common(c)])]);
    const state = select('filter-state', t('state'), q.state ?? '', [['', t('any')], ...STATES.map((s): [string, string] => [s, common(s)])]);
    const sort = select('sort', t('sort'), q.sort ?? 'newest', [['newest', t('newest')], ['oldest', t('oldest')]]);
    const body = h('div', { 'aria-live': 'polite' });

    function draw() {
      const words = search.value.trim().toLowerCase();
      const shown = data
        .filter((a) => (state.input.value === 'archived' ? a.archived : !a.archived))
        .filter((a) => !words || a.title.toLowerCase().includes(words))
        .filter((a) => !lang.input.value || a.lang === lang.input.value)
        .filter((a) => !category.input.value || a.category === category.input.value)
        .filter((a) => !state.input.value || state.input.value === 'archived' || a.screening === state.input.value)
        .sort((x, y) => (sort.input.value === 'oldest' ? 1 : -1) * (x.updatedAt < y.updatedAt ? -1 : x.updatedAt > y.updatedAt ? 1 : 0));
      const params = new URLSearchParams(Object.entries({ q: search.value.trim(), lang: lang.input.value, category: category.input.value, state: state.input.value, sort: sort.input.value === 'newest' ? '' : sort.input.value }).filter(([, v]) => v));
      history.replaceState(null, '', `#/articles${params.size ? `?${params}` : ''}`);
      clear(body);
      if (data.length === 0) return body.appendChild(h('p', { class: 'muted' }, t('empty')));
      body.appendChild(h('p', { class: 'muted small', 'data-testid': 'article-count' }, t('count', { n: shown.length })));
      if (shown.length === 0) return body.appendChild(h('p', { class: 'muted' }, t('none')));
      const rows = shown.map((a) =>
        h(
          'tr',
          { class: 'clickable', 'data-testid': 'article-row', onclick: () => go(`articles/${a.id}`) },
          h('td', {}, h('a', { href: `#/articles/${a.id}` }, a.title)),
          h('td', {}, common(a.lang)),
          h('td', {}, common(a.category)),
          h('td', {}, a.listed ? h('span', { class: 'badge live' }, t('shown')) : '—'),
          h('td', {}, h('span', { class: `badge ${a.archived ? 'archived' : a.screening}`, 'data-testid': 'status' }, common(a.archived ? 'archived' : a.screening))),
          h('td', {}, wechatBadge(a.wechat.status, h)),
          h('td', {}, a.updated),
        ),
      );
      body.appendChild(
        h('table', { class: 'list' }, h('thead', {}, h('tr', {}, ...[t('title'), t('lang'), t('category'), t('miniprogram'), t('status'), t('wechat'), t('updated')].map((x) => h('th', { scope: 'col' }, x)))), h('tbody', {}, ...rows)),
      );
    }
    for (const input of [search, lang.input, category.input, state.input, sort.input]) input.addEventListener('input', draw);
    draw();
    return h(
      'div',
      {},
      h('div', { class: 'page-head' }, h('h1', {}, t('heading')), h('button', { type: 'button', class: 'primary big', onclick: () => go('articles/new') }, t('create'))),
      h('div', { class: 'filters card', role: 'search' }, h('div', { class: 'field' }, h('label', { for: 'article-search' }, t('search')), search), lang.el, category.el, state.el, sort.el),
      body,
    );
  },
};
