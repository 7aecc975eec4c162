import type { AdminServiceDTO } from '../../../contract/directory';
import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import { call, explain } from '../api';
import { h } from '../dom';
import { lang, messages } from '../i18n';
import type { Page } from './types';

const t = messages(
  {
    nav: '机构核实',
    heading: '机构核实',
    intro: '打电话或去现场确认了地址、电话和开放时间以后，点“确认信息无误”。小程序会显示“核实于”这一天。没有核实的机构，小程序会提醒姐妹们先打电话。',
    service: '服务',
    contact: '地址 / 电话',
    state: '状态',
    action: '操作',
    unverified: '未核实',
    verifiedOn: '核实于 {date}',
    verify: '确认信息无误',
    again: '今天再次确认',
    source: '来源：{source}',
    empty: '目录是空的。',
  },
  {
    nav: 'Services',
    heading: 'Vérifier les services',
    intro: 'Après avoir appelé ou être passée sur place et vérifié adresse, téléphone et horaires, cliquez sur « Confirmer ». Le mini-programme affiche la date de vérification ; les services non vérifiés y sont signalés comme tels.',
    service: 'Service',
    contact: 'Adresse / téléphone',
    state: 'État',
    action: 'Action',
    unverified: 'Non vérifié',
    verifiedOn: 'Vérifié le {date}',
    verify: 'Confirmer',
    again: 'Confirmer à nouveau',
    source: 'Source : {source}',
    empty: 'L’annuaire est vide.',
  },
);

function stateBadge(s: AdminServiceDTO): HTMLElement {
  return s.verified && s.verifiedOn
    ? h('span', { class: 'badge live', 'data-testid': 'service-state' }, t('verifiedOn', { date: s.verifiedOn }))
    : h('span', { class: 'badge warn', 'data-testid': 'service-state' }, t('unverified'));
}

function row(initial: AdminServiceDTO): HTMLElement {
  let s = initial;
  const state = h('td', {}, stateBadge(s));
  const message = h('p', { class: 'message error', hidden: true });
  const button = h('button', { type: 'button', class: 'primary', style: 'white-space: nowrap', 'data-testid': 'service-verify' }, s.verified ? t('again') : t('verify'));
  button.addEventListener('click', async () => {
    button.disabled = true;
    message.hidden = true;
    try {
      s = (await call(ADMIN_ROUTES.serviceVerify, { id: s.id })).data;
      state.replaceChildren(stateBadge(s));
      button.textContent = t('again');
    } catch (err) {
      message.hidden = false;
      message.textContent = explain(err);
    } finally {
      button.disabled = false;
    }
  });
  return h(
    'tr',
    { 'data-testid': 'service-row', 'data-id': s.id },
    h('td', {}, h('strong', {}, lang() === 'fr' ? s.name.fr : s.name['zh-Hans']), h('div', { class: 'muted small' }, s.organization)),
    h('td', { class: 'detail' }, ...s.addresses.map((a) => h('div', {}, a)), h('div', {}, s.phone ?? '—'), h('div', { class: 'small' }, t('source', { source: s.source }))),
    state,
    h('td', {}, button, message),
  );
}

export const servicesPage: Page = {
  route: 'services',
  nav: { label: () => t('nav') },
  async render() {
    const { data } = await call(ADMIN_ROUTES.services, {});
    // The programme works from Paris: its services come first, then the other cities by name.
    const cities = [...new Set(data.map((s) => s.city))].sort((a, b) => Number(b === 'paris') - Number(a === 'paris') || a.localeCompare(b));
    return h(
      'div',
      {},
      h('div', { class: 'page-head' }, h('h1', {}, t('heading'))),
      h('p', { class: 'muted' }, t('intro')),
      data.length === 0 ? h('p', { class: 'muted' }, t('empty')) : null,
      ...cities.map((city) =>
        h(
          'section',
          { 'data-testid': 'service-city', 'data-city': city },
          h('h2', { style: 'text-transform: capitalize' }, city),
          h(
            'table',
            { class: 'list' },
            h('thead', {}, h('tr', {}, ...[t('service'), t('contact'), t('state'), t('action')].map((x) => h('th', {}, x)))),
            h('tbody', {}, ...data.filter((s) => s.city === city).map(row)),
          ),
        ),
      ),
    );
  },
};
