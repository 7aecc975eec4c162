import type { AdminArticleDTO } from '../../../presenters/admin';
import { api } from '../api';
import { h } from '../dom';
import { messages } from '../i18n';
import { common } from './labels';
import type { Page } from './types';

const t = messages(
  { nav: '文章', heading: '文章', create: '＋ 写新文章', title: '标题', lang: '语言', category: '分类', status: '状态', updated: '更新日期', empty: '还没有文章。', hidden: '未在小程序显示' },
  { nav: 'Articles', heading: 'Articles', create: '＋ Nouvel article', title: 'Titre', lang: 'Langue', category: 'Rubrique', status: 'État', updated: 'Mis à jour', empty: 'Aucun article pour l’instant.', hidden: 'Pas dans le mini-programme' },
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
        h('td', {}, h('a', { href: `#/articles/${a.id}` }, a.title), a.listed ? null : h('span', { class: 'muted small' }, ` · ${t('hidden')}`)),
        h('td', {}, common(a.lang)),
        h('td', {}, common(a.category)),
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
        : h('table', { class: 'list' }, h('thead', {}, h('tr', {}, h('th', {}, t('title')), h('th', {}, t('lang')), h('th', {}, t('category')), h('th', {}, t('status')), h('th', {}, t('updated')))), h('tbody', {}, ...rows)),
    );
  },
};
