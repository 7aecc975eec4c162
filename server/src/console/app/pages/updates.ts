import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import { ROUTES } from '../../../contract/routes';
import { call } from '../api';
import { h } from '../dom';
import { lang, messages } from '../i18n';
import { common, wechatBadge } from './labels';
import type { Page } from './types';

const t = messages(
  { nav: '通知', heading: '通知', intro: '通知会立即显示在小程序首页（例如“周四活动取消”）。', create: '＋ 新通知', title: '标题', lang: '语言', city: '城市', from: '开始', until: '结束', state: '小程序', wechat: '公众号', empty: '还没有通知。' },
  { nav: 'Annonces', heading: 'Annonces', intro: 'Les annonces s’affichent tout de suite sur l’accueil du mini-programme (par ex. « permanence de jeudi annulée »).', create: '＋ Nouvelle annonce', title: 'Titre', lang: 'Langue', city: 'Ville', from: 'Du', until: 'Au', state: 'Mini-programme', wechat: 'Compte officiel', empty: 'Aucune annonce pour l’instant.' },
);

export const updatesPage: Page = {
  route: 'updates',
  nav: { label: () => t('nav') },
  async render({ go }) {
    const [{ data }, cities] = await Promise.all([
      call(ADMIN_ROUTES.updates, {}),
      call(ROUTES.cities, {}, { lang: lang() }).then((r) => new Map(r.data.map((c) => [c.slug, c.name]))),
    ]);
    const rows = data.map((u) =>
      h(
        'tr',
        { class: 'clickable', 'data-testid': 'update-row', onclick: () => go(`updates/${u.id}`) },
        h('td', {}, h('a', { href: `#/updates/${u.id}` }, u.title)),
        h('td', {}, common(u.lang)),
        h('td', {}, u.city ? (cities.get(u.city) ?? u.city) : common('allCities')),
        h('td', {}, u.publishedOn),
        h('td', {}, u.expiresOn ?? '—'),
        h('td', {}, h('span', { class: `badge ${u.state}` }, common(u.state))),
        h('td', {}, wechatBadge(u.wechat.status, h)),
      ),
    );
    return h(
      'div',
      {},
      h('div', { class: 'page-head' }, h('h1', {}, t('heading')), h('button', { type: 'button', class: 'primary big', onclick: () => go('updates/new') }, t('create'))),
      h('p', { class: 'muted' }, t('intro')),
      data.length === 0
        ? h('p', { class: 'muted' }, t('empty'))
        : h(
            'table',
            { class: 'list' },
            h('thead', {}, h('tr', {}, ...[t('title'), t('lang'), t('city'), t('from'), t('until'), t('state'), t('wechat')].map((x) => h('th', { scope: 'col' }, x)))),
            h('tbody', {}, ...rows),
          ),
    );
  },
};
