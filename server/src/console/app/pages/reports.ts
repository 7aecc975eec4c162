import { REPORT_STATUSES, type ModerationDecision, type ModerationReportDTO, type ReportStatus } from '../../../contract/alerts';
import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import { ROUTES } from '../../../contract/routes';
import { call, explain } from '../api';
import { clear, formatDateTime, h } from '../dom';
import { lang, messages } from '../i18n';
import type { Page } from './types';

const t = messages(
  {
    nav: '提醒审核', heading: '提醒审核',
    intro: '姐妹们发来的提醒。号码和账号只显示一部分，发提醒的人不会被记录。',
    rule: '查询的人会看到什么：待审核的提醒，要等 6 到 12 小时以后、而且至少有两个不同来源，查询才会显示“有人提到过这个联系方式，团队还在核实”，不显示类型和危险程度。您确认后，查询立刻计入，并显示类型和危险程度。拒绝或标为重复的提醒不计入。',
    now: '现在查询会看到：{answer}', afterApprove: '确认后：{answer}', afterOther: '拒绝或标为重复后：{answer}',
    none: '没有确认的提醒', approvedN: '{n} 条确认的提醒', approvedWith: '{n} 条确认的提醒，显示“{category}”和“{level}”', maybeMentioned: '（可能另有“还在核实”的提示）',
    duplicateHelp: '重复：同一件事已经有人报过。这条不再单独计数，它的类型不会另外显示。',
    decided: '已{decision}：{who}。', undo: '撤销', undone: '已撤销，这条提醒还在列表里。',
    approveFor: '确认这条提醒：{who}', rejectFor: '拒绝这条提醒：{who}', duplicateFor: '把这条提醒标为重复：{who}',
    approvedDone: '确认', rejectedDone: '拒绝', duplicateDone: '标为重复',
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
    intro: 'Les alertes envoyées par les travailleuses. Numéros et comptes sont masqués ; qui a signalé n’est jamais enregistré.',
    rule: 'Ce que voit la personne qui vérifie : un signalement en attente n’apparaît qu’après 6 à 12 heures et seulement si au moins deux sources différentes l’ont envoyé, sous la forme « quelqu’un a mentionné ce contact, l’équipe vérifie encore », sans type ni niveau. Une fois confirmé, il compte tout de suite, avec son type et son niveau. Rejeté ou doublon, il ne compte pas.',
    now: 'Aujourd’hui, une vérification affiche : {answer}', afterApprove: 'Après confirmation : {answer}', afterOther: 'Après rejet ou doublon : {answer}',
    none: 'aucun signalement confirmé', approvedN: '{n} signalement(s) confirmé(s)', approvedWith: '{n} signalement(s) confirmé(s), avec « {category} » et « {level} »', maybeMentioned: ' (peut-être aussi « en cours de vérification »)',
    duplicateHelp: 'Doublon : les mêmes faits sont déjà signalés. Celui-ci ne compte plus à part et son type ne s’affiche pas en plus.',
    decided: '{decision} : {who}.', undo: 'Annuler', undone: 'Annulé : le signalement est toujours dans la liste.',
    approveFor: 'Confirmer ce signalement : {who}', rejectFor: 'Rejeter ce signalement : {who}', duplicateFor: 'Marquer ce signalement comme doublon : {who}',
    approvedDone: 'Confirmé', rejectedDone: 'Rejeté', duplicateDone: 'Marqué comme doublon',
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

/** How long a decision waits before it is sent, so "undo" really undoes it. */
const UNDO_MS = 6000;

type Key = Parameters<typeof t>[0];

/** Every category the report names, in the moderator's language. */
const categoriesText = (r: ModerationReportDTO) => r.categories.map((c) => t(c as Key)).join(lang() === 'fr' ? ', ' : '、');

/** What a worker checking this identifier reads now, and after each decision (from the counts beside it). */
function answers(r: ModerationReportDTO): HTMLElement {
  const { approved, pending } = r.sameIdentifier;
  const maybe = pending + (r.status === 'pending' ? 1 : 0) >= 2 ? t('maybeMentioned') : '';
  const now = approved === 0 ? t('none') : t('approvedN', { n: approved });
  const ifApproved = t('approvedWith', { n: approved + (r.status === 'approved' ? 0 : 1), category: categoriesText(r), level: t(r.level as Key) });
  const ifNot = approved - (r.status === 'approved' ? 1 : 0) <= 0 ? t('none') : t('approvedN', { n: approved - (r.status === 'approved' ? 1 : 0) });
  return h(
    'ul',
    { class: 'small answers', 'data-testid': 'answers' },
    h('li', {}, t('now', { answer: now + maybe })),
    r.status !== 'approved' ? h('li', {}, t('afterApprove', { answer: ifApproved })) : null,
    h('li', {}, t('afterOther', { answer: ifNot })),
  );
}

interface RowContext {
  cities: Map<string, string>;
  /** Hides the row and sends the decision after the undo delay. */
  decide(r: ModerationReportDTO, d: ModerationDecision, rowEl: HTMLElement): void;
}

function row(r: ModerationReportDTO, ctx: RowContext): HTMLElement {
  const who = `${t(r.kind)} ${r.masked}（${categoriesText(r)}）`;
  // Duplicate only means something when another report about the same identifier exists.
  const others = r.sameIdentifier.approved + r.sameIdentifier.pending > 0;
  const decisions = DECISIONS.filter((d) => RESULT[d] !== r.status && (d !== 'duplicate' || others));
  const el: HTMLElement = h('tr', { 'data-testid': 'report-row' });
  const buttons = decisions.map((d) =>
    h(
      'button',
      {
        type: 'button',
        class: d === 'approve' ? 'primary' : 'secondary',
        style: 'min-height: 40px; padding: 0.35rem 0.9rem',
        'data-testid': `report-${d}`,
        'aria-label': t(`${d}For` as Key, { who }),
        title: d === 'duplicate' ? t('duplicateHelp') : null,
        onclick: () => ctx.decide(r, d, el),
      },
      t(d),
    ),
  );
  el.append(
    h('td', {}, h('code', { 'data-testid': 'masked' }, r.masked), h('div', { class: 'muted small' }, t(r.kind))),
    h('td', {}, h('span', { 'data-testid': 'categories' }, categoriesText(r)), ' ', h('span', { class: `badge ${LEVEL_BADGE[r.level]}` }, t(r.level))),
    h('td', {}, r.city ? (ctx.cities.get(r.city) ?? r.city) : '—', h('div', { class: 'muted small' }, r.month)),
    h(
      'td',
      { class: 'detail' },
      r.details ? h('div', { style: 'white-space: pre-wrap' }, r.details) : '—',
      r.screenHits ? h('span', { class: 'badge warn' }, t('flagged', { n: r.screenHits })) : null,
      h('div', { class: 'muted small' }, t('received', { at: formatDateTime(r.createdAt) })),
    ),
    h('td', { class: 'small' }, t('sameCounts', r.sameIdentifier), answers(r)),
    h('td', {}, h('div', { class: 'actions' }, ...buttons), others ? h('p', { class: 'help' }, t('duplicateHelp')) : null),
  );
  return el;
}

export const reportsPage: Page = {
  route: 'reports',
  nav: { label: () => t('nav') },
  async render() {
    const list = h('div', {});
    const message = h('p', { class: 'message', 'aria-live': 'polite', 'data-testid': 'moderation-message' });
    const toast = h('div', { class: 'toast', role: 'status', 'data-testid': 'toast' });
    toast.hidden = true;
    const select = h('select', { id: 'report-status', 'data-testid': 'report-status', onchange: () => void load() }, ...REPORT_STATUSES.map((s) => h('option', { value: s }, t(s))));
    const cities = await call(ROUTES.cities, {}, { lang: lang() }).then((r) => new Map(r.data.map((c) => [c.slug, c.name])));
    let waiting: { id: string; timer: ReturnType<typeof setTimeout>; send(): Promise<void> } | null = null;

    const ctx: RowContext = {
      cities,
      decide(r, d, rowEl) {
        // One decision waits at a time: a second one sends the first at once.
        if (waiting) {
          clearTimeout(waiting.timer);
          void waiting.send();
        }
        rowEl.hidden = true;
        const next = (rowEl.nextElementSibling ?? rowEl.previousElementSibling) as HTMLElement | null;
        next?.querySelector<HTMLElement>('button')?.focus();
        const who = `${t(r.kind)} ${r.masked}`;
        const send = async () => {
          waiting = null;
          toast.hidden = true;
          try {
            await call(ADMIN_ROUTES.reportDecide, { id: r.id, decision: d });
            // The other rows' counts and answers change with this decision.
            await load();
          } catch (e) {
            rowEl.hidden = false;
            message.className = 'message error';
            message.textContent = explain(e);
          }
        };
        const undo = h('button', {
          type: 'button',
          'data-testid': 'undo',
          onclick: () => {
            if (!waiting) return;
            clearTimeout(waiting.timer);
            waiting = null;
            toast.hidden = true;
            rowEl.hidden = false;
            rowEl.querySelector<HTMLElement>('button')?.focus();
            message.className = 'message ok';
            message.textContent = t('undone');
          },
        }, t('undo'));
        toast.replaceChildren(h('span', {}, t('decided', { decision: t(`${RESULT[d]}Done` as Key), who })), undo);
        toast.hidden = false;
        waiting = { id: r.id, timer: setTimeout(() => void send(), UNDO_MS), send };
      },
    };

    async function load() {
      const { data } = await call(ADMIN_ROUTES.reports, {}, { status: select.value as ReportStatus, limit: 200 });
      clear(list);
      list.appendChild(
        data.length === 0
          ? h('p', { class: 'muted' }, t('empty'))
          : h(
              'table',
              { class: 'list' },
              h('thead', {}, h('tr', {}, ...[t('identifier'), t('what'), t('where'), t('details'), t('others'), t('decide')].map((x) => h('th', { scope: 'col' }, x)))),
              h('tbody', {}, ...data.filter((r) => r.id !== waiting?.id).map((r) => row(r, ctx))),
            ),
      );
    }
    await load();
    return h(
      'div',
      {},
      h('div', { class: 'page-head' }, h('h1', {}, t('heading')), h('div', { class: 'status-filter' }, h('label', { class: 'small', for: 'report-status' }, t('show')), select)),
      h('p', { class: 'muted' }, t('intro')),
      h('p', { class: 'notice', 'data-testid': 'moderation-rule' }, t('rule')),
      message,
      list,
      toast,
    );
  },
};
