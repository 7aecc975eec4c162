import type { AuditEntryDTO } from '../../../presenters/admin';
import { api } from '../api';
import { formatDateTime, h } from '../dom';
import { messages } from '../i18n';
import type { Page } from './types';

const t = messages(
  { nav: '操作记录', heading: '操作记录', intro: '谁在什么时候做了什么（不记录内容本身）。', at: '时间', who: '谁', action: '操作', target: '对象', detail: '详情', empty: '还没有记录。' },
  { nav: 'Journal', heading: 'Journal', intro: 'Qui a fait quoi, et quand (jamais le contenu des messages).', at: 'Quand', who: 'Qui', action: 'Action', target: 'Objet', detail: 'Détails', empty: 'Rien pour l’instant.' },
);

/** Articles and updates link to their editor; other targets show their kind and a short id. */
function target(e: AuditEntryDTO): Node | string {
  if (!e.targetType || !e.targetId) return '—';
  const label = `${e.targetType} ${e.targetId.slice(0, 8)}`;
  return e.targetType === 'article' || e.targetType === 'update' ? h('a', { href: `#/${e.targetType}s/${e.targetId}` }, label) : label;
}

export const auditPage: Page = {
  route: 'audit',
  nav: { label: () => t('nav'), roles: ['admin'] },
  async render() {
    const { data } = await api<{ data: AuditEntryDTO[] }>('GET', '/api/admin/audit?limit=200');
    const rows = data.map((e) =>
      h(
        'tr',
        { 'data-testid': 'audit-row' },
        h('td', {}, formatDateTime(e.at)),
        h('td', {}, e.username ?? '—'),
        h('td', {}, h('code', {}, e.action)),
        h('td', {}, target(e)),
        h('td', { class: 'detail' }, e.detail ? Object.entries(e.detail).filter(([, v]) => v !== null).map(([k, v]) => `${k}: ${v}`).join(' · ') : ''),
      ),
    );
    return h(
      'div',
      {},
      h('div', { class: 'page-head' }, h('h1', {}, t('heading'))),
      h('p', { class: 'muted' }, t('intro')),
      data.length === 0
        ? h('p', { class: 'muted' }, t('empty'))
        : h('table', { class: 'list' }, h('thead', {}, h('tr', {}, ...[t('at'), t('who'), t('action'), t('target'), t('detail')].map((x) => h('th', {}, x)))), h('tbody', {}, ...rows)),
    );
  },
};
