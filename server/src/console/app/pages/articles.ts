import type { AdminArticleDTO } from '../../../presenters/admin';
import { api } from '../api';
import { h } from '../dom';
import { messages } from '../i18n';
import { common } from './labels';
import type { Page } from './types';

const t = messages(
  { nav: '文章', heading: '文章', create: '＋ 写新文章', title: '标题', lang: '语言', category: '分类', miniprogram: '小程序', shown: '显示中', status: '公众号', updated: '更新日期', empty: '还没有文章。' },
  { nav: 'Articles', heading: 'Articles', create: '＋ Nouvel article', title: 'Titre', lang: 'Langue', category: 'Rubrique', miniprogram: 'Mini-programme', shown: 'Affiché', status: 'Compte officiel', updated: 'Mis à jour', empty: 'Aucun article pour l’instant.' },
);

export const articlesPage: Page = {
  route: 'articles',
  nav: { label: () => t('nav') },
  async render({ go }) {
    const { data } = await api<{ data: AdminArticleDTO[] }>('GET', '/api/admin/articles');
    const rows = data.map((a) =>
      h(
        'tr',
        { class: 'clickable', 'data-testid': 'article-row', onclick: () => go(`articles/${a.id}`) },
        h('td', {}, h('a', { href: `#/articles/${a.id}` }, a.title)),
        h('td', {}, common(a.lang)),
        h('td', {}, common(a.category)),
        h('td', {}, a.listed ? h('span', { class: 'badge live' }, t('shown')) : '—'),
        h('td', {}, h('span', { class: `badge ${a.status}`, 'data-testid': 'status' }, common(a.status))),
        h('td', {}, a.updated),
      ),
    );
    return h(
      'div',
      {},
      h('div', { class: 'page-head' }, h('h1', {}, t('heading')), h('button', { type: 'button', class: 'primary big', onclick: () => go('articles/new') }, t('create'))),
      data.length === 0
        ? h('p', { class: 'muted' }, t('empty'))
        : h('table', { class: 'list' }, h('thead', {}, h('tr', {}, h('th', {}, t('title')), h('th', {}, t('lang')), h('th', {}, t('category')), h('th', {}, t('miniprogram')), h('th', {}, t('status')), h('th', {}, t('updated')))), h('tbody', {}, ...rows)),
    );
  },
};
