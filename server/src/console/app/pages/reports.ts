import { REPORT_STATUSES, type ModerationDecision, type ModerationReportDTO, type ReportStatus } from '../../../contract/alerts';
import { api, explain } from '../api';
import { clear, formatDateTime, h } from '../dom';
import { messages } from '../i18n';
import type { Page } from './types';

const t = messages(
  {
    nav: '提醒审核', heading: '提醒审核',
    intro: '姐妹们发来的提醒。号码和账号只显示一部分，发提醒的人不会被记录。确认后，查询时才会计入。',
    show: '显示', identifier: '对象', what: '情况', where: '城市 / 月份', details: '补充说明', others: '同一对象', decide: '处理',
    approve: '确认', reject: '拒绝', duplicate: '重复',
    pending: '待审核', approved: '已确认', rejected: '已拒绝',
    phone: '电话', wechat: '微信', plate: '车牌', email: '邮箱',
    dangerous: '危险', risky: '有风险', annoying: '麻烦',
    violence: '粗暴对待', robbery: '抢走财物', 'non-payment': '不付钱', harassment: '骚扰', 'refuses-tools': '拒绝用工具',
    stealthing: '偷偷摘掉工具', 'fake-client': '假客人', other: '其他',
    flagged: '筛查标出 {n} 处', sameCounts: '已确认 {approved}，待审核 {pending}', empty: '没有这类提醒。', received: '收到于 {at}',
  },
  {
    nav: 'Signalements', heading: 'Signalements',
    intro: 'Les alertes envoyées par les travailleuses. Numéros et comptes sont masqués ; qui a signalé n’est jamais enregistré. Un signalement ne compte dans les vérifications qu’une fois confirmé.',
    show: 'Afficher', identifier: 'Identifiant', what: 'Quoi', where: 'Ville / mois', details: 'Précisions', others: 'Même identifiant', decide: 'Décision',
    approve: 'Confirmer', reject: 'Rejeter', duplicate: 'Doublon',
    pending: 'À modérer', approved: 'Confirmés', rejected: 'Rejetés',
    phone: 'Téléphone', wechat: 'WeChat', plate: 'Plaque', email: 'E-mail',
    dangerous: 'Dangereux', risky: 'Risqué', annoying: 'Pénible',
    violence: 'Atteintes', robbery: 'Vol', 'non-payment': 'Non-paiement', harassment: 'Harcèlement', 'refuses-tools': 'Refuse le matériel de prévention',
    stealthing: 'Retire le matériel en cachette', 'fake-client': 'Faux client', other: 'Autre',
    flagged: 'Le filtre a relevé {n} passage(s)', sameCounts: '{approved} confirmé(s), {pending} en attente', empty: 'Aucun signalement ici.', received: 'Reçu le {at}',
  },
);

const DECISIONS: ModerationDecision[] = ['approve', 'reject', 'duplicate'];
const RESULT: Record<ModerationDecision, ReportStatus> = { approve: 'approved', reject: 'rejected', duplicate: 'duplicate' };
const LEVEL_BADGE = { dangerous: 'failed', risky: 'warn', annoying: '' } as const;

function row(r: ModerationReportDTO, refresh: () => void): HTMLElement {
  const message = h('p', { class: 'message error', hidden: true });
  const buttons = DECISIONS.filter((d) => RESULT[d] !== r.status).map((d) => {
    const button = h('button', { type: 'button', class: d === 'approve' ? 'primary' : 'secondary', style: 'min-height: 40px; padding: 0.35rem 0.9rem', 'data-testid': `report-${d}` }, t(d));
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        await api('POST', `/api/admin/reports/${r.id}/${d}`);
        refresh();
      } catch (err) {
        message.hidden = false;
        message.textContent = explain(err);
        button.disabled = false;
      }
    });
    return button;
  });
  return h(
    'tr',
    { 'data-testid': 'report-row' },
    h('td', {}, h('code', { 'data-testid': 'masked' }, r.masked), h('div', { class: 'muted small' }, t(r.kind))),
    h('td', {}, t(r.category), ' ', h('span', { class: `badge ${LEVEL_BADGE[r.level]}` }, t(r.level))),
    h('td', {}, r.city ?? '—', h('div', { class: 'muted small' }, r.month)),
    h(
      'td',
      { class: 'detail' },
      r.details ? h('div', { style: 'white-space: pre-wrap' }, r.details) : '—',
      r.screenHits ? h('span', { class: 'badge warn' }, t('flagged', { n: r.screenHits })) : null,
      h('div', { class: 'muted small' }, t('received', { at: formatDateTime(r.createdAt) })),
    ),
    h('td', { class: 'small' }, t('sameCounts', r.sameIdentifier)),
    h('td', {}, h('div', { class: 'actions' }, ...buttons), message),
  );
}

export const reportsPage: Page = {
  route: 'reports',
  nav: { label: () => t('nav') },
  async render() {
    const list = h('div', {});
    const select = h('select', { 'data-testid': 'report-status', onchange: () => void load() }, ...REPORT_STATUSES.map((s) => h('option', { value: s }, t(s))));
    async function load() {
      const { data } = await api<{ data: ModerationReportDTO[] }>('GET', `/api/admin/reports?status=${select.value}&limit=200`);
      clear(list);
      list.appendChild(
        data.length === 0
          ? h('p', { class: 'muted' }, t('empty'))
          : h(
              'table',
              { class: 'list' },
              h('thead', {}, h('tr', {}, ...[t('identifier'), t('what'), t('where'), t('details'), t('others'), t('decide')].map((x) => h('th', {}, x)))),
              h('tbody', {}, ...data.map((r) => row(r, () => void load()))),
            ),
      );
    }
    await load();
    return h(
      'div',
      {},
      h('div', { class: 'page-head' }, h('h1', {}, t('heading')), h('label', { class: 'small' }, t('show'), ' ', select)),
      h('p', { class: 'muted' }, t('intro')),
      list,
    );
  },
};
